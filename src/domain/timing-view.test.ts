import { describe, expect, it } from 'vitest';
import {
  darkChain,
  hareChain,
  mixAndInjectChain,
  pumpProbeChain,
  ID29_PERIOD,
  separatePulsesChain,
} from './timing-fixtures';
import {
  applyViewAction,
  clampWindow,
  decodeTimeWindow,
  encodeTimeWindow,
  firstCycleWindow,
  panWindow,
  viewActionForKey,
  wheelZoomFactor,
  wholePatternWindow,
  zoomWindow,
} from './timing-view';

describe('zoomWindow and panWindow', () => {
  it('zooms around the anchor, keeping it in place', () => {
    expect(zoomWindow({ start: 0, end: 10 }, 2)).toEqual({ start: 2.5, end: 7.5 });
    expect(zoomWindow({ start: 0, end: 10 }, 2, 2)).toEqual({ start: 1, end: 6 });
    expect(zoomWindow({ start: 0, end: 10 }, 0.5, 10)).toEqual({ start: -10, end: 10 });
  });
  it('ignores nonsense factors', () => {
    expect(zoomWindow({ start: 0, end: 1 }, 0)).toEqual({ start: 0, end: 1 });
    expect(zoomWindow({ start: 0, end: 1 }, NaN)).toEqual({ start: 0, end: 1 });
  });
  it('pans by seconds', () => {
    expect(panWindow({ start: 0, end: 1 }, 0.25)).toEqual({ start: 0.25, end: 1.25 });
    expect(panWindow({ start: 0, end: 1 }, Infinity)).toEqual({ start: 0, end: 1 });
  });
});

describe('clampWindow', () => {
  const bounds = { start: 0, end: 10 };
  it('stays inside the pattern', () => {
    expect(clampWindow({ start: -2, end: 3 }, bounds)).toEqual({ start: 0, end: 5 });
    expect(clampWindow({ start: 8, end: 12 }, bounds)).toEqual({ start: 6, end: 10 });
    expect(clampWindow({ start: -5, end: 50 }, bounds)).toEqual(bounds);
  });
  it('stops zooming in at 1 ns', () => {
    const w = clampWindow({ start: 1, end: 1 + 1e-12 }, bounds);
    expect((w.end - w.start) / 1e-9).toBeCloseTo(1, 6);
  });
  it('stops earlier deep into a long pattern, where doubles run out of digits', () => {
    const w = clampWindow({ start: 9000, end: 9000 + 1e-9 }, { start: 0, end: 10_000 });
    expect(w.end - w.start).toBeGreaterThan(1e-7);
  });
});

describe('default windows', () => {
  it('opens on the first cycle of a repeating pattern', () => {
    const w = firstCycleWindow([pumpProbeChain(1e-3)]);
    expect(w.start).toBeLessThan(0);
    // the probe at 1 ms lasts 4 ms, a little past one 4.32 ms period
    expect(w.end).toBeGreaterThan(5e-3);
    expect(w.end).toBeLessThan(1.5 * ID29_PERIOD);
  });
  it('reads ten separate pulses as one train: one period, not all ten', () => {
    const w = firstCycleWindow([separatePulsesChain(1e-4, 10)]);
    expect(w.end).toBeGreaterThan(ID29_PERIOD);
    expect(w.end).toBeLessThan(1.5 * ID29_PERIOD);
  });
  it('shows every HARE exposure and the mixing delay', () => {
    expect(firstCycleWindow([hareChain()]).end).toBeGreaterThan(0.104);
    expect(firstCycleWindow([mixAndInjectChain(2)]).end).toBeGreaterThan(2.002);
  });
  it('zooms out to the whole train', () => {
    const w = wholePatternWindow([darkChain(51_200)]);
    expect(w.end).toBeGreaterThan(51_200 * ID29_PERIOD);
  });
  it('has a finite window for an empty chain list', () => {
    expect(firstCycleWindow([]).end).toBeGreaterThan(firstCycleWindow([]).start);
  });
});

describe('keyboard and buttons', () => {
  it.each([
    ['+', 'zoom-in'],
    ['=', 'zoom-in'],
    ['-', 'zoom-out'],
    ['ArrowLeft', 'pan-left'],
    ['ArrowRight', 'pan-right'],
    ['0', 'reset'],
    ['Home', 'reset'],
    ['a', undefined],
  ])('%s → %s', (key, action) => expect(viewActionForKey(key)).toBe(action));

  const home = { start: 2, end: 4 };
  const bounds = { start: 0, end: 10 };
  it('applies actions within bounds', () => {
    expect(applyViewAction(home, 'zoom-in', { home, bounds })).toEqual({ start: 2.5, end: 3.5 });
    expect(applyViewAction(home, 'zoom-out', { home, bounds })).toEqual({ start: 1, end: 5 });
    expect(applyViewAction(home, 'pan-left', { home, bounds }).start).toBeCloseTo(1.8, 12);
    expect(applyViewAction({ start: 9, end: 10 }, 'pan-right', { home, bounds })).toEqual({
      start: 9,
      end: 10,
    });
    expect(applyViewAction({ start: 0, end: 10 }, 'reset', { home, bounds })).toBe(home);
  });
  it('zooms in on wheel up and out on wheel down, symmetrically', () => {
    expect(wheelZoomFactor(-240)).toBeGreaterThan(1);
    expect(wheelZoomFactor(240)).toBeLessThan(1);
    expect(wheelZoomFactor(-240) * wheelZoomFactor(240)).toBeCloseTo(1, 12);
    expect(wheelZoomFactor(-3, 1)).toBeCloseTo(wheelZoomFactor(-48), 12);
  });
});

describe('URL encoding', () => {
  it('round-trips', () => {
    const w = { start: -1.5e-7, end: 0.004324324324324 };
    expect(decodeTimeWindow(encodeTimeWindow(w))).toEqual(w);
  });
  it('rejects garbage and inverted windows', () => {
    expect(decodeTimeWindow('1_0')).toBeUndefined();
    expect(decodeTimeWindow('abc')).toBeUndefined();
    expect(decodeTimeWindow(null)).toBeUndefined();
  });
});
