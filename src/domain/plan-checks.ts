/**
 * What is wrong or doubtful in a plan, each problem tied to the field it is about so the editor
 * can say it next to that field. Pure: run on every edit.
 */
import { chipLayoutFor, parseChipPattern } from './chip-layout';
import {
  delayOrigin,
  framePeriod,
  isProbe,
  planRuns,
  toSeconds,
  type Plan,
  type PlanDevice,
  type PlanEvent,
  type TimeValue,
} from './plan';
import { eventTypeLabel, pumpProbeDelays, reactionTime } from './timing';
import { formatSeconds } from './timing-format';
import { MAX_EVENT_SECONDS } from './timing-validate';
import { formatSI } from './units';

export type PlanField =
  | { kind: 'event'; key: string; field: 'offset' | 'duration' | 'period' | 'repetition' }
  | { kind: 'events' }
  | { kind: 'delay'; key: string }
  | { kind: 'delays' }
  | { kind: 'readout' }
  | {
      kind: 'device';
      field: 'model' | 'pattern' | 'slurryPerChipUl' | 'sizeUm' | 'speedMs' | 'dropVolumeNl';
    }
  | { kind: 'targets'; field: 'indexedPerDelay' | 'hitRate' | 'indexingRate' };

export interface PlanIssue {
  at: PlanField;
  /** `error`: the plan cannot be run as written; `warning`: possible, but probably not meant. */
  severity: 'error' | 'warning';
  message: string;
}

/** Stable text form of a field, to find the issues of one input. */
export function fieldId(at: PlanField): string {
  switch (at.kind) {
    case 'event':
      return `event:${at.key}:${at.field}`;
    case 'delay':
      return `delay:${at.key}`;
    case 'device':
      return `device:${at.field}`;
    case 'targets':
      return `targets:${at.field}`;
    default:
      return at.kind;
  }
}

export function issuesAt(issues: readonly PlanIssue[], at: PlanField): PlanIssue[] {
  const id = fieldId(at);
  return issues.filter((i) => fieldId(i.at) === id);
}

// ---------------------------------------------------------------------------------------------
// Values

const NAMES = { offset: 'Offset', duration: 'Duration', period: 'Period' } as const;

function checkTime(
  t: TimeValue,
  field: 'offset' | 'duration' | 'period',
  required: boolean,
  push: (severity: PlanIssue['severity'], message: string) => void,
): void {
  const name = NAMES[field];
  if (t.value === undefined) {
    if (required) push('error', `${name} is missing.`);
    return;
  }
  if (!Number.isFinite(t.value)) return push('error', `${name} is not a number.`);
  if (t.unit === undefined)
    return push('error', `${name} ${t.value} has no unit: pick ns, µs, ms or s.`);
  const s = toSeconds(t) ?? 0;
  if (s < 0) return push('error', `${name} cannot be negative.`);
  if (s > MAX_EVENT_SECONDS) {
    push('error', `${name} ${formatSeconds(s)} is longer than 1 h: check the unit.`);
  }
}

function checkEvent(e: PlanEvent, push: (i: PlanIssue) => void): void {
  const at =
    (field: 'offset' | 'duration' | 'period' | 'repetition') =>
    (severity: PlanIssue['severity'], message: string) =>
      push({ at: { kind: 'event', key: e.key, field }, severity, message });
  checkTime(e.offset, 'offset', true, at('offset'));
  checkTime(e.duration, 'duration', false, at('duration'));
  checkTime(e.period, 'period', false, at('period'));

  const r = e.repetition;
  if (r !== undefined) {
    if (!Number.isInteger(r) || r < 1) {
      at('repetition')('error', 'Repetition must be a whole number of at least 1.');
      return;
    }
    if (r > 10_000_000) {
      at('repetition')('warning', `${r} repetitions is more than any run collects (10⁴–10⁶).`);
    }
  }
  const period = toSeconds(e.period);
  const duration = toSeconds(e.duration);
  if ((r ?? 1) > 1) {
    if (period === undefined || period <= 0) {
      at('period')('error', `Repeats ${r} times: give the period between repetitions.`);
    } else if (duration !== undefined && period < duration) {
      // an event that outlasts its own period overlaps its next occurrence
      at('period')(
        'error',
        `Period ${formatSeconds(period)} is shorter than the duration ${formatSeconds(duration)}: each ${eventTypeLabel(e.type).toLowerCase()} would overlap the next.`,
      );
    }
  }
  if (e.type === 'XrayExposure' && (e.duration.value === undefined || e.duration.value <= 0)) {
    at('duration')('error', 'An X-ray exposure needs a duration (the exposure time).');
  }
}

