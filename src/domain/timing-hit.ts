import {
  eventDuration,
  eventLabel,
  eventPeriod,
  eventTypeLabel,
  occurrences,
  type EventChain,
  type EventType,
  type TimingEvent,
} from './timing';
import { formatSeconds } from './timing-format';
import { formatCount, formatSI } from './units';

/** One occurrence of an event found under the pointer. */
export interface TimingHit {
  event: TimingEvent;
  /** 0-based occurrence within the event's repetitions. */
  occurrence: number;
  /** s */
  start: number;
  /** s */
  end: number;
}

/**
 * The occurrence of an event of `type` at time `t` (s), or within `tolerance` (s) of it (the
 * width of a pixel or two, so an 8 ns pulse can be pointed at); the nearest when several are
 * close. Found arithmetically on each train: 10⁶ repetitions cost as much as one.
 */
export function eventAt(
  chain: EventChain,
  type: EventType,
  t: number,
  tolerance = 0,
): TimingHit | undefined {
  let best: (TimingHit & { distance: number }) | undefined;
  for (const event of chain.events) {
    if (event.type !== type || !Number.isFinite(event.offset)) continue;
    const n = occurrences(event);
    const period = eventPeriod(event);
    const duration = eventDuration(event);
    // the occurrence starting at or before t, and the next one
    const k0 =
      n > 1 && period > 0
        ? Math.min(n - 1, Math.max(0, Math.floor((t - event.offset) / period)))
        : 0;
    for (const k of k0 + 1 < n ? [k0, k0 + 1] : [k0]) {
      const start = event.offset + k * period;
      const end = start + duration;
      const distance = t < start ? start - t : t > end ? t - end : 0;
      if (distance <= tolerance && (!best || distance < best.distance)) {
        best = { event, occurrence: k, start, end, distance };
      }
    }
  }
  if (!best) return undefined;
  const { distance: _distance, ...hit } = best;
  return hit;
}

/**
 * The lines of a readout for a hit, SI-prefixed: what it is, when this occurrence starts,
 * the event's offset and duration, and its train (period × repetition, with its rate).
 */
export function describeHit(hit: TimingHit): string[] {
  const { event } = hit;
  const n = occurrences(event);
  const period = eventPeriod(event);
  const type = eventTypeLabel(event.type);
  const name = eventLabel(event);
  const lines = [name === type ? type : `${type}: ${name}`];
  if (n > 1) {
    lines.push(
      `Occurrence ${formatCount(hit.occurrence + 1)} of ${formatCount(n)} at ${formatSeconds(hit.start)}`,
    );
  }
  lines.push(`Offset ${formatSeconds(event.offset)}`);
  const duration = eventDuration(event);
  lines.push(duration > 0 ? `Duration ${formatSeconds(duration)}` : 'Instantaneous (no duration)');
  if (n > 1 && period > 0) {
    lines.push(
      `Period ${formatSeconds(period)} × ${formatCount(n)} (${formatSI(1 / period, 'Hz', 5)})`,
    );
  }
  return lines;
}
