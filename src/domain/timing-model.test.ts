import { describe, expect, it } from 'vitest';
import {
  chainExtent,
  chainsExtent,
  eventTypeLabel,
  laneTypes,
  normalizeChain,
  occurrences,
  pumpProbeDelays,
  reactionTime,
  type EventChain,
  type TimingEvent,
} from './timing';

const ev = (type: string, offset: number, extra: Partial<TimingEvent> = {}): TimingEvent => ({
  id: undefined,
  type,
  name: undefined,
  offset,
  duration: undefined,
  period: undefined,
  repetition: undefined,
  ...extra,
});
const chain = (events: TimingEvent[], name?: string): EventChain => ({
  id: 1,
  dataCollectionId: 3,
  name,
  events,
});

const P = 1 / 231.25;

describe('occurrences', () => {
  it('is repetition, 1 when missing', () => {
    expect(occurrences(ev('XrayExposure', 0))).toBe(1);
    expect(occurrences(ev('XrayExposure', 0, { repetition: 25600, period: P }))).toBe(25600);
  });
  it('rounds the float ISPyB stores', () => {
    expect(occurrences(ev('XrayExposure', 0, { repetition: 9.9999999, period: P }))).toBe(10);
  });
  it('draws a repetition without a period, or below 1, once', () => {
    expect(occurrences(ev('XrayExposure', 0, { repetition: 10 }))).toBe(1);
    expect(occurrences(ev('XrayExposure', 0, { repetition: 10, period: 0 }))).toBe(1);
    expect(occurrences(ev('XrayExposure', 0, { repetition: 0, period: P }))).toBe(1);
    expect(occurrences(ev('XrayExposure', 0, { repetition: NaN, period: P }))).toBe(1);
  });
});

describe('laneTypes and labels', () => {
  it('orders known types as the pattern unfolds, then unknown ones as they appear', () => {
    const events = [
      ev('XrayDetection', 0),
      ev('Shutter', 0),
      ev('XrayExposure', 0),
      ev('LaserExcitation', 0),
      ev('Unknown event type 9', 0),
      ev('Shutter', 1),
    ];
    expect(laneTypes(events)).toEqual([
      'LaserExcitation',
      'XrayExposure',
      'XrayDetection',
      'Shutter',
      'Unknown event type 9',
    ]);
    expect(eventTypeLabel('XrayExposure')).toBe('X-ray exposure');
    expect(eventTypeLabel('Shutter')).toBe('Shutter');
  });
});

describe('chainExtent', () => {
  it('covers every repetition', () => {
    const c = chain([
      ev('LaserExcitation', 0, { duration: 8e-9, period: P, repetition: 1000 }),
      ev('XrayExposure', 1e-3, { duration: 4e-3, period: P, repetition: 1000 }),
    ]);
    const [start, end] = chainExtent(c);
    expect(start).toBe(0);
    expect(end).toBeCloseTo(1e-3 + 999 * P + 4e-3, 12);
  });
  it('handles zero offsets and missing durations', () => {
    expect(chainExtent(chain([ev('ReactionTrigger', 0), ev('XrayExposure', 0)]))).toEqual([0, 0]);
    expect(chainExtent(chain([]))).toEqual([0, 0]);
  });
  it('unions several chains', () => {
    expect(
      chainsExtent([
        chain([ev('XrayExposure', 1, { duration: 1 })]),
        chain([ev('XrayExposure', 0.5)]),
        chain([]),
      ]),
    ).toEqual([0.5, 2]);
  });
});

describe('normalizeChain', () => {
  it('merges equally spaced separate pulses into one periodic event', () => {
    const separate = chain(
      Array.from({ length: 10 }, (_, k) =>
        ev('LaserExcitation', k * P, {
          name: `Laser pump ${k + 1}`,
          duration: 8e-9,
          repetition: 1,
        }),
      ),
    );
    const [merged, ...rest] = normalizeChain(separate).events;
    expect(rest).toEqual([]);
    expect(merged).toMatchObject({
      type: 'LaserExcitation',
      name: 'Laser pump',
      offset: 0,
      duration: 8e-9,
      repetition: 10,
    });
    expect(merged?.period).toBeCloseTo(P, 15);
  });
  it('leaves unequal spacing (HARE) and pairs alone', () => {
    const hare = chain([
      ev('XrayExposure', 1e-3, { duration: 4e-3 }),
      ev('XrayExposure', 1e-2, { duration: 4e-3 }),
      ev('XrayExposure', 1e-1, { duration: 4e-3 }),
    ]);
    expect(normalizeChain(hare).events).toHaveLength(3);
    const pair = chain([ev('XrayExposure', 0), ev('XrayExposure', 1)]);
    expect(normalizeChain(pair).events).toHaveLength(2);
  });
});