// ---------------------------------------------------------------------------------------------
// Overlaps between events of one type

interface Train {
  start: number;
  duration: number;
  period: number;
  count: number;
}

function train(e: PlanEvent): Train | undefined {
  const start = toSeconds(e.offset);
  if (start === undefined) return undefined;
  const count = e.repetition !== undefined && e.repetition > 1 ? e.repetition : 1;
  const period = toSeconds(e.period) ?? 0;
  return { start, duration: toSeconds(e.duration) ?? 0, period: count > 1 ? period : 0, count };
}

const end = (t: Train) => t.start + (t.count - 1) * t.period + t.duration;

/**
 * Whether two trains of one event type are ever on at the same time. Trains of the same period
 * are compared within one period (where they recur); otherwise their first occurrences and
 * whole spans, which is what a plan of single events and one train needs.
 */
export function trainsOverlap(a: Train, b: Train): boolean {
  if (end(a) <= b.start || end(b) <= a.start) return false;
  if (a.count > 1 && b.count > 1 && a.period > 0 && Math.abs(a.period - b.period) < 1e-12) {
    const p = a.period;
    const shift = (((b.start - a.start) % p) + p) % p;
    // trains that only touch (one ends as the other starts) do not overlap: allow for rounding
    const eps = 1e-9 * p;
    return shift < a.duration - eps || p - shift < b.duration - eps;
  }
  if (a.count === 1 && b.count === 1) return true;
  // one single event against a train: does it fall into one of the train's occurrences?
  const [single, many] = a.count === 1 ? [a, b] : [b, a];
  if (many.period <= 0) return true;
  const k = Math.max(0, Math.floor((single.start - many.start) / many.period));
  for (const i of [k - 1, k, k + 1]) {
    if (i < 0 || i >= many.count) continue;
    const s = many.start + i * many.period;
    if (s < single.start + single.duration && single.start < s + many.duration) return true;
    if (single.duration === 0 && many.duration === 0 && s === single.start) return true;
  }
  return false;
}

