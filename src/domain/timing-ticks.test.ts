import { describe, expect, it } from 'vitest';
import { niceStep, niceTimeTicks } from './timing-ticks';

const labels = (start: number, end: number, count = 5) =>
  niceTimeTicks(start, end, count).map((t) => t.label);

describe('niceStep', () => {
  it.each([
    [0.7, 0.5],
    [1.3, 1],
    [3, 2],
    [8, 10],
    [2.3e-9, 2e-9],
  ])('%s → %s', (rough, step) => expect(niceStep(rough)).toBeCloseTo(step, 20));
});

describe('niceTimeTicks', () => {
  it('labels with SI prefixes from 10 ns to 1 s', () => {
    expect(labels(0, 5e-8)).toEqual(['0 s', '10 ns', '20 ns', '30 ns', '40 ns', '50 ns']);
    expect(labels(0, 5e-6)).toEqual(['0 s', '1 µs', '2 µs', '3 µs', '4 µs', '5 µs']);
    expect(labels(0, 4.32e-3, 4)).toEqual(['0 s', '1 ms', '2 ms', '3 ms', '4 ms']);
    expect(labels(0, 1)).toEqual(['0 s', '200 ms', '400 ms', '600 ms', '800 ms', '1 s']);
  });
  it('uses enough digits to tell ticks apart', () => {
    expect(labels(1e-3, 1.004e-3, 4)).toEqual([
      '1 ms',
      '1.001 ms',
      '1.002 ms',
      '1.003 ms',
      '1.004 ms',
    ]);
  });
  it('labels long patterns in grouped seconds', () => {
    expect(labels(0, 10_400, 5)).toEqual([
      '0 s',
      '2\u202f000 s',
      '4\u202f000 s',
      '6\u202f000 s',
      '8\u202f000 s',
      '10\u202f000 s',
    ]);
  });
  it('switches to offsets from the first tick deep into a long pattern', () => {
    const ticks = niceTimeTicks(10_000, 10_000 + 4e-8, 4);
    expect(ticks.map((t) => t.label)).toEqual([
      '10\u202f000 s',
      '+10 ns',
      '+20 ns',
      '+30 ns',
      '+40 ns',
    ]);
  });
  it('returns nothing for an empty or invalid range', () => {
    expect(niceTimeTicks(1, 1, 5)).toEqual([]);
    expect(niceTimeTicks(NaN, 1, 5)).toEqual([]);
  });
  it('has exactly 0, not -0 or 1e-19', () => {
    expect(niceTimeTicks(-1e-3, 1e-3, 4).map((t) => t.value)).toContain(0);
  });
});
