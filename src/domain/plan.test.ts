import { describe, expect, it } from 'vitest';
import {
  delayOrigin,
  framePeriod,
  fromSeconds,
  planRuns,
  timeValue,
  toSeconds,
  type PlannedRun,
} from './plan';
import { templatePlan } from './plan-fixtures';
import { pumpProbeDelays, reactionTime } from './timing';
import { formatSeconds } from './timing-format';

describe('time values', () => {
  it('converts each unit to seconds', () => {
    expect(toSeconds(timeValue(10, 'ns'))).toBeCloseTo(1e-8, 15);
    expect(toSeconds(timeValue(5, 'µs'))).toBeCloseTo(5e-6, 15);
    expect(toSeconds(timeValue(2.5, 'ms'))).toBeCloseTo(2.5e-3, 15);
    expect(toSeconds(timeValue(3, 's'))).toBe(3);
  });

  it('has no seconds without a number or a unit', () => {
    expect(toSeconds(timeValue(undefined, 'ms'))).toBeUndefined();
    expect(toSeconds(timeValue(3, undefined))).toBeUndefined();
  });

  it('picks the unit that writes a time with one to three digits', () => {
    expect(fromSeconds(1e-5)).toEqual({ value: 10, unit: 'µs' });
    expect(fromSeconds(0.25)).toEqual({ value: 250, unit: 'ms' });
    expect(fromSeconds(2e-9)).toEqual({ value: 2, unit: 'ns' });
    expect(fromSeconds(12)).toEqual({ value: 12, unit: 's' });
  });
});

describe('planRuns', () => {
  it('moves the probe events to each delay after the laser, and drops the laser when dark', () => {
    const plan = templatePlan('delay-series');
    const runs = planRuns(plan, formatSeconds);
    expect(runs.map((r) => r.label)).toEqual(['dark', '1 µs', '10 µs', '100 µs', '1 ms', '10 ms']);
    const [dark, first, , , , last] = runs;
    expect(dark?.dark).toBe(true);
    expect(dark?.chain.events.map((e) => e.type)).toEqual(['XrayExposure', 'XrayDetection']);
    // the laser fires at 0, so a 1 µs delay puts the exposure (and the readout with it) at 1 µs
    expect(first?.chain.events.map((e) => e.offset)).toEqual([0, 1e-6, 1e-6]);
    expect(pumpProbeDelays((last as PlannedRun).chain).map((p) => p.delay)).toEqual([0.01]);
    expect(first?.eventKeys).toEqual(plan.events.map((e) => e.key));
  });

  it('measures a mix-and-inject delay from the reaction trigger', () => {
    const plan = templatePlan('mix-and-inject');
    const [run] = planRuns(plan, formatSeconds);
    expect(delayOrigin(plan.events)?.type).toBe('ReactionTrigger');
    expect(reactionTime((run as PlannedRun).chain)?.delay).toBeCloseTo(0.05, 12);
  });

  it('is one run timed as drawn when the plan has no delays', () => {
    const plan = templatePlan('hit-and-return');
    const runs = planRuns(plan, formatSeconds);
    expect(runs).toHaveLength(1);
    expect(runs[0]?.label).toBe('as drawn');
    // HARE: every return of the probe is a delay of its own: 1, 11, 21, 31, 41 ms
    expect(
      pumpProbeDelays((runs[0] as PlannedRun).chain).map((p) => Number(p.delay.toFixed(6))),
    ).toEqual([0.001, 0.011, 0.021, 0.031, 0.041]);
  });

  it('leaves a probe it cannot place as NaN rather than guessing', () => {
    const plan = templatePlan('pump-probe');
    const delays = [{ key: 'd', kind: 'delay' as const, delay: timeValue(3, undefined) }];
    const [run] = planRuns({ ...plan, delays }, formatSeconds);
    expect(run?.label).toBe('delay not set');
    expect(run?.chain.events.filter((e) => Number.isNaN(e.offset))).toHaveLength(2);
  });
});

describe('framePeriod', () => {
  it('is the period of the X-ray exposure train', () => {
    expect(framePeriod(templatePlan('pump-probe').events)).toBeCloseTo(0.01, 12);
  });
  it('is unknown for a single exposure', () => {
    const plan = templatePlan('pump-probe');
    const events = plan.events.map((e) => ({ ...e, repetition: undefined }));
    expect(framePeriod(events)).toBeUndefined();
  });
});
