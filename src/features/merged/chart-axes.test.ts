import { describe, expect, it } from 'vitest';
import { invD2 } from '../../domain/merged-dataset';
import { decadeTicks, resolutionLabel, resolutionTicks, roundedAxis } from './chart-axes';

describe('resolution axis (linear in 1/d², labelled in Å)', () => {
  it('puts ticks at round resolutions inside the range, spaced out', () => {
    const ticks = resolutionTicks(invD2(35), invD2(1.5));
    const labels = ticks.map(resolutionLabel);
    expect(labels[0]).toBe('20');
    expect(labels).toContain('2');
    expect(labels.at(-1)).toBe('1.5');
    for (let i = 1; i < ticks.length; i += 1) {
      expect((ticks[i] ?? 0) - (ticks[i - 1] ?? 0)).toBeGreaterThanOrEqual(
        0.08 * (invD2(1.5) - invD2(35)),
      );
    }
  });

  it('has no ticks for an empty range', () => {
    expect(resolutionTicks(0.2, 0.2)).toEqual([]);
  });
});

describe('decadeTicks', () => {
  it('covers the delays with powers of ten', () => {
    expect(decadeTicks(1e-6, 1e-2).length).toBe(5);
    expect(decadeTicks(0.05, 2)).toEqual([0.01, 0.1, 1, 10]);
    expect(decadeTicks(0, 1)).toEqual([]);
  });
});

describe('rounded value axis', () => {
  it('encloses every value, the reference included, with round ticks', () => {
    // the resolutions of the PYP series and its dark reference
    expect(roundedAxis([1.59, 1.39, 1.37, 1.49, 1.43, 1.55])).toEqual([
      1.35, 1.4, 1.45, 1.5, 1.55, 1.6,
    ]);
    const completeness = roundedAxis([92.4, 92.41, 92.52, 92.16]);
    expect(completeness[0]).toBeLessThanOrEqual(92.16);
    expect(completeness.at(-1)).toBeGreaterThanOrEqual(92.52);
    for (const tick of completeness) expect(Math.round(tick * 20)).toBeCloseTo(tick * 20, 6);
  });

  it('gives a tick for a constant series and nothing without values', () => {
    expect(roundedAxis([2, 2]).length).toBeGreaterThan(0);
    expect(roundedAxis([])).toEqual([]);
    expect(roundedAxis([Number.NaN])).toEqual([]);
  });
});
