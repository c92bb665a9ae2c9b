import { describe, expect, it } from 'vitest';
import {
  applyCutoff,
  describeRule,
  shellIndexForResolution,
  suggestCutoff,
} from './resolution-cutoff';
import { shell } from './merged-dataset-fixtures';

const shells = [
  shell(30, 4, { ccHalf: 0.99, meanIOverSigma: 25 }),
  shell(4, 3, { ccHalf: 0.95, meanIOverSigma: 12 }),
  shell(3, 2.5, { ccHalf: 0.7, meanIOverSigma: 4 }),
  shell(2.5, 2.2, { ccHalf: 0.35, meanIOverSigma: 1.5 }),
  shell(2.2, 2.0, { ccHalf: 0.12, meanIOverSigma: 0.6 }),
  // a noisy last shell passing again must not move the cut beyond the failing one
  shell(2.0, 1.9, { ccHalf: 0.4, meanIOverSigma: 0.4 }),
];

describe('suggestCutoff', () => {
  it('keeps shells from low resolution while CC½ ≥ threshold', () => {
    expect(suggestCutoff(shells, { metric: 'ccHalf', threshold: 0.3 })).toBe(3);
    expect(suggestCutoff(shells, { metric: 'ccHalf', threshold: 0.5 })).toBe(2);
  });

  it('follows ⟨I/σ⟩ when that is the rule', () => {
    expect(suggestCutoff(shells, { metric: 'iOverSigma', threshold: 1 })).toBe(3);
    expect(suggestCutoff(shells, { metric: 'iOverSigma', threshold: 5 })).toBe(1);
  });

  it('keeps everything when all shells pass, nothing when the first fails', () => {
    expect(suggestCutoff(shells, { metric: 'ccHalf', threshold: 0 })).toBe(5);
    expect(suggestCutoff(shells, { metric: 'ccHalf', threshold: 1 })).toBeUndefined();
    expect(suggestCutoff([], { metric: 'ccHalf', threshold: 0.3 })).toBeUndefined();
  });

  it('states the rule', () => {
    expect(describeRule({ metric: 'ccHalf', threshold: 0.3 })).toBe('CC½ ≥ 0.3');
    expect(describeRule({ metric: 'iOverSigma', threshold: 1 })).toBe('⟨I/σ(I)⟩ ≥ 1');
  });
});

describe('applyCutoff', () => {
  it('recomputes the statistics of the retained shells and counts what is dropped', () => {
    const all = applyCutoff(shells, 5);
    const cut = applyCutoff(shells, 3);
    expect(cut?.dMinA).toBe(2.2);
    expect(cut?.kept).toHaveLength(4);
    expect(cut?.droppedReflections).toBe(20_000);
    expect(cut?.droppedUnique).toBe(2_000);
    expect(cut?.retained.reflections).toBe(40_000);
    // dropping the weak shells raises the mean CC½ and ⟨I/σ⟩
    expect(cut?.retained.ccHalf).toBeGreaterThan(all?.retained.ccHalf ?? 1);
    expect(cut?.retained.meanIOverSigma).toBeGreaterThan(all?.retained.meanIOverSigma ?? 1);
  });

  it('clamps the shell index to the table', () => {
    expect(applyCutoff(shells, 99)?.lastShell).toBe(5);
    expect(applyCutoff(shells, -3)?.lastShell).toBe(0);
    expect(applyCutoff([], 2)).toBeUndefined();
  });
});

describe('shellIndexForResolution', () => {
  it('reads a cut kept in Å back to the nearest shell edge', () => {
    expect(shellIndexForResolution(shells, 2.2)).toBe(3);
    expect(shellIndexForResolution(shells, 2.45)).toBe(2);
    expect(shellIndexForResolution([], 2)).toBeUndefined();
  });
});
