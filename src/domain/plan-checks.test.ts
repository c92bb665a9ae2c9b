import { describe, expect, it } from 'vitest';
import { timeValue, type Plan, type PlanDelay, type PlanEvent } from './plan';
import {
  checkPlan,
  deviceDelayRange,
  fieldId,
  issuesAt,
  trainsOverlap,
  type PlanField,
} from './plan-checks';
import { templatePlan, testPlan } from './plan-fixtures';

const messages = (plan: Plan, at: PlanField) => issuesAt(checkPlan(plan), at).map((i) => i.message);
const withEvent = (plan: Plan, key: string, change: Partial<PlanEvent>): Plan => ({
  ...plan,
  events: plan.events.map((e) => (e.key === key ? { ...e, ...change } : e)),
});

describe('checkPlan', () => {
  it('finds nothing wrong with the pump–probe template on a chip', () => {
    expect(checkPlan(templatePlan('pump-probe'))).toEqual([]);
  });

  it('finds nothing wrong with the delay-series template on a chip', () => {
    expect(checkPlan(templatePlan('delay-series'))).toEqual([]);
  });

  it('says when a time has no unit', () => {
    const plan = withEvent(templatePlan('pump-probe'), 'k2', { duration: timeValue(5, undefined) });
    expect(messages(plan, { kind: 'event', key: 'k2', field: 'duration' })).toEqual([
      'Duration 5 has no unit: pick ns, µs, ms or s.',
    ]);
  });

  it('says when a value is absurd: negative, over an hour, a fractional repetition', () => {
    let plan = withEvent(templatePlan('pump-probe'), 'k1', { offset: timeValue(-1, 'ms') });
    plan = withEvent(plan, 'k2', {
      duration: timeValue(2, 's'),
      period: timeValue(2, 'h' as never),
    });
    plan = withEvent(plan, 'k3', { repetition: 2.5 });
    expect(messages(plan, { kind: 'event', key: 'k1', field: 'offset' })).toEqual([
      'Offset cannot be negative.',
    ]);
    expect(messages(plan, { kind: 'event', key: 'k3', field: 'repetition' })).toEqual([
      'Repetition must be a whole number of at least 1.',
    ]);
    const long = withEvent(templatePlan('pump-probe'), 'k2', { offset: timeValue(5000, 's') });
    expect(messages(long, { kind: 'event', key: 'k2', field: 'offset' })[0]).toMatch(
      /longer than 1 h: check the unit/,
    );
  });

  it('says when an event overlaps its own next repetition (period shorter than duration)', () => {
    const plan = withEvent(templatePlan('pump-probe'), 'k2', { period: timeValue(2, 'ms') });
    expect(messages(plan, { kind: 'event', key: 'k2', field: 'period' })).toEqual([
      'Period 2 ms is shorter than the duration 5 ms: each x-ray exposure would overlap the next.',
    ]);
  });

  it('says when two events of one type overlap', () => {
    const plan = templatePlan('pump-probe');
    const second: PlanEvent = {
      ...(plan.events[1] as PlanEvent),
      key: 'extra',
      name: 'Second probe',
      offset: timeValue(3, 'ms'),
    };
    const overlapping = { ...plan, events: [...plan.events, second] };
    expect(messages(overlapping, { kind: 'event', key: 'extra', field: 'offset' })).toEqual([
      'Overlaps “X-ray probe”: two x-ray exposure events cannot be on at the same time.',
    ]);
    // 6 ms later the first exposure (1–6 ms) is over: no overlap
    const apart = { ...plan, events: [...plan.events, { ...second, offset: timeValue(6, 'ms') }] };
    expect(messages(apart, { kind: 'event', key: 'extra', field: 'offset' })).toEqual([]);
  });

  it('says when the X-ray comes before the laser in a pump–probe drawn without delays', () => {
    const plan = withEvent({ ...templatePlan('pump-probe'), delays: [] }, 'k1', {
      offset: timeValue(2, 'ms'),
    });
    expect(messages(plan, { kind: 'event', key: 'k2', field: 'offset' })).toEqual([
      'X-ray exposure at 1 ms comes before the laser (2 ms): in a pump–probe the laser fires first.',
    ]);
  });

  it('says when a delay is not positive, or shorter than the laser pulse', () => {
    const plan = templatePlan('pump-probe');
    const at = (value: number, unit: 'ns' | 'ms') => ({
      ...plan,
      delays: [{ key: 'd', kind: 'delay' as const, delay: timeValue(value, unit) }],
    });
    expect(messages(at(0, 'ms'), { kind: 'delay', key: 'd' })).toEqual([
      'The X-ray would come before or with the pump: a delay must be positive.',
    ]);
    // the 10 ns pulse is still on 5 ns in
    expect(messages(at(5, 'ns'), { kind: 'delay', key: 'd' })).toEqual([
      'The laser (10 ns) is still on when the X-ray arrives: the pump and probe overlap.',
    ]);
  });

  it('says when the detector reads out slower than the repetition rate', () => {
    // 10 ms frames (100 Hz) against a 20 ms readout: at most 50 Hz
    const plan = { ...templatePlan('pump-probe'), detectorReadout: timeValue(20, 'ms') };
    expect(messages(plan, { kind: 'readout' })).toEqual([
      'The detector needs 20 ms between frames but an image comes every 10 ms (100 Hz): images would be lost. Lower the rate to 50 Hz or less.',
    ]);
  });

  it('says when a delay is outside the device range (a jet carries the crystals away)', () => {
    // 30 m/s over 1 mm: 33.3 µs, so the 100 µs delay and longer cannot be reached
    const plan = templatePlan('delay-series', {
      device: { kind: 'liquid-jet', sizeUm: 4, speedMs: 30, material: '' },
    });
    const flagged = plan.delays.filter(
      (d) => issuesAt(checkPlan(plan), { kind: 'delay', key: d.key }).length > 0,
    );
    expect(
      flagged.map((d) => (d.kind === 'delay' ? `${d.delay.value} ${d.delay.unit}` : d.kind)),
    ).toEqual(['100 µs', '1 ms', '10 ms']);
    expect(messages(plan, { kind: 'delay', key: (plan.delays[3] as PlanDelay).key })[0]).toBe(
      'Delay 100 µs is longer than this device allows: a stream at 30 m/s carries crystals the ~1 mm from the pump spot to the X-ray spot in 33.3 µs.',
    );
  });

  it('checks the delays of a single run drawn as is (HARE on a tape)', () => {
    const plan = templatePlan('hit-and-return', {
      device: { kind: 'tape', material: 'Kapton', dropVolumeNl: 4 },
    });
    // the tape's shortest delay is 10 ms: the 1 ms first return is too soon
    expect(messages(plan, { kind: 'delays' })).toEqual([
      'Delay 1 ms is shorter than this device allows: a tape moves drops between stations: delays from 10 ms to 1 min.',
    ]);
  });

  it('says when delays have nothing to be measured from', () => {
    const plan = templatePlan('pump-probe');
    const noPump = { ...plan, events: plan.events.filter((e) => e.type !== 'LaserExcitation') };
    expect(messages(noPump, { kind: 'delays' })).toEqual([
      'Delays are measured from a laser excitation or a reaction trigger: add one.',
    ]);
  });

  it('says when a pattern measures nothing, and what the device lacks', () => {
    const plan = testPlan({
      device: { kind: 'chip', model: 'Oxford chip', pattern: 'blocks 70-80', slurryPerChipUl: 100 },
    });
    expect(messages(plan, { kind: 'events' })).toEqual([
      'No events yet: add some or start from a template.',
    ]);
    expect(messages(plan, { kind: 'device', field: 'pattern' })).toEqual([
      'Cannot read the pattern: block 70 is not on a chip of 64 blocks.',
    ]);
  });

  it('says when targets and rates are unusable', () => {
    const plan = templatePlan('pump-probe');
    const bad = {
      ...plan,
      targets: { ...plan.targets, hitRate: 0, indexingRate: 1.5, indexedPerDelay: 0 },
    };
    expect(
      checkPlan(bad)
        .filter((i) => i.at.kind === 'targets')
        .map((i) => fieldId(i.at)),
    ).toEqual(['targets:indexedPerDelay', 'targets:hitRate', 'targets:indexingRate']);
  });
});

