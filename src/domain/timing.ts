/**
 * Timing patterns (ISPyB EventChain / Event). All times in seconds, as stored.
 * The event type is matched by name; unknown names are kept, never dropped.
 */
export type KnownEventType =
  'XrayDetection' | 'XrayExposure' | 'LaserExcitation' | 'ReactionTrigger';
export type EventType = KnownEventType | (string & {});

export const EVENT_TYPES: readonly KnownEventType[] = [
  'LaserExcitation',
  'ReactionTrigger',
  'XrayExposure',
  'XrayDetection',
];

export interface TimingEvent {
  id: number | undefined;
  type: EventType;
  name: string | undefined;
  /** s, from the start of the pattern */
  offset: number;
  /** s */
  duration: number | undefined;
  /** s */
  period: number | undefined;
  /** number of occurrences (ISPyB stores it as a float) */
  repetition: number | undefined;
  /**
   * True when the server sent only `eventTypeId` and the type was read from the standard id
   * table: ids are database-specific (py-ispyb creates missing types on the fly), so the UI
   * should present such a type as inferred.
   */
  typeInferred?: boolean | undefined;
}

export interface EventChain {
  id: number | undefined;
  dataCollectionId: number;
  name: string | undefined;
  /** Sorted by offset: py-ispyb does not guarantee the order. */
  events: TimingEvent[];
}

export function sortEvents(events: readonly TimingEvent[]): TimingEvent[] {
  return [...events].sort((a, b) => a.offset - b.offset);
}

/**
 * Pump–probe delay of a chain: the time from the first laser excitation to the first X-ray
 * exposure (or detection when no exposure event exists) that follows it. `undefined` for a
 * dark run (no laser) or when no X-ray event follows the laser.
 */
export function pumpProbeDelay(chain: EventChain): number | undefined {
  const laser = chain.events.find((e) => e.type === 'LaserExcitation');
  if (!laser) return undefined;
  const xray =
    chain.events.find((e) => e.type === 'XrayExposure' && e.offset >= laser.offset) ??
    chain.events.find((e) => e.type === 'XrayDetection' && e.offset >= laser.offset);
  return xray ? xray.offset - laser.offset : undefined;
}

/** A run is dark when none of its chains excites the sample. */
export function isDark(chains: readonly EventChain[]): boolean {
  return (
    chains.length > 0 && chains.every((c) => !c.events.some((e) => e.type === 'LaserExcitation'))
  );
}

/** A span of pattern time, in seconds. */
export interface TimeWindow {
  readonly start: number;
  readonly end: number;
}

const TYPE_LABELS: Readonly<Record<KnownEventType, string>> = {
  LaserExcitation: 'Laser excitation',
  ReactionTrigger: 'Reaction trigger',
  XrayExposure: 'X-ray exposure',
  XrayDetection: 'X-ray detection',
};

/** Human label of an event type; unknown types are shown as the server named them. */
export function eventTypeLabel(type: EventType): string {
  return (TYPE_LABELS as Readonly<Record<string, string>>)[type] ?? type;
}

/** A name for messages and summaries: the event's own name, else its type. */
export function eventLabel(event: TimingEvent): string {
  return event.name?.trim() || eventTypeLabel(event.type);
}

/**
 * Lane order: the known types in the order a pattern unfolds (pump, trigger, probe, readout),
 * then unknown types in the order they first appear, so nothing the server sent is hidden.
 */
export function laneTypes(events: readonly TimingEvent[]): EventType[] {
  const present = new Set(events.map((e) => e.type));
  const known = EVENT_TYPES.filter((t) => present.has(t));
  const unknown: EventType[] = [];
  for (const e of events) {
    if (!(EVENT_TYPES as readonly string[]).includes(e.type) && !unknown.includes(e.type)) {
      unknown.push(e.type);
    }
  }
  return [...known, ...unknown];
}

const isPositive = (v: number | undefined): v is number =>
  v !== undefined && Number.isFinite(v) && v > 0;

/**
 * How many times an event happens: `repetition ?? 1`, rounded because ISPyB stores it as a
 * float. A repetition below 1 or without a usable period is drawn once (`validateChain` says
 * why) rather than dropped, so a malformed event stays visible.
 */
export function occurrences(event: TimingEvent): number {
  const r = event.repetition;
  if (r === undefined || !Number.isFinite(r) || r < 1) return 1;
  const n = Math.round(r);
  return n > 1 && !isPositive(event.period) ? 1 : n;
}

