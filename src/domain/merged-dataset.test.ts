import { describe, expect, it } from 'vitest';
import { ccStarFromCcHalf, checkShells, combineShells, shellCentreInvD2 } from './merged-dataset';
import { shell } from './merged-dataset-fixtures';

describe('checkShells', () => {
  it('accepts shells from low to high resolution, touching or with gaps', () => {
    expect(checkShells([shell(30, 4), shell(4, 3), shell(2.9, 2)])).toEqual([]);
  });

  it('rejects a shell that overlaps the one before, naming both ranges', () => {
    const problems = checkShells([shell(30, 4), shell(4.5, 3)]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.index).toBe(1);
    expect(problems[0]?.message).toBe('Shell 2 (4.50–3.00 Å) overlaps shell 1 (30.00–4.00 Å).');
  });

  it('rejects shells out of order (high resolution first)', () => {
    const problems = checkShells([shell(3, 2), shell(30, 4)]);
    expect(problems.map((p) => p.message)).toEqual([
      'Shell 2 (30.00–4.00 Å) is out of order: it is at lower resolution than shell 1 (3.00–2.00 Å); shells must go from low to high resolution.',
    ]);
  });

  it('rejects a shell whose limits are swapped or not positive', () => {
    expect(checkShells([shell(2, 3)])[0]?.message).toMatch(/Shell 1 \(2.00–3.00 Å\)/);
    expect(checkShells([shell(3, 0)])).toHaveLength(1);
  });
});

describe('combineShells', () => {
  it('adds counts and recovers completeness from the possible reflections of each shell', () => {
    const combined = combineShells([
      shell(30, 4, { reflections: 20_000, unique: 1_000, completenessPct: 100 }),
      shell(4, 3, { reflections: 10_000, unique: 500, completenessPct: 50 }),
    ]);
    expect(combined?.reflections).toBe(30_000);
    expect(combined?.unique).toBe(1_500);
    // 1500 of 1000 + 1000 possible
    expect(combined?.completenessPct).toBeCloseTo(75);
    expect(combined?.multiplicity).toBeCloseTo(20);
    expect(combined?.dMaxA).toBe(30);
    expect(combined?.dMinA).toBe(3);
  });

  it('weights ⟨I/σ⟩, CC½ and Rsplit by unique reflections and derives CC*', () => {
    const combined = combineShells([
      shell(30, 4, { unique: 300, meanIOverSigma: 20, ccHalf: 0.99, rSplitPct: 5 }),
      shell(4, 3, { unique: 100, meanIOverSigma: 4, ccHalf: 0.59, rSplitPct: 45 }),
    ]);
    expect(combined?.meanIOverSigma).toBeCloseTo(16);
    expect(combined?.ccHalf).toBeCloseTo(0.89);
    expect(combined?.rSplitPct).toBeCloseTo(15);
    expect(combined?.ccStar).toBeCloseTo(ccStarFromCcHalf(0.89));
  });

  it('is undefined without shells', () => {
    expect(combineShells([])).toBeUndefined();
  });
});

describe('CC* and 1/d²', () => {
  it('follows Karplus & Diederichs', () => {
    expect(ccStarFromCcHalf(1)).toBeCloseTo(1);
    expect(ccStarFromCcHalf(0.3)).toBeCloseTo(Math.sqrt(0.6 / 1.3));
    expect(ccStarFromCcHalf(-0.1)).toBe(0);
  });

  it('places a shell at the middle of its limits in 1/d²', () => {
    expect(shellCentreInvD2({ dMaxA: 2, dMinA: 1 })).toBeCloseTo((0.25 + 1) / 2);
  });
});
