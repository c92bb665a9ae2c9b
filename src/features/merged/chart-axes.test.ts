import { describe, expect, it } from 'vitest';
import { invD2 } from '../../domain/merged-dataset';
import { decadeTicks, resolutionLabel, resolutionTicks } from './chart-axes';

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
