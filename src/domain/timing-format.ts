import {
  eventDuration,
  eventPeriod,
  eventTypeLabel,
  isDark,
  normalizeChain,
  occurrences,
  pumpProbeDelays,
  reactionTime,
  type EventChain,
  type TimeWindow,
  type TimingEvent,
} from './timing';
import { formatCount, formatSI, groupThousands } from './units';

/**
 * Seconds with an SI prefix (`10 ns`, `4.32 ms`); from 1000 s on, plain grouped seconds
 * (`10 400 s`), because "10.4 ks" reads as a typo to most users.
 */
export function formatSeconds(value: number, significantDigits = 3): string {
  if (!Number.isFinite(value)) return '– s';
  const abs = Math.abs(value);
  if (abs < 999.5) return formatSI(value, 's', significantDigits);
  const integerDigits = Math.floor(Math.log10(abs)) + 1;
  const decimals = Math.max(0, Math.min(12, significantDigits - integerDigits));
  let fixed = abs.toFixed(decimals);
  // Trailing zeros trimmed as formatSI does: 10 000 s, not 10 000.000 s.
  if (fixed.includes('.')) fixed = fixed.replace(/\.?0+$/, '');
  const text = groupThousands(fixed);
  return `${value < 0 ? '-' : ''}${text} s`;
}

/** Optional time for tables: `–` when not recorded. */
export function formatOptionalSeconds(value: number | undefined): string {
  return value === undefined ? '–' : formatSeconds(value);
}

/** Beyond this many digits, a window reads better as a span from a start. */
const MAX_WINDOW_DIGITS = 6;

/**
 * A view window in words, with just enough digits to tell its ends apart: "0 s to 4.32 ms",
 * or deep into a long pattern "2.6 µs from 5 190.1880258 s".
 */
export function describeWindow(w: TimeWindow): string {
  const span = w.end - w.start;
  const magnitude = Math.max(Math.abs(w.start), Math.abs(w.end));
  if (!(span > 0) || !Number.isFinite(span))
    return `${formatSeconds(w.start)} to ${formatSeconds(w.end)}`;
  const digits =
    magnitude > 0 ? Math.floor(Math.log10(magnitude)) - Math.floor(Math.log10(span)) + 3 : 3;
  if (digits <= MAX_WINDOW_DIGITS) {
    const d = Math.max(3, digits);
    return `${formatSeconds(w.start, d)} to ${formatSeconds(w.end, d)}`;
  }
  return `${formatSeconds(span)} from ${formatSeconds(w.start, Math.min(15, digits))}`;
}

/** Lane names in running text, lower case except "X-ray"; the laser is just "laser". */
export function eventTypePhrase(type: string): string {
  if (type === 'LaserExcitation') return 'laser';
  const label = eventTypeLabel(type);
  return label.startsWith('X-ray') ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

/** "X-ray exposure 10 ms at 1 ms, every 100 ms ×25 600". */
export function describeEvent(event: TimingEvent): string {
  const d = eventDuration(event);
  const n = occurrences(event);
  const what = `${eventTypePhrase(event.type)}${d > 0 ? ` ${formatSeconds(d)}` : ''}`;
  const repeat = n > 1 ? `, every ${formatSeconds(eventPeriod(event))} ×${formatCount(n)}` : '';
  return `${what} at ${formatSeconds(event.offset)}${repeat}`;
}

/** Events listed in a summary before "and N more": a screen reader reads the whole label. */
const MAX_SUMMARY_EVENTS = 8;

function listDelays(values: readonly number[]): string {
  const unique = [...new Set(values.map((v) => formatSeconds(v)))];
  return unique.join(', ');
}

/** The chain's delays in words: "pump–probe delay 1 ms", "reaction time 50 ms", "dark (no laser)". */
export function describeDelays(chain: EventChain): string {
  const parts: string[] = [];
  const pairs = pumpProbeDelays(chain);
  if (pairs.length > 0) {
    const delays = listDelays(pairs.map((p) => p.delay));
    parts.push(`pump–probe ${delays.includes(',') ? 'delays' : 'delay'} ${delays}`);
  }
  const reaction = reactionTime(chain);
  if (reaction) parts.push(`reaction time ${formatSeconds(reaction.delay)}`);
  if (parts.length === 0 && isDark([chain])) parts.push('dark (no laser)');
  return parts.join('; ');
}

/**
 * One sentence a screen reader can read instead of the drawing, in the compact encoding:
 * "laser 10 ns at 0 s; X-ray exposure 10 ms at 1 ms, every 100 ms ×25 600; pump–probe delay 1 ms".
 */
export function describeChain(chain: EventChain): string {
  const events = normalizeChain(chain).events;
  const shown = events.slice(0, MAX_SUMMARY_EVENTS).map(describeEvent);
  if (events.length > shown.length) shown.push(`and ${events.length - shown.length} more events`);
  if (events.length === 0) shown.push('no events');
  const delays = describeDelays(chain);
  return [...shown, ...(delays ? [delays] : [])].join('; ');
}

/** Summary of every chain of a run: "Timing pattern: …" or "Timing pattern “name”: …". */
export function describeChains(chains: readonly EventChain[]): string {
  if (chains.length === 0) return 'Timing pattern: no events recorded';
  return chains
    .map((c) => `Timing pattern${c.name ? ` “${c.name}”` : ''}: ${describeChain(c)}`)
    .join('. ');
}
