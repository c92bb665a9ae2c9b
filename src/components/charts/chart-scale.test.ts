import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatValue,
  linearScale,
  niceStep,
  niceTicks,
  stepDecimals,
} from './chart-scale';
import { logPosition, viridis } from './colormap';

describe('chart scales', () => {
  it('maps linearly and survives a zero-width domain', () => {
    const x = linearScale([10, 20], [0, 100]);
    expect(x(15)).toBe(50);
    expect(linearScale([5, 5], [0, 100])(5)).toBe(50);
  });

  it('picks 1-2-5 steps and round ticks inside the range', () => {
    expect(niceStep(1.9, 5)).toBe(0.5);
    expect(niceTicks(63.25, 65.13, 5)).toEqual([63.5, 64, 64.5, 65]);
    expect(niceTicks(0, 1234, 4)).toEqual([0, 200, 400, 600, 800, 1000, 1200]);
    expect(niceTicks(89.58, 90.42, 5)).toEqual([89.6, 89.8, 90, 90.2, 90.4]);
    expect(niceTicks(3, 3)).toEqual([3]);
    expect(stepDecimals(0.2)).toBe(1);
    expect(stepDecimals(50)).toBe(0);
  });

  it('formats values and counts', () => {
    expect(formatValue(64.2049, 2)).toBe('64.20');
    expect(formatValue(1234.5, 1)).toBe('1234.5');
    expect(formatValue(undefined)).toBe('–');
    expect(formatValue(NaN)).toBe('–');
    // the app's one digit grouping: narrow no-break spaces (ISO 80000), never commas
    expect(formatCount(1_000_000)).toBe('1\u202f000\u202f000');
    expect(formatCount(12_000, true)).toBe('12k');
    expect(formatCount(900, true)).toBe('900');
    expect(formatCount(2_500, true)).toBe('2.5k');
  });

  it('colours a log scale with viridis', () => {
    expect(viridis(0)).toEqual([68, 1, 84]);
    expect(viridis(1)).toEqual([253, 231, 37]);
    expect(logPosition(0, 100)).toBe(0);
    expect(logPosition(10, 100)).toBeCloseTo(0.5, 12);
    expect(logPosition(100, 100)).toBe(1);
  });
});
