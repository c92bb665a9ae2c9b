import { describe, expect, it } from 'vitest';
import { darkChain, eventChain, hareChain, pumpProbeChain, timingEvent } from './timing-fixtures';
import { validateChain } from './timing-validate';

const messages = (events: Parameters<typeof eventChain>[0]) =>
  validateChain(eventChain(events)).map((p) => p.message);

describe('validateChain', () => {
  it('accepts realistic chains', () => {
    expect(validateChain(pumpProbeChain(1e-6))).toEqual([]);
    expect(validateChain(darkChain())).toEqual([]);
    expect(validateChain(hareChain())).toEqual([]);
  });

  it('accepts zero offsets and missing duration and period on single events', () => {
    expect(messages([timingEvent('ReactionTrigger', 0), timingEvent('XrayExposure', 0)])).toEqual(
      [],
    );
  });

  it('names the event and the values when the period is shorter than the duration', () => {
    expect(
      messages([
        timingEvent('XrayExposure', 0, {
          name: 'X-ray probe',
          duration: 1e-5,
          period: 5e-6,
          repetition: 10,
        }),
      ]),
    ).toEqual(['Event “X-ray probe”: period 5 µs is shorter than its duration 10 µs']);
  });

  it('rejects negative, non-finite and absurd values', () => {
    const problems = validateChain(
      eventChain([
        timingEvent('LaserExcitation', -1e-3, { name: 'Laser', duration: -8e-9 }),
        timingEvent('XrayExposure', NaN, { duration: 7200 }),
        timingEvent('XrayDetection', 0, { period: Infinity, repetition: 2 }),
      ]),
    );
    expect(problems.map((p) => [p.eventIndex, p.field, p.severity])).toEqual([
      [0, 'offset', 'error'],
      [0, 'duration', 'error'],
      [1, 'offset', 'error'],
      [1, 'duration', 'error'],
      [2, 'period', 'error'],
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      'Event “Laser”: offset -1 ms is negative',
      'Event “Laser”: duration -8 ns is negative',
      'Event “X-ray exposure”: offset is not a finite number (NaN)',
      'Event “X-ray exposure”: duration 7\u202f200 s is longer than 1 h',
      'Event “X-ray detection”: period is not a finite number (Infinity)',
    ]);
  });

  it('reports a repetition without a period, below 1 or fractional', () => {
    expect(
      messages([
        timingEvent('XrayExposure', 0, { name: 'A', repetition: 10 }),
        timingEvent('XrayExposure', 0, { name: 'B', repetition: 0, period: 1 }),
        timingEvent('XrayExposure', 0, { name: 'C', repetition: 2.5, period: 1 }),
        timingEvent('XrayExposure', 0, { name: 'D', repetition: 25600.0000001, period: 1 }),
        timingEvent('XrayExposure', 0, { name: 'E', repetition: 3, period: 0 }),
      ]),
    ).toEqual([
      'Event “A”: repeats 10 times but has no period; drawn once',
      'Event “B”: repetition 0 is less than 1; drawn once',
      'Event “C”: repetition 2.5 is not a whole number; drawn 3 times',
      'Event “E”: repeats 3 times but has no non-zero period; drawn once',
    ]);
  });

  it('warns about an empty chain', () => {
    expect(validateChain(eventChain([], 'dark')).map((p) => p.message)).toEqual([
      'Event chain “dark” has no events',
    ]);
  });
});
