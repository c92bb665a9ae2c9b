import { describe, expect, it } from 'vitest';
import {
  blockLabel,
  chipLayoutFor,
  chipPositions,
  formatBlockRanges,
  isBlockShot,
  KNOWN_CHIP_LAYOUTS,
  parseChipPattern,
  patternPositions,
  type ChipLayout,
} from './chip-layout';

const oxford = KNOWN_CHIP_LAYOUTS.oxford as ChipLayout;

describe('chipLayoutFor', () => {
  it('knows the Oxford chip by name: 8 × 8 blocks of 20 × 20 = 25 600 positions', () => {
    for (const model of ['Oxford', 'Oxford chip', 'oxford-chip v2']) {
      const match = chipLayoutFor(model);
      expect(match.kind).toBe('known');
      if (match.kind === 'known') expect(chipPositions(match.layout)).toBe(25_600);
    }
  });

  it('prefers the longest known name (Oxford inner is not an Oxford chip)', () => {
    const match = chipLayoutFor('Oxford Inner');
    expect(match).toMatchObject({ kind: 'known', layout: { name: 'Oxford inner chip' } });
  });

  it('reads a geometry spelled out in the model text', () => {
    const match = chipLayoutFor('Oxford chip (8x8 blocks of 20x20)');
    expect(match).toMatchObject({
      kind: 'described',
      layout: { name: 'Oxford chip', blocksX: 8, blocksY: 8, aperturesX: 20, pitchUm: 125 },
    });
    expect(chipLayoutFor('Custom 4 × 6 blocks of 10x12')).toMatchObject({
      kind: 'described',
      layout: { blocksX: 4, blocksY: 6, aperturesX: 10, aperturesY: 12, pitchUm: undefined },
    });
    expect(chipLayoutFor('PSI polymer 160x160')).toMatchObject({
      kind: 'described',
      layout: { blocksX: 1, aperturesX: 160, aperturesY: 160 },
    });
  });

  it('says unknown for a model it cannot read, and for none', () => {
    expect(chipLayoutFor('Roadrunner II')).toEqual({ kind: 'unknown', model: 'Roadrunner II' });
    expect(chipLayoutFor('  ')).toEqual({ kind: 'unknown', model: undefined });
    expect(chipLayoutFor(undefined)).toEqual({ kind: 'unknown', model: undefined });
  });
});

describe('blockLabel', () => {
  it('numbers blocks in reading order from the top-left', () => {
    expect(blockLabel(oxford, 1)).toBe('A1');
    expect(blockLabel(oxford, 8)).toBe('A8');
    expect(blockLabel(oxford, 9)).toBe('B1');
    expect(blockLabel(oxford, 64)).toBe('H8');
  });
});

describe('parseChipPattern', () => {
  it('reads full-chip patterns and keeps what else they say', () => {
    expect(parseChipPattern('full', oxford)).toEqual({
      kind: 'full',
      text: 'full',
      note: undefined,
    });
    expect(parseChipPattern('full chip, 160x160')).toMatchObject({ kind: 'full', note: '160x160' });
    expect(parseChipPattern('full, HARE (return to each aperture)')).toMatchObject({
      kind: 'full',
      note: 'HARE (return to each aperture)',
    });
    expect(parseChipPattern('All blocks')).toMatchObject({ kind: 'full' });
  });

  it('reads numbered blocks and ranges', () => {
    const pattern = parseChipPattern('blocks 1-32', oxford);
    expect(pattern.kind).toBe('blocks');
    if (pattern.kind === 'blocks') expect(pattern.blocks).toHaveLength(32);
    expect(patternPositions(pattern, oxford)).toBe(12_800);
    expect(parseChipPattern('Block 3')).toMatchObject({ blocks: [3] });
    expect(parseChipPattern('1-3, 10; 12 – 13 and 5', oxford)).toMatchObject({
      blocks: [1, 2, 3, 5, 10, 12, 13],
    });
    expect(parseChipPattern('blocks: 2 to 4')).toMatchObject({ blocks: [2, 3, 4] });
  });

  it('reads letter addresses in reading order', () => {
    expect(parseChipPattern('A1-A4', oxford)).toMatchObject({
      kind: 'blocks',
      blocks: [1, 2, 3, 4],
    });
    expect(parseChipPattern('a7 - b2', oxford)).toMatchObject({ blocks: [7, 8, 9, 10] });
    expect(parseChipPattern('A1, H8', oxford)).toMatchObject({ blocks: [1, 64] });
  });

  it('says why a pattern cannot be read', () => {
    expect(parseChipPattern(undefined)).toEqual({ kind: 'not-recorded' });
    expect(parseChipPattern('')).toEqual({ kind: 'not-recorded' });
    expect(parseChipPattern('lite map 37', oxford)).toMatchObject({
      kind: 'unknown',
      reason: 'cannot read “lite”',
    });
    expect(parseChipPattern('A1-A4')).toMatchObject({
      kind: 'unknown',
      reason: '“A1” needs the chip geometry, which is unknown',
    });
    expect(parseChipPattern('blocks 60-70', oxford)).toMatchObject({
      kind: 'unknown',
      reason: 'block 65 is not on a chip of 64 blocks',
    });
    expect(parseChipPattern('J1', oxford)).toMatchObject({ kind: 'unknown' });
    expect(parseChipPattern('8-3', oxford)).toMatchObject({
      kind: 'unknown',
      reason: 'the range “8-3” runs backwards',
    });
    expect(parseChipPattern('1--3', oxford)).toMatchObject({ kind: 'unknown' });
  });

  it('answers which blocks were shot', () => {
    const pattern = parseChipPattern('blocks 1-2', oxford);
    expect(isBlockShot(pattern, 2)).toBe(true);
    expect(isBlockShot(pattern, 3)).toBe(false);
    expect(isBlockShot(parseChipPattern('full'), 64)).toBe(true);
    expect(isBlockShot(parseChipPattern('???'), 1)).toBeUndefined();
    expect(patternPositions(parseChipPattern('???'), oxford)).toBeUndefined();
  });
});

describe('formatBlockRanges', () => {
  it('compacts runs of blocks', () => {
    expect(formatBlockRanges([1, 2, 3, 5, 7, 8])).toBe('1–3, 5, 7–8');
    expect(formatBlockRanges([1, 2, 9], oxford)).toBe('A1–A2, B1');
    expect(formatBlockRanges([])).toBe('');
  });
});
