/**
 * A run plan: what a beamline scientist decides before the beam time (sample, delivery device,
 * timing pattern, delays, targets). Kept in the browser; exported as a JSON file and as the
 * bodies of py-ispyb's SSX webservice routes. Plain data, so it serialises as is.
 */
import type { KnownEventType, EventChain, TimingEvent } from './timing';

/** Version of the plan file format (`docs/plan-schema.md`); bump on any incompatible change. */
export const PLAN_SCHEMA_VERSION = 1;

export const TIME_UNITS = ['ns', 'µs', 'ms', 's'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

const UNIT_SECONDS: Readonly<Record<TimeUnit, number>> = { ns: 1e-9, µs: 1e-6, ms: 1e-3, s: 1 };

/**
 * A time as the user typed it: the number and its unit kept apart, so the editor shows back
 * what was entered (10 ns stays 10 ns) and a number without a unit can be said to be one.
 */
export interface TimeValue {
  value: number | undefined;
  unit: TimeUnit | undefined;
}

export function timeValue(value: number | undefined, unit: TimeUnit | undefined): TimeValue {
  return { value, unit };
}

/** Seconds, or `undefined` when the number or its unit is missing. */
export function toSeconds(t: TimeValue | undefined): number | undefined {
  if (!t || t.value === undefined || t.unit === undefined) return undefined;
  return t.value * UNIT_SECONDS[t.unit];
}

/** The unit that writes `seconds` with one to three integer digits: 2e-5 s → 20 µs. */
export function fromSeconds(seconds: number): TimeValue {
  const abs = Math.abs(seconds);
  const unit: TimeUnit =
    abs >= 1 || abs === 0 ? 's' : abs >= 1e-3 ? 'ms' : abs >= 1e-6 ? 'µs' : 'ns';
  // toPrecision hides the binary noise of the division (1e-5 / 1e-6 = 10.000000000000002)
  return { value: Number((seconds / UNIT_SECONDS[unit]).toPrecision(12)), unit };
}

export interface PlanEvent {
  /** Stable identity for the editor and for checks that point at a field. */
  key: string;
  type: KnownEventType;
  name: string;
  offset: TimeValue;
  duration: TimeValue;
  period: TimeValue;
  /** Occurrences; empty means once. */
  repetition: number | undefined;
}

/** One run of the series: a pump–probe (or reaction) delay, or a dark reference without laser. */
export type PlanDelay =
  { key: string; kind: 'delay'; delay: TimeValue } | { key: string; kind: 'dark' };

export type PlanDevice =
  | {
      kind: 'chip';
      model: string;
      /** `chipPattern` as py-ispyb stores it: "full", "blocks 1-8", "A1-A4"… */
      pattern: string;
      /** µL of slurry loaded on one chip */
      slurryPerChipUl: number | undefined;
    }
  | {
      kind: 'liquid-jet' | 'viscous-injector';
      /** µm */
      sizeUm: number | undefined;
      /** m/s */
      speedMs: number | undefined;
      material: string;
    }
  | {
      kind: 'tape';
      material: string;
      /** nL of slurry in one drop (one image) */
      dropVolumeNl: number | undefined;
    };

export type PlanDeviceKind = PlanDevice['kind'];

export const PLAN_DEVICE_KINDS: readonly PlanDeviceKind[] = [
  'chip',
  'liquid-jet',
  'viscous-injector',
  'tape',
];

/** Where the expected rates come from, said next to them. */
export type RateSource =
  | { kind: 'typical' }
  | { kind: 'user' }
  | { kind: 'sample-history'; sampleId: number; runs: number; images: number };

export interface PlanTargets {
  /** Indexed patterns wanted at each delay (and for the dark reference). */
  indexedPerDelay: number | undefined;
  /** hits / images, 0–1 */
  hitRate: number | undefined;
  /** indexed / hits, 0–1 */
  indexingRate: number | undefined;
  rateSource: RateSource;
}

export interface Plan {
  id: string;
  name: string;
  /** Login of whoever created it: plans are listed per user and per proposal. */
  owner: string;
  /** ISO date-time of creation and last change (UTC). */
  createdAt: string;
  updatedAt: string;
  proposalName: string | undefined;
  sessionId: number | undefined;
  sampleId: number | undefined;
  sampleName: string | undefined;
  /** Planned start, facility wall-clock time `YYYY-MM-DDTHH:mm` (as py-ispyb dates). */
  startTime: string | undefined;
  device: PlanDevice;
  /** The timing of one run; probe (X-ray) events are moved to each delay. */
  events: PlanEvent[];
  /** The runs of the series, in order; empty: a single run timed as drawn. */
  delays: PlanDelay[];
  /** Shortest time between two detector frames (readout / dead time). */
  detectorReadout: TimeValue;
  targets: PlanTargets;
  notes: string;
}

export function defaultDevice(kind: PlanDeviceKind): PlanDevice {
  switch (kind) {
    case 'chip':
      return { kind, model: 'Oxford chip', pattern: 'full', slurryPerChipUl: 100 };
    case 'liquid-jet':
      return { kind, sizeUm: 4, speedMs: 30, material: '' };
    case 'viscous-injector':
      return { kind, sizeUm: 50, speedMs: 0.001, material: 'LCP' };
    case 'tape':
      return { kind, material: 'Kapton', dropVolumeNl: 4 };
  }
}

export const DEVICE_KIND_LABELS: Readonly<Record<PlanDeviceKind, string>> = {
  chip: 'Fixed-target chip',
  'liquid-jet': 'Liquid jet',
  'viscous-injector': 'Viscous injector',
  tape: 'Tape drive',
};

/** Typical SSX rates (primer: hit 1–60 %, indexing 30–90 %) for a sample never measured. */
export const TYPICAL_HIT_RATE = 0.1;
export const TYPICAL_INDEXING_RATE = 0.5;

export function emptyPlan(
  id: string,
  owner: string,
  now: Date,
  proposalName: string | undefined,
): Plan {
  const at = now.toISOString();
  return {
    id,
    name: 'Untitled plan',
    owner,
    createdAt: at,
    updatedAt: at,
    proposalName,
    sessionId: undefined,
    sampleId: undefined,
    sampleName: undefined,
    startTime: undefined,
    device: defaultDevice('chip'),
    events: [],
    delays: [],
    detectorReadout: timeValue(1, 'ms'),
    targets: {
      indexedPerDelay: 10_000,
      hitRate: TYPICAL_HIT_RATE,
      indexingRate: TYPICAL_INDEXING_RATE,
      rateSource: { kind: 'typical' },
    },
    notes: '',
  };
}

// ---------------------------------------------------------------------------------------------
// Expansion into runs (event chains)

const PROBE_TYPES: readonly KnownEventType[] = ['XrayExposure', 'XrayDetection'];
export const isProbe = (e: Pick<PlanEvent, 'type'>) => PROBE_TYPES.includes(e.type);

/** The event a delay is measured from: the first laser, else the first reaction trigger. */
export function delayOrigin(events: readonly PlanEvent[]): PlanEvent | undefined {
  const by = (type: KnownEventType) =>
    events
      .filter((e) => e.type === type && toSeconds(e.offset) !== undefined)
      .sort((a, b) => (toSeconds(a.offset) ?? 0) - (toSeconds(b.offset) ?? 0))[0];
  return by('LaserExcitation') ?? by('ReactionTrigger');
}

export interface PlannedRun {
  /** `PlanDelay.key`, or `single` for a plan without delays. */
  key: string;
  label: string;
  /** s; `undefined` for a dark run or when not computable. */
  delay: number | undefined;
  dark: boolean;
  chain: EventChain;
  /** Index in `chain.events` → `PlanEvent.key`, so chain problems point at the editor field. */
  eventKeys: string[];
}

function toTimingEvent(e: PlanEvent, offset: number | undefined): TimingEvent {
  return {
    id: undefined,
    type: e.type,
    name: e.name.trim() || undefined,
    offset: offset ?? Number.NaN,
    duration: toSeconds(e.duration),
    period: toSeconds(e.period),
    repetition: e.repetition,
  };
}

/** "1 ms", "dark" — the label of one run in lists, file names and chain names. */
export function delayLabel(delay: PlanDelay, format: (seconds: number) => string): string {
  if (delay.kind === 'dark') return 'dark';
  const s = toSeconds(delay.delay);
  return s === undefined ? 'delay not set' : format(s);
}

/**
 * The runs a plan describes. For each delay the probe events keep their spacing but move so
 * the first starts `delay` after the origin (first laser, or reaction trigger); a dark run is
 * the same pattern without the laser. Offsets that cannot be read stay NaN, which the checks
 * name and the diagram skips.
 */
export function planRuns(plan: Pick<Plan, 'events' | 'delays'>, format: (s: number) => string) {
  const origin = delayOrigin(plan.events);
  const originAt = origin ? toSeconds(origin.offset) : undefined;
  const probeStarts = plan.events
    .filter(isProbe)
    .map((e) => toSeconds(e.offset))
    .filter((v): v is number => v !== undefined);
  const firstProbe = probeStarts.length ? Math.min(...probeStarts) : undefined;

  const build = (key: string, label: string, delay: PlanDelay | undefined): PlannedRun => {
    const dark = delay?.kind === 'dark';
    // where the first probe goes: `delay` after the origin; kept as drawn without a delay
    const probeAt =
      delay?.kind === 'delay'
        ? (() => {
            const d = toSeconds(delay.delay);
            return d === undefined || originAt === undefined ? undefined : originAt + d;
          })()
        : firstProbe;
    const kept = plan.events.filter((e) => !(dark && e.type === 'LaserExcitation'));
    const events = kept.map((e) => {
      const offset = toSeconds(e.offset);
      if (!isProbe(e) || offset === undefined || firstProbe === undefined) {
        return toTimingEvent(e, offset);
      }
      // relative spacing first, so the first probe lands exactly on origin + delay
      return toTimingEvent(e, probeAt === undefined ? undefined : probeAt + (offset - firstProbe));
    });
    return {
      key,
      label,
      delay: dark ? undefined : delay?.kind === 'delay' ? toSeconds(delay.delay) : undefined,
      dark,
      chain: { id: undefined, dataCollectionId: 0, name: label, events },
      eventKeys: kept.map((e) => e.key),
    };
  };

  if (plan.delays.length === 0) return [build('single', 'as drawn', undefined)];
  return plan.delays.map((d) => build(d.key, delayLabel(d, format), d));
}

/** Repetition rate of the plan in Hz: one image per period of the X-ray exposure train. */
export function framePeriod(events: readonly PlanEvent[]): number | undefined {
  const probe =
    events.find((e) => e.type === 'XrayExposure' && (e.repetition ?? 1) > 1) ??
    events.find((e) => e.type === 'XrayDetection' && (e.repetition ?? 1) > 1);
  const p = probe ? toSeconds(probe.period) : undefined;
  return p !== undefined && p > 0 ? p : undefined;
}
