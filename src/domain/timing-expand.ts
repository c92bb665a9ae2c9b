import {
  eventDuration,
  eventPeriod,
  laneTypes,
  occurrences,
  type EventChain,
  type EventType,
  type TimeWindow,
} from './timing';

/** One occurrence of an event, drawn as a bar. */
export interface TimingBar {
  /** s */
  start: number;
  /** s; equal to `start` for an instantaneous event */
  end: number;
  /** Index of the event in `chain.events`. */
  eventIndex: number;
  /** 0-based occurrence number within its event's repetitions. */
  occurrence: number;
}

interface LaneBase {
  type: EventType;
  /** Occurrences overlapping the window (may be far more than were materialised). */
  count: number;
}

/** Few enough occurrences to draw one by one. */
export interface BarsLane extends LaneBase {
  kind: 'bars';
  /** Sorted by start. */
  bars: TimingBar[];
}

/**
 * Too many occurrences to draw one by one: the window is cut into equal buckets (≈ pixels).
 * `duty[i]` is the fraction of bucket i's time covered by events (summed over the lane's events,
 * so it may exceed 1 where they overlap); `hits[i]` counts occurrences touching bucket i, so
 * instantaneous events (duty 0) still show.
 */
export interface CoverageLane extends LaneBase {
  kind: 'coverage';
  duty: Float32Array;
  hits: Uint32Array;
}

export type LaneExpansion = BarsLane | CoverageLane;

export interface ChainExpansion {
  window: TimeWindow;
  /** Bucket count of coverage lanes. */
  buckets: number;
  /** One per event type, in `laneTypes` order; lanes with nothing in the window are kept. */
  lanes: LaneExpansion[];
}

/** An event reduced to the arithmetic of its train. */
interface Train {
  eventIndex: number;
  offset: number;
  duration: number;
  /** 0 when `count` is 1 */
  period: number;
  count: number;
}

function toTrain(chain: EventChain, eventIndex: number): Train | undefined {
  const e = chain.events[eventIndex];
  if (!e || !Number.isFinite(e.offset)) return undefined;
  const count = occurrences(e);
  return {
    eventIndex,
    offset: e.offset,
    duration: eventDuration(e),
    period: count > 1 ? eventPeriod(e) : 0,
    count,
  };
}

/**
 * First and last occurrence index overlapping [start, end], by arithmetic on the period:
 * occurrence k spans [o + kp, o + kp + d], so k ≥ (start − o − d)/p and k ≤ (end − o)/p.
 * `last < first` when none overlaps.
 */
export function occurrenceRange(
  train: Pick<Train, 'offset' | 'duration' | 'period' | 'count'>,
  start: number,
  end: number,
): [number, number] {
  const { offset: o, duration: d, period: p, count: n } = train;
  if (n <= 1 || p <= 0) return o + d >= start && o <= end ? [0, 0] : [0, -1];
  const first = Math.max(0, Math.ceil((start - o - d) / p));
  const last = Math.min(n - 1, Math.floor((end - o) / p));
  return [first, last];
}

/**
 * Time covered by the train's occurrences from `origin` (the start of occurrence `base`) to
 * `origin + u`. Relative to a nearby occurrence so that a bucket of 1 µs, 3 h into a train,
 * does not lose its digits subtracting two large cumulative sums.
 */
function coveredFrom(train: Train, base: number, u: number): number {
  if (u <= 0) return 0;
  const remaining = train.count - base;
  const { duration: d, period: p } = train;
  if (remaining <= 1 || p <= 0) return Math.min(u, d);
  // Overlapping occurrences (invalid, reported by validateChain) form one continuous span.
  if (d >= p) return Math.min(u, (remaining - 1) * p + d);
  const m = Math.floor(u / p);
  if (m >= remaining) return remaining * d;
  return m * d + Math.min(u - m * p, d);
}

function coveredBetween(train: Train, a: number, b: number): number {
  const base =
    train.count > 1 && train.period > 0
      ? Math.min(train.count - 1, Math.max(0, Math.floor((a - train.offset) / train.period)))
      : 0;
  const origin = train.offset + base * train.period;
  return coveredFrom(train, base, b - origin) - coveredFrom(train, base, a - origin);
}

function materialise(trains: readonly Train[], window: TimeWindow): TimingBar[] {
  const bars: TimingBar[] = [];
  for (const t of trains) {
    const [first, last] = occurrenceRange(t, window.start, window.end);
    for (let k = first; k <= last; k += 1) {
      const start = t.offset + k * t.period;
      bars.push({ start, end: start + t.duration, eventIndex: t.eventIndex, occurrence: k });
    }
  }
  return bars.sort((a, b) => a.start - b.start || a.end - b.end);
}

function aggregate(trains: readonly Train[], window: TimeWindow, buckets: number) {
  const duty = new Float32Array(buckets);
  const hits = new Uint32Array(buckets);
  const width = (window.end - window.start) / buckets;
  for (const t of trains) {
    const [first, last] = occurrenceRange(t, window.start, window.end);
    if (last < first) continue;
    // Only the buckets this train reaches: a single pulse costs one or two buckets, not all.
    const from = t.offset + first * t.period;
    const to = t.offset + last * t.period + t.duration;
    const j0 = Math.max(0, Math.min(buckets - 1, Math.floor((from - window.start) / width)));
    const j1 = Math.max(0, Math.min(buckets - 1, Math.floor((to - window.start) / width)));
    for (let j = j0; j <= j1; j += 1) {
      const a = window.start + j * width;
      const b = a + width;
      const [f, l] = occurrenceRange(t, a, b);
      if (l < f) continue;
      hits[j] = (hits[j] ?? 0) + (l - f + 1);
      duty[j] = (duty[j] ?? 0) + coveredBetween(t, a, b) / width;
    }
  }
  return { duty, hits };
}

/**
 * The chain's occurrences that overlap `window`, one lane per event type, computed without
 * visiting the occurrences outside it. When a lane would need more than `maxBars` bars, it is
 * aggregated into `maxBars` buckets instead (pass the plot width in pixels): the cost of a frame
 * is then bounded by pixels × events, however many pulses the train has.
 */
export function expandInWindow(
  chain: EventChain,
  window: TimeWindow,
  maxBars: number,
): ChainExpansion {
  const buckets = Math.max(1, Math.floor(maxBars));
  const valid = window.end > window.start && Number.isFinite(window.end - window.start);
  const trains = chain.events
    .map((_, i) => toTrain(chain, i))
    .filter((t): t is Train => t !== undefined);
  const lanes = laneTypes(chain.events).map((type): LaneExpansion => {
    const own = trains.filter((t) => chain.events[t.eventIndex]?.type === type);
    let count = 0;
    if (valid) {
      for (const t of own) {
        const [first, last] = occurrenceRange(t, window.start, window.end);
        count += Math.max(0, last - first + 1);
      }
    }
    if (count > buckets) {
      return { kind: 'coverage', type, count, ...aggregate(own, window, buckets) };
    }
    return { kind: 'bars', type, count, bars: valid ? materialise(own, window) : [] };
  });
  return { window, buckets, lanes };
}
