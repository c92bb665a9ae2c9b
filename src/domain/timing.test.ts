import { describe, expect, it } from 'vitest';
import { isDark, pumpProbeDelay, sortEvents, type EventChain, type TimingEvent } from './timing';

const event = (type: string, offset: number, extra: Partial<TimingEvent> = {}): TimingEvent => ({
  id: undefined,
  type,
  name: undefined,
  offset,
  duration: undefined,
  period: undefined,
  repetition: undefined,
  ...extra,
});
const chain = (events: TimingEvent[]): EventChain => ({
  id: 1,
  dataCollectionId: 3,
  name: undefined,
  events: sortEvents(events),
});

describe('pumpProbeDelay', () => {
  it('is the laser → X-ray exposure Δt (recorded pump–probe 1 ms chain)', () => {
    const c = chain([
      event('XrayDetection', 0.001, { duration: 0.01 }),
      event('LaserExcitation', 0, { duration: 1e-5 }),
      event('XrayExposure', 0.001, { duration: 0.01 }),
    ]);
    expect(pumpProbeDelay(c)).toBeCloseTo(0.001, 12);
  });
  it('falls back to the detection event when there is no exposure event', () => {
    expect(
      pumpProbeDelay(chain([event('LaserExcitation', 0), event('XrayDetection', 0.01)])),
    ).toBeCloseTo(0.01);
  });
  it('handles a zero delay', () => {
    expect(pumpProbeDelay(chain([event('LaserExcitation', 0), event('XrayExposure', 0)]))).toBe(0);
  });
  it('is undefined for a dark run', () => {
    const dark = chain([event('XrayExposure', 0), event('XrayDetection', 0)]);
    expect(pumpProbeDelay(dark)).toBeUndefined();
    expect(isDark([dark])).toBe(true);
  });
});

describe('sortEvents', () => {
  it('orders by offset without mutating its input', () => {
    const input = [event('XrayExposure', 0.5), event('LaserExcitation', 0)];
    expect(sortEvents(input).map((e) => e.type)).toEqual(['LaserExcitation', 'XrayExposure']);
    expect(input[0]?.type).toBe('XrayExposure');
  });
});