/** Duration used for drawing: missing or invalid means an instantaneous event. */
export function eventDuration(event: TimingEvent): number {
  const d = event.duration;
  return d !== undefined && Number.isFinite(d) && d > 0 ? d : 0;
}

/** Period used for drawing: 0 when the event happens once. */
export function eventPeriod(event: TimingEvent): number {
  return occurrences(event) > 1 ? (event.period ?? 0) : 0;
}

/** End of the last occurrence of an event, in s. */
export function eventEnd(event: TimingEvent): number {
  return event.offset + (occurrences(event) - 1) * eventPeriod(event) + eventDuration(event);
}

/** `[start, end]` in s of the whole pattern, every repetition included; `[0, 0]` when empty. */
export function chainExtent(chain: Pick<EventChain, 'events'>): [number, number] {
  let start = Infinity;
  let end = -Infinity;
  for (const e of chain.events) {
    if (!Number.isFinite(e.offset)) continue;
    start = Math.min(start, e.offset);
    end = Math.max(end, eventEnd(e));
  }
  return Number.isFinite(start) && Number.isFinite(end) ? [start, end] : [0, 0];
}

/** Extent of several chains drawn on one axis. */
export function chainsExtent(chains: readonly Pick<EventChain, 'events'>[]): [number, number] {
  const extents = chains.filter((c) => c.events.length > 0).map(chainExtent);
  if (extents.length === 0) return [0, 0];
  return [Math.min(...extents.map((e) => e[0])), Math.max(...extents.map((e) => e[1]))];
}

/** Offsets are commonly written rounded to the nanosecond (the demo and ID29 do). */
const WRITTEN_RESOLUTION = 1e-9;

/**
 * Equality of two spans (spacings, periods, delays): relative, so it holds from ns to s, and
 * tolerant of spans computed from offsets rounded to the nanosecond (each difference is then
 * off by up to 1 ns), which is negligible next to any span of a microsecond or more.
 */
function sameTime(a: number, b: number): boolean {
  const scale = Math.max(Math.abs(a), Math.abs(b));
  const rounding = Math.min(2 * WRITTEN_RESOLUTION, scale * 1e-3);
  return Math.abs(a - b) <= Math.max(1e-9 * scale, rounding) + 1e-15;
}

