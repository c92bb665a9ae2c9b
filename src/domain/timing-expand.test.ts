import { describe, expect, it } from 'vitest';
import type { TimeWindow } from './timing';
import { normalizeChain } from './timing';
import { expandInWindow, occurrenceRange, type LaneExpansion } from './timing-expand';
import {
  eventChain,
  ID29_PERIOD,
  pumpProbeChain,
  separatePulsesChain,
  timingEvent,
} from './timing-fixtures';

/** What a lane looks like on screen, whatever the encoding: bar spans or bucket values. */
function picture(lane: LaneExpansion | undefined) {
  if (!lane) return undefined;
  return lane.kind === 'bars'
    ? { kind: lane.kind, count: lane.count, spans: lane.bars.map((b) => [b.start, b.end]) }
    : { kind: lane.kind, count: lane.count, duty: [...lane.duty], hits: [...lane.hits] };
}

function expectSamePicture(a: LaneExpansion | undefined, b: LaneExpansion | undefined) {
  const pa = picture(a);
  const pb = picture(b);
  expect(pa?.kind).toBe(pb?.kind);
  expect(pa?.count).toBe(pb?.count);
  if (pa?.kind === 'bars' && pb?.kind === 'bars') {
    expect(pa.spans).toHaveLength(pb.spans.length);
    pa.spans.forEach(([s, e], i) => {
      expect(s).toBeCloseTo(pb.spans[i]?.[0] ?? NaN, 12);
      expect(e).toBeCloseTo(pb.spans[i]?.[1] ?? NaN, 12);
    });
  }
  if (pa?.kind === 'coverage' && pb?.kind === 'coverage') {
    expect(pa.hits).toEqual(pb.hits);
    pa.duty.forEach((d, i) => expect(d).toBeCloseTo(pb.duty[i] ?? NaN, 5));
  }
}

describe('occurrenceRange', () => {
  const train = { offset: 1, duration: 0.5, period: 2, count: 10 };
  it('finds the occurrences overlapping a window, edges included', () => {
    expect(occurrenceRange(train, 0, 1)).toEqual([0, 0]);
    expect(occurrenceRange(train, 1.5, 3)).toEqual([0, 1]);
    expect(occurrenceRange(train, 1.6, 2.9)).toEqual([1, 0]); // between two pulses: empty
    expect(occurrenceRange(train, 100, 200)).toEqual([50, 9]); // past the train: empty
  });
  it('handles a single occurrence', () => {
    expect(occurrenceRange({ ...train, count: 1 }, 1.2, 5)).toEqual([0, 0]);
    expect(occurrenceRange({ ...train, count: 1 }, 1.6, 5)).toEqual([0, -1]);
  });
});