describe('deviceDelayRange', () => {
  it('is open-ended for a jet whose speed is not set', () => {
    expect(
      deviceDelayRange({ kind: 'viscous-injector', sizeUm: 50, speedMs: undefined, material: '' })
        .max,
    ).toBeUndefined();
  });
  it('is 1 mm ÷ speed for a viscous injector: 1 s at 1 mm/s', () => {
    expect(
      deviceDelayRange({ kind: 'viscous-injector', sizeUm: 50, speedMs: 0.001, material: '' }).max,
    ).toBeCloseTo(1, 12);
  });
});

describe('trainsOverlap', () => {
  it('compares trains of one period within that period', () => {
    const a = { start: 0, duration: 0.005, period: 0.01, count: 100 };
    expect(trainsOverlap(a, { ...a, start: 0.005 })).toBe(false);
    expect(trainsOverlap(a, { ...a, start: 0.006, duration: 0.004 })).toBe(false);
    expect(trainsOverlap(a, { ...a, start: 0.004 })).toBe(true);
    // 9 ms later the second train's pulse runs into the first's next pulse at 10 ms
    expect(trainsOverlap(a, { ...a, start: 0.009, duration: 0.002 })).toBe(true);
  });
  it('finds a single event inside a train', () => {
    const a = { start: 0, duration: 0.005, period: 0.01, count: 100 };
    expect(trainsOverlap({ start: 0.512, duration: 0.001, period: 0, count: 1 }, a)).toBe(true);
    expect(trainsOverlap({ start: 0.517, duration: 0.001, period: 0, count: 1 }, a)).toBe(false);
  });
});