/** "Laser pump 1" … "Laser pump 10" → "Laser pump"; different names → undefined. */
function commonName(names: readonly (string | undefined)[]): string | undefined {
  const stems = names.map((n) => n?.replace(/[\s#_-]*\d+$/, '').trim());
  const first = stems[0];
  return first && stems.every((s) => s === first) ? first : undefined;
}

/** Shortest run of separate, equally spaced events worth reading as one periodic event. */
const MIN_MERGED_RUN = 3;

/**
 * The same pattern in its compact encoding: runs of at least three separate single-shot events
 * of one type and duration, equally spaced, become one event with `period` and `repetition`.
 * Real data uses both encodings; merging makes summaries, delays and drawing independent of
 * which one a beamline wrote. Two events are left alone: any two are "equally spaced", and
 * HARE exposures at two delays are two delays, not a train.
 */
export function normalizeChain(chain: EventChain): EventChain {
  const singles = new Map<string, TimingEvent[]>();
  const kept: TimingEvent[] = [];
  for (const e of chain.events) {
    if (occurrences(e) === 1 && Number.isFinite(e.offset)) {
      const key = `${e.type}\u0000${eventDuration(e)}`;
      const list = singles.get(key) ?? [];
      list.push(e);
      singles.set(key, list);
    } else {
      kept.push(e);
    }
  }
  for (const group of singles.values()) {
    const sorted = sortEvents(group);
    let i = 0;
    while (i < sorted.length) {
      let j = i + 1;
      const first = sorted[i] as TimingEvent;
      const second = sorted[j];
      const spacing = second ? second.offset - first.offset : 0;
      if (spacing > 0 && spacing >= eventDuration(first)) {
        while (
          j + 1 < sorted.length &&
          sameTime(
            (sorted[j + 1] as TimingEvent).offset - (sorted[j] as TimingEvent).offset,
            spacing,
          )
        ) {
          j += 1;
        }
      }
      const run = sorted.slice(i, j + 1);
      if (run.length >= MIN_MERGED_RUN) {
        kept.push({
          id: undefined,
          type: first.type,
          name: commonName(run.map((e) => e.name)),
          offset: first.offset,
          duration: first.duration,
          period: spacing,
          repetition: run.length,
          typeInferred: run.some((e) => e.typeInferred),
        });
        i = j + 1;
      } else {
        kept.push(first);
        i += 1;
      }
    }
  }
  return { ...chain, events: sortEvents(kept) };
}

/** A Δt drawn as a bracket: from one occurrence of `from` to one occurrence of `to`. */
export interface DelayPair {
  kind: 'pump-probe' | 'reaction';
  from: TimingEvent;
  to: TimingEvent;
  /** s, start of the `from` occurrence */
  fromTime: number;
  /** s, start of the `to` occurrence */
  toTime: number;
  /** s */
  delay: number;
}

/** X-ray events that probe: exposures, or detections when a chain records no exposure. */
function probeEvents(events: readonly TimingEvent[]): TimingEvent[] {
  const exposures = events.filter((e) => e.type === 'XrayExposure');
  return exposures.length > 0 ? exposures : events.filter((e) => e.type === 'XrayDetection');
}

/** A single pump followed by a short train of probes is HARE: each probe is its own delay. */
const MAX_HARE_PROBES = 20;

/**
 * Every laser → X-ray Δt of a chain (both encodings give the same answer):
 * - pump–probe (laser and X-ray trains with the same period and count): one pair, the
 *   offset difference, even when Δt exceeds the period (the chip moves between pump and probe);
 * - HARE (one laser, then several exposures at increasing delays): one pair per exposure;
 * - otherwise the laser occurrence that last precedes each X-ray event.
 * One pair per distinct delay, sorted by delay; empty for a dark chain.
 */
export function pumpProbeDelays(chain: EventChain): DelayPair[] {
  const { events } = normalizeChain(chain);
  const lasers = events.filter((e) => e.type === 'LaserExcitation');
  const pairs: DelayPair[] = [];
  for (const probe of probeEvents(events)) {
    const laser = [...lasers].reverse().find((l) => l.offset <= probe.offset);
    if (!laser) continue;
    const pump = (fromTime: number, toTime: number): DelayPair => ({
      kind: 'pump-probe',
      from: laser,
      to: probe,
      fromTime,
      toTime,
      delay: toTime - fromTime,
    });
    const nLaser = occurrences(laser);
    const nProbe = occurrences(probe);
    if (nLaser > 1 && nLaser === nProbe && sameTime(eventPeriod(laser), eventPeriod(probe))) {
      pairs.push(pump(laser.offset, probe.offset));
    } else if (nLaser === 1 && nProbe > 1 && nProbe <= MAX_HARE_PROBES) {
      for (let k = 0; k < nProbe; k += 1) {
        pairs.push(pump(laser.offset, probe.offset + k * eventPeriod(probe)));
      }
    } else {
      const p = eventPeriod(laser);
      const k = p > 0 ? Math.min(nLaser - 1, Math.floor((probe.offset - laser.offset) / p)) : 0;
      pairs.push(pump(laser.offset + k * p, probe.offset));
    }
  }
  return distinctDelays(pairs);
}

/**
 * One pair per distinct Δt (the earliest), sorted by delay: a pattern written as many separate
 * pulses that could not be merged (uneven spacing) still has one delay, not one per pulse, so
 * both encodings give the same brackets and summaries.
 */
function distinctDelays(pairs: DelayPair[]): DelayPair[] {
  const sorted = [...pairs].sort((a, b) => a.delay - b.delay || a.fromTime - b.fromTime);
  const out: DelayPair[] = [];
  for (const pair of sorted) {
    const same = out.find((p) => p.kind === pair.kind && sameTime(p.delay, pair.delay));
    if (!same) out.push(pair);
    else if (pair.fromTime < same.fromTime) out[out.indexOf(same)] = pair;
  }
  return out;
}

/**
 * Reaction time of a mix-and-inject chain: from the (first) reaction trigger to the first X-ray
 * exposure that follows it; `undefined` without a trigger or a later exposure.
 */
export function reactionTime(chain: EventChain): DelayPair | undefined {
  const trigger = chain.events.find((e) => e.type === 'ReactionTrigger');
  if (!trigger) return undefined;
  const probe = sortEvents(probeEvents(chain.events)).find((e) => e.offset >= trigger.offset);
  if (!probe) return undefined;
  return {
    kind: 'reaction',
    from: trigger,
    to: probe,
    fromTime: trigger.offset,
    toTime: probe.offset,
    delay: probe.offset - trigger.offset,
  };
}