describe('expandInWindow', () => {
  it('draws each occurrence when few are visible, one lane per type in lane order', () => {
    const chain = pumpProbeChain(1e-3, 25_600);
    const e = expandInWindow(chain, { start: 0, end: 3 * ID29_PERIOD }, 800);
    expect(e.lanes.map((l) => l.type)).toEqual([
      'LaserExcitation',
      'XrayExposure',
      'XrayDetection',
    ]);
    const laser = e.lanes[0];
    expect(laser?.kind).toBe('bars');
    if (laser?.kind !== 'bars') return;
    expect(laser.bars.map((b) => b.occurrence)).toEqual([0, 1, 2, 3]);
    expect(laser.bars[1]?.start).toBeCloseTo(ID29_PERIOD, 15);
    expect(laser.bars[1]?.end).toBeCloseTo(ID29_PERIOD + 8e-9, 15);
  });

  it('keeps instantaneous events and zero offsets', () => {
    const chain = eventChain([timingEvent('ReactionTrigger', 0), timingEvent('XrayExposure', 0)]);
    const e = expandInWindow(chain, { start: -1, end: 1 }, 100);
    expect(e.lanes.map((l) => l.kind === 'bars' && l.bars.map((b) => [b.start, b.end]))).toEqual([
      [[0, 0]],
      [[0, 0]],
    ]);
  });

  it('keeps empty lanes so the layout does not jump while panning', () => {
    const e = expandInWindow(pumpProbeChain(1e-3, 10), { start: 100, end: 101 }, 100);
    expect(e.lanes.map((l) => l.count)).toEqual([0, 0, 0]);
  });

  it('aggregates 10⁶ pulses into per-bucket duty without visiting them', () => {
    const chain = pumpProbeChain(1e-3, 1_000_000);
    const window: TimeWindow = { start: 0, end: 1_000_000 * ID29_PERIOD };
    const e = expandInWindow(chain, window, 1000);
    const exposure = e.lanes[1];
    expect(exposure?.kind).toBe('coverage');
    if (exposure?.kind !== 'coverage') return;
    expect(exposure.count).toBe(1_000_000);
    expect(exposure.duty).toHaveLength(1000);
    // 4 ms of every 4.32 ms: 92.5 % duty everywhere inside the train
    expect(exposure.duty[500]).toBeCloseTo(0.004 / ID29_PERIOD, 4);
    expect(exposure.hits[500]).toBeGreaterThanOrEqual(1000);
    // the 8 ns laser covers almost nothing but shows in every bucket
    const laser = e.lanes[0];
    expect(laser?.kind === 'coverage' && laser.hits.every((h) => h > 0)).toBe(true);
  });

  it('does not loop over the train: 10¹² pulses expand like 10', () => {
    const chain = eventChain([
      timingEvent('XrayExposure', 0, { duration: 1e-10, period: 1e-9, repetition: 1e12 }),
    ]);
    const whole = expandInWindow(chain, { start: 0, end: 1000 }, 500);
    expect(whole.lanes[0]?.count).toBe(1e12);
    expect(whole.lanes[0]?.kind).toBe('coverage');
    const narrow = expandInWindow(chain, { start: 500, end: 500 + 3.5e-9 }, 500);
    const lane = narrow.lanes[0];
    expect(lane?.kind).toBe('bars');
    expect(lane?.kind === 'bars' && lane.bars.map((b) => b.occurrence)).toEqual([
      500_000_000_000, 500_000_000_001, 500_000_000_002, 500_000_000_003,
    ]);
  });

  it('returns the right occurrence far into a 10⁶-pulse train', () => {
    const chain = pumpProbeChain(1e-3, 1_000_000);
    const k = 765_432;
    const t = 1e-3 + k * ID29_PERIOD;
    const e = expandInWindow(chain, { start: t - 5e-4, end: t + 1e-4 }, 1000);
    const exposure = e.lanes[1];
    expect(exposure?.kind).toBe('bars');
    if (exposure?.kind !== 'bars') return;
    expect(exposure.bars.map((b) => b.occurrence)).toEqual([k - 1, k]);
    expect(exposure.bars[1]?.start).toBeCloseTo(t, 9);
    // the laser of pulse k fired 1 ms earlier: outside the window
    expect(e.lanes[0]?.count).toBe(0);
  });

  it('stays precise 3 h into a train at µs resolution', () => {
    const chain = pumpProbeChain(1e-3, 2_400_000);
    const k = 2_399_990;
    const t = 1e-3 + k * ID29_PERIOD;
    // 1000 buckets of 10 ns straddling the start of an exposure
    const e = expandInWindow(chain, { start: t - 5e-6, end: t + 5e-6 }, 1000);
    const exposure = e.lanes[1];
    expect(exposure?.kind === 'bars' && exposure.bars[0]?.occurrence).toBe(k);
  });

  it.each<[string, TimeWindow, number]>([
    ['whole pattern, aggregated', { start: -0.001, end: 0.05 }, 4],
    ['whole pattern, bars', { start: -0.001, end: 0.05 }, 800],
    ['zoomed on a pulse', { start: 3 * ID29_PERIOD - 1e-6, end: 3 * ID29_PERIOD + 1e-4 }, 800],
    ['between pulses', { start: 0.0045, end: 0.0055 }, 800],
  ])('draws both encodings identically: %s', (_, window, maxBars) => {
    const periodic = pumpProbeChain(1e-4, 10);
    const separate = separatePulsesChain(1e-4, 10);
    const a = expandInWindow(periodic, window, maxBars);
    const b = expandInWindow(separate, window, maxBars);
    expectSamePicture(a.lanes[0], b.lanes[0]); // laser
    expectSamePicture(a.lanes[1], b.lanes[1]); // X-ray exposure
    // and normalising the separate encoding gives the same picture again
    const c = expandInWindow(normalizeChain(separate), window, maxBars);
    expectSamePicture(a.lanes[1], c.lanes[1]);
  });

  it('returns empty lanes for an empty or inverted window', () => {
    const e = expandInWindow(pumpProbeChain(1e-3, 10), { start: 1, end: 1 }, 100);
    expect(e.lanes.every((l) => l.count === 0)).toBe(true);
  });
});
