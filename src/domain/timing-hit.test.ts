import { describe, expect, it } from 'vitest';
import { describeHit, eventAt } from './timing-hit';
import {
  eventChain,
  hareChain,
  ID29_PERIOD,
  mixAndInjectChain,
  pumpProbeChain,
  timingEvent,
} from './timing-fixtures';

describe('eventAt', () => {
  const chain = pumpProbeChain(1e-3, 51_200);

  it('finds the occurrence of a 10⁵-pulse train under a time, by arithmetic', () => {
    const t = 1e-3 + 40_000 * ID29_PERIOD + 0.002; // inside X-ray exposure no. 40 001
    const hit = eventAt(chain, 'XrayExposure', t);
    expect(hit?.occurrence).toBe(40_000);
    expect(hit?.start).toBeCloseTo(1e-3 + 40_000 * ID29_PERIOD, 12);
    expect(hit?.end).toBeCloseTo((hit?.start ?? 0) + 0.004, 12);
    expect(hit?.event.name).toBe('X-ray probe');
  });

  it('needs a tolerance to point at an 8 ns pulse, and picks the nearest', () => {
    const t = 5 * ID29_PERIOD + 1e-6; // 1 µs after laser pulse no. 6
    expect(eventAt(chain, 'LaserExcitation', t)).toBeUndefined();
    const hit = eventAt(chain, 'LaserExcitation', t, 2e-6);
    expect(hit?.occurrence).toBe(5);
    // nothing of another type, nothing before the pattern or after its last pulse
    expect(eventAt(chain, 'ReactionTrigger', t, 1)).toBeUndefined();
    expect(eventAt(chain, 'LaserExcitation', -1, 1e-3)).toBeUndefined();
    expect(eventAt(chain, 'LaserExcitation', 51_200 * ID29_PERIOD + 1, 1e-3)).toBeUndefined();
  });

  it('handles single events, instantaneous ones and several events of a type', () => {
    const hare = hareChain([1e-3, 1e-2, 1e-1]);
    expect(eventAt(hare, 'XrayExposure', 0.0105)?.event.name).toBe('X-ray probe 2');
    const trigger = eventAt(mixAndInjectChain(0.05), 'ReactionTrigger', 1e-7, 1e-6);
    expect(trigger).toMatchObject({ start: 0, end: 0, occurrence: 0 });
  });
});

describe('describeHit', () => {
  it('says what, when, how long and how often, with SI units', () => {
    const chain = pumpProbeChain(1e-3, 51_200);
    const hit = eventAt(chain, 'LaserExcitation', 2 * ID29_PERIOD, 1e-6);
    expect(hit && describeHit(hit)).toEqual([
      'Laser excitation: Laser pump 450 nm',
      'Occurrence 3 of 51\u202f200 at 8.65 ms',
      'Offset 0 s',
      'Duration 8 ns',
      'Period 4.32 ms × 51\u202f200 (231.25 Hz)',
    ]);
  });

  it('says when an event has no duration and no train', () => {
    const chain = eventChain([timingEvent('ReactionTrigger', 0.5)]);
    const hit = eventAt(chain, 'ReactionTrigger', 0.5);
    expect(hit && describeHit(hit)).toEqual([
      'Reaction trigger',
      'Offset 500 ms',
      'Instantaneous (no duration)',
    ]);
  });
});