describe('pumpProbeDelays', () => {
  it('pump–probe train: one delay, even longer than the period', () => {
    const c = chain([
      ev('LaserExcitation', 0, { duration: 8e-9, period: P, repetition: 51200 }),
      ev('XrayExposure', 0.01, { duration: 4e-3, period: P, repetition: 51200 }),
      ev('XrayDetection', 0.01, { duration: 4e-3, period: P, repetition: 51200 }),
    ]);
    const pairs = pumpProbeDelays(c);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]?.delay).toBeCloseTo(0.01, 12);
    expect(pairs[0]?.kind).toBe('pump-probe');
  });
  it('gives the same delay for ten separate pulses', () => {
    const events: TimingEvent[] = [];
    for (let k = 0; k < 10; k += 1) {
      events.push(ev('LaserExcitation', k * P, { duration: 8e-9, repetition: 1 }));
      events.push(ev('XrayExposure', k * P + 1e-4, { duration: 4e-3, repetition: 1 }));
    }
    const pairs = pumpProbeDelays(chain(events));
    expect(pairs).toHaveLength(1);
    expect(pairs[0]?.delay).toBeCloseTo(1e-4, 12);
  });
  it('HARE: one laser, one delay per exposure, increasing', () => {
    const c = chain([
      ev('LaserExcitation', 0, { duration: 8e-9 }),
      ev('XrayExposure', 1e-3, { duration: 4e-3 }),
      ev('XrayDetection', 1e-3, { duration: 4e-3 }),
      ev('XrayExposure', 1e-2, { duration: 4e-3 }),
      ev('XrayExposure', 1e-1, { duration: 4e-3 }),
    ]);
    expect(pumpProbeDelays(c).map((p) => p.delay)).toEqual([1e-3, 1e-2, 1e-1]);
  });
  it('HARE written as one repeating exposure', () => {
    const c = chain([
      ev('LaserExcitation', 0),
      ev('XrayExposure', 1e-3, { duration: 1e-4, period: 1e-3, repetition: 3 }),
    ]);
    expect(pumpProbeDelays(c).map((p) => p.toTime)).toEqual([1e-3, 2e-3, 3e-3]);
  });
  it('falls back to detection events and is empty for a dark chain', () => {
    expect(pumpProbeDelays(chain([ev('LaserExcitation', 0), ev('XrayDetection', 2e-6)]))).toEqual([
      expect.objectContaining({ delay: 2e-6 }),
    ]);
    expect(pumpProbeDelays(chain([ev('XrayExposure', 0, { duration: 4e-3 })]))).toEqual([]);
  });
  it('handles a zero delay', () => {
    const pairs = pumpProbeDelays(chain([ev('LaserExcitation', 0), ev('XrayExposure', 0)]));
    expect(pairs.map((p) => p.delay)).toEqual([0]);
  });
});

describe('reactionTime', () => {
  it('mix-and-inject: trigger → first exposure', () => {
    const c = chain([
      ev('ReactionTrigger', 0),
      ev('XrayExposure', 0.05, { duration: 2e-3, period: P, repetition: 2_400_000 }),
      ev('XrayDetection', 0.05, { duration: 2e-3, period: P, repetition: 2_400_000 }),
    ]);
    expect(reactionTime(c)).toMatchObject({ kind: 'reaction', delay: 0.05, fromTime: 0 });
    expect(pumpProbeDelays(c)).toEqual([]);
  });
  it('is undefined without a trigger', () => {
    expect(reactionTime(chain([ev('XrayExposure', 0)]))).toBeUndefined();
  });
});
