import { describe, expect, it } from 'vitest';
import { normalizeChain, pumpProbeDelays, type EventChain, type TimingEvent } from './timing';
import { expandInWindow } from './timing-expand';
import { describeDelays } from './timing-format';
import { eventChain, ID29_PERIOD, pumpProbeChain, timingEvent } from './timing-fixtures';
import { firstCycleWindow } from './timing-view';

/** Rounded to the nanosecond, as run 40032 (and ID29) writes offsets. */
const ns = (t: number) => Math.round(t * 1e9) / 1e9;

/**
 * Run 40032's shape: every laser pulse and X-ray exposure a separate event, offsets rounded to
 * the ns, so consecutive spacings differ by up to 1 ns (4 324 324 or 4 324 325 ns).
 */
function writtenAsSeparateEvents(delay: number, pulses: number, exposure = 0.004): EventChain {
  const events: TimingEvent[] = [];
  for (let k = 0; k < pulses; k += 1) {
    events.push(
      timingEvent('LaserExcitation', ns(k * ID29_PERIOD), {
        name: `Laser pump ${k + 1}`,
        duration: 8e-9,
        repetition: 1,
      }),
      timingEvent('XrayExposure', ns(k * ID29_PERIOD + delay), {
        name: `X-ray probe ${k + 1}`,
        duration: exposure,
        repetition: 1,
      }),
    );
  }
  return eventChain(events, 'pump-probe 100 µs (one line of 10 apertures)');
}

/** The same pattern as one laser and one X-ray event with period × repetition. */
function writtenWithRepetition(delay: number, pulses: number): EventChain {
  const chain = pumpProbeChain(delay, pulses);
  return { ...chain, events: chain.events.filter((e) => e.type !== 'XrayDetection') };
}

describe('both encodings of a pump–probe pattern (run 40032 vs repetition)', () => {
  const separate = writtenAsSeparateEvents(1e-4, 10);
  const periodic = writtenWithRepetition(1e-4, 10);

  it('the ns-rounded spacings still differ (the case that used to give ten brackets)', () => {
    const lasers = separate.events.filter((e) => e.type === 'LaserExcitation');
    const spacings = new Set(lasers.slice(1).map((e, k) => e.offset - (lasers[k]?.offset ?? 0)));
    expect(spacings.size).toBeGreaterThan(1);
  });

  it('normalise to the same two trains', () => {
    const events = normalizeChain(separate).events;
    expect(events.map((e) => [e.type, e.repetition])).toEqual([
      ['LaserExcitation', 10],
      ['XrayExposure', 10],
    ]);
    for (const e of events) expect(e.period).toBeCloseTo(ID29_PERIOD, 8);
    expect(events.map((e) => e.name)).toEqual(['Laser pump', 'X-ray probe']);
  });

  it('give one Δt bracket of 100 µs each, and the same summary', () => {
    const a = pumpProbeDelays(separate);
    const b = pumpProbeDelays(periodic);
    expect(a).toHaveLength(1);
    expect(b).toHaveLength(1);
    expect(a[0]?.delay).toBeCloseTo(1e-4, 12);
    expect(a[0]?.fromTime).toBe(0);
    expect(a[0]?.delay).toBeCloseTo(b[0]?.delay ?? NaN, 12);
    expect(describeDelays(separate)).toBe(describeDelays(periodic));
  });

  it('draw the same bars in the first cycle', () => {
    const window = firstCycleWindow([periodic]);
    const lanesOf = (chain: EventChain) =>
      expandInWindow(normalizeChain(chain), window, 800).lanes.map((lane) =>
        lane.kind === 'bars' ? lane.bars.map((bar) => [bar.start, bar.end]) : [],
      );
    const a = lanesOf(separate).flat(2);
    const b = lanesOf(periodic).flat(2);
    expect(a).toHaveLength(b.length);
    a.forEach((t, i) => expect(t).toBeCloseTo(b[i] ?? NaN, 8));
  });

  it('keep one bracket per distinct delay when pulses cannot be merged', () => {
    // unevenly spaced exposures (never merged into a train): two 1 ms after their laser pulse,
    // one 2 ms after
    const chain = eventChain([
      timingEvent('LaserExcitation', 0, { duration: 8e-9 }),
      timingEvent('XrayExposure', 1e-3, { duration: 1e-3 }),
      timingEvent('LaserExcitation', ns(0.1), { duration: 8e-9 }),
      timingEvent('XrayExposure', ns(0.101), { duration: 1e-3 }),
      timingEvent('LaserExcitation', 0.2, { duration: 8e-9 }),
      timingEvent('XrayExposure', 0.202, { duration: 1e-3 }),
    ]);
    const delays = pumpProbeDelays(chain);
    expect(delays.map((p) => Number(p.delay.toFixed(9)))).toEqual([1e-3, 2e-3]);
    expect(delays[0]?.fromTime).toBe(0);
  });
});
