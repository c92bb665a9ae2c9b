import { describe, expect, it } from 'vitest';
import {
  eventChain,
  hareChain,
  mixAndInjectChain,
  darkChain,
  separatePulsesChain,
  timingEvent,
} from './timing-fixtures';
import { describeChain, describeChains, describeWindow, formatSeconds } from './timing-format';

describe('formatSeconds', () => {
  it.each([
    [8e-9, '8 ns'],
    [0.004324, '4.32 ms'],
    [0, '0 s'],
    [999, '999 s'],
    [10_400.4, '10\u202f400 s'],
    [-7200, '-7\u202f200 s'],
    [NaN, '– s'],
  ])('%s → %s', (v, text) => expect(formatSeconds(v)).toBe(text));
});

describe('describeChain', () => {
  it('reads like the brief: laser, X-ray train, delay', () => {
    const chain = eventChain([
      timingEvent('LaserExcitation', 0, { duration: 1e-8 }),
      timingEvent('XrayExposure', 1e-3, { duration: 1e-2, period: 0.1, repetition: 25_600 }),
    ]);
    expect(describeChain(chain)).toBe(
      'laser 10 ns at 0 s; X-ray exposure 10 ms at 1 ms, every 100 ms ×25\u202f600; pump–probe delay 1 ms',
    );
  });
  it('summarises separate pulses as a train', () => {
    expect(describeChain(separatePulsesChain(1e-4))).toBe(
      'laser 8 ns at 0 s, every 4.32 ms ×10; X-ray exposure 4 ms at 100 µs, every 4.32 ms ×10; pump–probe delay 100 µs',
    );
  });
  it('lists HARE delays, reaction time and dark runs', () => {
    expect(describeChain(hareChain())).toMatch(/pump–probe delays 1 ms, 10 ms, 100 ms$/);
    expect(describeChain(mixAndInjectChain(0.05))).toMatch(
      /^reaction trigger at 0 s; .*; reaction time 50 ms$/,
    );
    expect(describeChain(darkChain())).toMatch(/; dark \(no laser\)$/);
  });
  it('names chains', () => {
    expect(describeChains([hareChain()])).toMatch(/^Timing pattern “HARE”: laser 8 ns/);
    expect(describeChains([])).toBe('Timing pattern: no events recorded');
  });
});

describe('describeWindow', () => {
  it('gives just enough digits', () => {
    expect(describeWindow({ start: 0, end: 0.00432 })).toBe('0 s to 4.32 ms');
    expect(describeWindow({ start: -1.5e-4, end: 5.15e-3 })).toBe('-150 µs to 5.15 ms');
    expect(describeWindow({ start: 1.2e-3, end: 3.8e-3 })).toBe('1.2 ms to 3.8 ms');
    expect(describeWindow({ start: 1.00001, end: 1.00002 })).toBe('10 µs from 1.00001 s');
  });
  it('gives a span and its start deep into a long pattern', () => {
    expect(describeWindow({ start: 5190.1880258, end: 5190.1880258 + 2.6e-6 })).toBe(
      '2.6 µs from 5\u202f190.1880258 s',
    );
  });
});