function checkOverlaps(events: readonly PlanEvent[], push: (i: PlanIssue) => void): void {
  for (let j = 0; j < events.length; j += 1) {
    const b = events[j] as PlanEvent;
    const tb = train(b);
    if (!tb) continue;
    for (let i = 0; i < j; i += 1) {
      const a = events[i] as PlanEvent;
      const ta = a.type === b.type ? train(a) : undefined;
      if (ta && trainsOverlap(ta, tb)) {
        push({
          at: { kind: 'event', key: b.key, field: 'offset' },
          severity: 'error',
          message: `Overlaps “${a.name || eventTypeLabel(a.type)}”: two ${eventTypeLabel(b.type).toLowerCase()} events cannot be on at the same time.`,
        });
        break;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Delays and the device

export interface DelayRange {
  /** s */
  min: number;
  /** s; `undefined` when it cannot be told (jet speed not set). */
  max: number | undefined;
  why: string;
}

/** Travel between the laser (or mixer) spot and the X-ray spot on a jet: an intact jet is ~1 mm. */
export const JET_TRAVEL_M = 1e-3;

/**
 * Delays a device can give. A chip holds crystals still, so delays run from the laser pulse to
 * seconds (hit-and-return); a jet carries them away, so the longest delay is the time the stream
 * takes to travel from the pump spot to the X-ray spot; a tape drive moves drops between stations.
 */
export function deviceDelayRange(device: PlanDevice): DelayRange {
  switch (device.kind) {
    case 'chip':
      return {
        min: 1e-9,
        max: 10,
        why: 'a chip holds each crystal still: delays from 1 ns (a laser pulse) to 10 s',
      };
    case 'liquid-jet':
    case 'viscous-injector': {
      const v = device.speedMs;
      if (v === undefined || !(v > 0)) {
        return { min: 0, max: undefined, why: 'the longest delay depends on the jet speed' };
      }
      const max = JET_TRAVEL_M / v;
      return {
        min: 0,
        max,
        why: `a stream at ${formatSI(v, 'm/s')} carries crystals the ~1 mm from the pump spot to the X-ray spot in ${formatSeconds(max)}`,
      };
    }
    case 'tape':
      return {
        min: 0.01,
        max: 60,
        why: 'a tape moves drops between stations: delays from 10 ms to 1 min',
      };
  }
}

function checkDelay(
  delay: number,
  range: DelayRange,
  push: (severity: PlanIssue['severity'], message: string) => void,
): void {
  if (delay < range.min) {
    push(
      'error',
      `Delay ${formatSeconds(delay)} is shorter than this device allows: ${range.why}.`,
    );
  } else if (range.max !== undefined && delay > range.max) {
    push('error', `Delay ${formatSeconds(delay)} is longer than this device allows: ${range.why}.`);
  }
}

function checkDevice(device: PlanDevice, push: (i: PlanIssue) => void): void {
  const at =
    (field: Extract<PlanField, { kind: 'device' }>['field']) =>
    (severity: PlanIssue['severity'], message: string) =>
      push({ at: { kind: 'device', field }, severity, message });
  const range = (
    field: Extract<PlanField, { kind: 'device' }>['field'],
    value: number | undefined,
    min: number,
    max: number,
    what: string,
  ) => {
    if (value === undefined)
      at(field)('warning', `${what} is not set: the slurry volume cannot be estimated.`);
    else if (!(value >= min && value <= max)) {
      at(field)('error', `${what} ${value} is outside ${min}–${max}: check the unit.`);
    }
  };
  switch (device.kind) {
    case 'chip': {
      const match = chipLayoutFor(device.model);
      if (match.kind === 'unknown') {
        at('model')(
          'warning',
          'Unknown chip geometry: name a known model (Oxford chip) or write “8x8 blocks of 20x20”.',
        );
      }
      const layout = match.kind === 'unknown' ? undefined : match.layout;
      const pattern = parseChipPattern(device.pattern, layout);
      if (pattern.kind === 'not-recorded')
        at('pattern')(
          'error',
          'Say which part of the chip to shoot: “full”, “blocks 1-8”, “A1-A4”…',
        );
      if (pattern.kind === 'unknown')
        at('pattern')('error', `Cannot read the pattern: ${pattern.reason}.`);
      range('slurryPerChipUl', device.slurryPerChipUl, 1, 1000, 'Slurry per chip (µL)');
      return;
    }
    case 'liquid-jet':
    case 'viscous-injector':
      range('sizeUm', device.sizeUm, 0.5, 500, 'Stream diameter (µm)');
      range('speedMs', device.speedMs, 1e-5, 200, 'Stream speed (m/s)');
      return;
    case 'tape':
      range('dropVolumeNl', device.dropVolumeNl, 0.01, 1000, 'Drop volume (nL)');
      return;
  }
}

// ---------------------------------------------------------------------------------------------

/** Every problem of a plan, in the order of the editor's sections. */
export function checkPlan(plan: Plan): PlanIssue[] {
  const issues: PlanIssue[] = [];
  const push = (i: PlanIssue) => issues.push(i);

  checkDevice(plan.device, push);

  if (plan.events.length === 0) {
    push({
      at: { kind: 'events' },
      severity: 'warning',
      message: 'No events yet: add some or start from a template.',
    });
  } else if (!plan.events.some((e) => e.type === 'XrayExposure')) {
    push({
      at: { kind: 'events' },
      severity: 'error',
      message: 'No X-ray exposure: nothing would be measured.',
    });
  }
  for (const e of plan.events) checkEvent(e, push);
  checkOverlaps(plan.events, push);

  // X-ray before the laser: only meaningful for the pattern as drawn when there are no delays
  const laser = plan.events.find((e) => e.type === 'LaserExcitation');
  const laserAt = laser ? toSeconds(laser.offset) : undefined;
  if (plan.delays.length === 0 && laserAt !== undefined) {
    for (const e of plan.events.filter(isProbe)) {
      const at = toSeconds(e.offset);
      if (at !== undefined && at < laserAt) {
        push({
          at: { kind: 'event', key: e.key, field: 'offset' },
          severity: 'error',
          message: `${eventTypeLabel(e.type)} at ${formatSeconds(at)} comes before the laser (${formatSeconds(laserAt)}): in a pump–probe the laser fires first.`,
        });
      }
    }
  }

  // readout against repetition rate
  const readout = plan.detectorReadout;
  checkTime(readout, 'duration', true, (severity, message) =>
    push({
      at: { kind: 'readout' },
      severity,
      message: message.replace('Duration', 'Readout time'),
    }),
  );
  const readoutS = toSeconds(readout);
  const frame = framePeriod(plan.events);
  if (readoutS !== undefined && frame !== undefined && readoutS > frame) {
    push({
      at: { kind: 'readout' },
      severity: 'error',
      message: `The detector needs ${formatSeconds(readoutS)} between frames but an image comes every ${formatSeconds(frame)} (${formatSI(1 / frame, 'Hz')}): images would be lost. Lower the rate to ${formatSI(1 / readoutS, 'Hz')} or less.`,
    });
  }

  // delays
  const range = deviceDelayRange(plan.device);
  const origin = delayOrigin(plan.events);
  if (plan.delays.some((d) => d.kind === 'delay') && !origin) {
    push({
      at: { kind: 'delays' },
      severity: 'error',
      message: 'Delays are measured from a laser excitation or a reaction trigger: add one.',
    });
  }
  if (
    plan.delays.length > 0 &&
    !plan.events.some((e) => e.type === 'LaserExcitation') &&
    plan.delays.some((d) => d.kind === 'dark')
  ) {
    push({
      at: { kind: 'delays' },
      severity: 'warning',
      message:
        'A dark run removes the laser, but this pattern has none: it is the same as the others.',
    });
  }
  const seen = new Map<number, string>();
  for (const d of plan.delays) {
    if (d.kind !== 'delay') continue;
    const at = (severity: PlanIssue['severity'], message: string) =>
      push({ at: { kind: 'delay', key: d.key }, severity, message });
    if (d.delay.value === undefined) {
      at('error', 'Delay is missing.');
      continue;
    }
    if (d.delay.unit === undefined) {
      at('error', `Delay ${d.delay.value} has no unit: pick ns, µs, ms or s.`);
      continue;
    }
    const s = toSeconds(d.delay) ?? 0;
    if (s <= 0) {
      // zero or negative: the X-ray would come with or before the pump
      at('error', 'The X-ray would come before or with the pump: a delay must be positive.');
      continue;
    }
    if (s > MAX_EVENT_SECONDS) {
      at('error', `Delay ${formatSeconds(s)} is longer than 1 h: check the unit.`);
      continue;
    }
    const pumpLength = origin ? toSeconds(origin.duration) : undefined;
    if (origin?.type === 'LaserExcitation' && pumpLength !== undefined && s < pumpLength) {
      at(
        'error',
        `The laser (${formatSeconds(pumpLength)}) is still on when the X-ray arrives: the pump and probe overlap.`,
      );
    }
    checkDelay(s, range, at);
    const key = Number(s.toPrecision(9));
    const twin = seen.get(key);
    if (twin !== undefined) at('warning', `Same delay as another run (${twin}).`);
    else seen.set(key, formatSeconds(s));
  }
  if (plan.delays.length === 0) {
    // a single run: its own delays (HARE returns, reaction time) must suit the device too
    const [run] = planRuns(plan, formatSeconds);
    const delays = run
      ? [...pumpProbeDelays(run.chain).map((p) => p.delay), reactionTime(run.chain)?.delay]
      : [];
    for (const s of delays) {
      if (s === undefined) continue;
      checkDelay(s, range, (severity, message) =>
        push({ at: { kind: 'delays' }, severity, message }),
      );
    }
  }

  // targets
  const t = plan.targets;
  const target = (field: 'indexedPerDelay' | 'hitRate' | 'indexingRate', message: string) =>
    push({ at: { kind: 'targets', field }, severity: 'error', message });
  if (
    t.indexedPerDelay === undefined ||
    !Number.isInteger(t.indexedPerDelay) ||
    t.indexedPerDelay < 1
  ) {
    target('indexedPerDelay', 'Give a whole number of indexed patterns, at least 1.');
  }
  for (const field of ['hitRate', 'indexingRate'] as const) {
    const v = t[field];
    if (v === undefined || !(v > 0 && v <= 1)) {
      target(field, 'A rate must be above 0 % and at most 100 %.');
    }
  }
  return issues;
}
