import { describe, expect, it } from 'vitest';
import type { ChipLayout } from './chip-layout';
import {
  checkImageHits,
  chooseBatchSize,
  findHitRateDips,
  hitRatePoints,
  hitsPerBlock,
  type HitBatch,
  type RunImageHits,
} from './image-hits';

const oxford: ChipLayout = {
  name: 'Oxford chip',
  blocksX: 8,
  blocksY: 8,
  aperturesX: 20,
  aperturesY: 20,
  pitchUm: 125,
};

function batch(imageStart: number, images: number, hits: number, indexed: number): HitBatch {
  return { imageStart, imageEnd: imageStart + images - 1, images, hits, indexed };
}

function run(batches: HitBatch[]): RunImageHits {
  return {
    dataCollectionId: 1,
    batchSize: 1000,
    images: batches.reduce((s, b) => s + b.images, 0),
    hits: batches.reduce((s, b) => s + b.hits, 0),
    indexed: batches.reduce((s, b) => s + b.indexed, 0),
    batches,
    positions: undefined,
  };
}

describe('chooseBatchSize', () => {
  it('asks for 1 000 images up to 600 batches, then a round size that keeps ≤ 600 points', () => {
    expect(chooseBatchSize(undefined)).toBe(1000);
    expect(chooseBatchSize(51_200)).toBe(1000);
    expect(chooseBatchSize(600_000)).toBe(1000);
    expect(chooseBatchSize(700_000)).toBe(2000);
    expect(chooseBatchSize(2_400_000)).toBe(5000);
    expect(chooseBatchSize(5_000_000)).toBe(10_000);
  });
});

describe('hitRatePoints', () => {
  it('gives hit and indexed rates of all images at the middle of each batch', () => {
    const [point] = hitRatePoints([batch(1, 1000, 400, 300)]);
    expect(point).toMatchObject({ imageMid: 500.5, hitRate: 0.4, indexedRate: 0.3 });
  });

  it('leaves the rates of an empty batch undefined rather than dividing by zero', () => {
    expect(hitRatePoints([batch(1, 0, 0, 0)])[0]?.hitRate).toBeUndefined();
  });
});

describe('checkImageHits', () => {
  it('accepts batches that add up to the run', () => {
    expect(checkImageHits(run([batch(1, 1000, 400, 300), batch(1001, 500, 100, 90)]))).toBe(
      undefined,
    );
  });

  it('says when the batches overlap', () => {
    expect(checkImageHits(run([batch(1, 1000, 400, 300), batch(900, 500, 100, 90)]))).toMatch(
      /overlap/,
    );
  });

  it('says when a batch has more indexed patterns than hits', () => {
    expect(checkImageHits(run([batch(1, 1000, 100, 300)]))).toMatch(/more indexed than hits/);
  });

  it('says when the batches do not add up to the run’s totals', () => {
    const r = { ...run([batch(1, 1000, 400, 300)]), hits: 401 };
    expect(checkImageHits(r)).toMatch(/add up to 400 hits and 300 indexed, the run to 401/);
  });
});

describe('findHitRateDips', () => {
  it('finds a clog: consecutive batches below half the run’s hit rate, merged into one', () => {
    const r = run([
      batch(1, 1000, 500, 400),
      batch(1001, 1000, 30, 20),
      batch(2001, 1000, 10, 5),
      batch(3001, 1000, 520, 400),
    ]);
    expect(findHitRateDips(r)).toEqual([{ imageStart: 1001, imageEnd: 3000, hitRate: 0.02 }]);
  });

  it('finds nothing in a steady run or a run without hits', () => {
    expect(findHitRateDips(run([batch(1, 1000, 500, 1), batch(1001, 1000, 450, 1)]))).toEqual([]);
    expect(findHitRateDips(run([batch(1, 1000, 0, 0)]))).toEqual([]);
  });
});

describe('hitsPerBlock', () => {
  it('sums aperture counts per block, in block order, with labels', () => {
    const { blocks, outside } = hitsPerBlock(
      [
        { block: 9, aperture: { row: 1, column: 1 }, images: 2, hits: 1, indexed: 1 },
        { block: 1, aperture: undefined, images: 400, hits: 200, indexed: 150 },
        { block: 9, aperture: { row: 1, column: 2 }, images: 2, hits: 2, indexed: 1 },
      ],
      oxford,
    );
    expect(outside).toBe(0);
    expect(blocks.map((b) => [b.label, b.images, b.hits, b.indexed])).toEqual([
      ['A1', 400, 200, 150],
      ['B1', 4, 3, 2],
    ]);
    expect(blocks[1]?.hitRate).toBe(0.75);
  });

  it('counts positions on blocks the chip does not have instead of drawing them', () => {
    const { blocks, outside } = hitsPerBlock(
      [{ block: 65, aperture: undefined, images: 1, hits: 1, indexed: 1 }],
      oxford,
    );
    expect(blocks).toEqual([]);
    expect(outside).toBe(1);
  });
});
