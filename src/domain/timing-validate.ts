import { eventLabel, type EventChain, type TimingEvent } from './timing';
import { formatSeconds } from './timing-format';

/** Longer than any pump–probe or mixing delay; larger values are unit mistakes (ms sent as s). */
export const MAX_EVENT_SECONDS = 3600;

export type ChainProblemField = 'offset' | 'duration' | 'period' | 'repetition' | 'events';

export interface ChainProblem {
  /** Index in `chain.events`; undefined for a problem of the chain as a whole. */
  eventIndex: number | undefined;
  field: ChainProblemField;
  /** `error`: the value cannot be drawn as sent; `warning`: drawn, but probably not meant. */
  severity: 'error' | 'warning';
  message: string;
}

/** Whole numbers allowing for ISPyB storing repetition as a float (25600.000000001). */
const isWholeNumber = (v: number) => Math.abs(v - Math.round(v)) <= 1e-6 * Math.max(1, v);

function checkTime(
  value: number | undefined,
  what: 'offset' | 'duration' | 'period',
  problem: (field: ChainProblemField, severity: ChainProblem['severity'], text: string) => void,
): boolean {
  if (value === undefined) return true;
  if (!Number.isFinite(value)) {
    problem(what, 'error', `${what} is not a finite number (${String(value)})`);
    return false;
  }
  if (value < 0) {
    problem(what, 'error', `${what} ${formatSeconds(value)} is negative`);
    return false;
  }
  if (value > MAX_EVENT_SECONDS) {
    problem(what, 'error', `${what} ${formatSeconds(value)} is longer than 1 h`);
    return false;
  }
  return true;
}

function validateEvent(event: TimingEvent, index: number): ChainProblem[] {
  const problems: ChainProblem[] = [];
  const name = `Event “${eventLabel(event)}”`;
  const problem = (field: ChainProblemField, severity: ChainProblem['severity'], text: string) =>
    problems.push({ eventIndex: index, field, severity, message: `${name}: ${text}` });

  checkTime(event.offset, 'offset', problem);
  const durationOk = checkTime(event.duration, 'duration', problem);
  const periodOk = checkTime(event.period, 'period', problem);

  const r = event.repetition;
  let repeats = false;
  if (r !== undefined) {
    if (!Number.isFinite(r)) {
      problem('repetition', 'error', `repetition is not a finite number (${String(r)})`);
    } else if (r < 1) {
      problem('repetition', 'error', `repetition ${r} is less than 1; drawn once`);
    } else {
      if (!isWholeNumber(r)) {
        problem(
          'repetition',
          'warning',
          `repetition ${r} is not a whole number; drawn ${Math.round(r)} times`,
        );
      }
      repeats = Math.round(r) > 1;
    }
  }
  if (repeats && periodOk) {
    const p = event.period;
    if (p === undefined || p === 0) {
      problem(
        'period',
        'error',
        `repeats ${Math.round(r ?? 1)} times but has no ${p === 0 ? 'non-zero ' : ''}period; drawn once`,
      );
    } else if (durationOk && event.duration !== undefined && p < event.duration) {
      problem(
        'period',
        'error',
        `period ${formatSeconds(p)} is shorter than its duration ${formatSeconds(event.duration)}`,
      );
    }
  }
  return problems;
}

/**
 * What is wrong with a chain as sent, one clear message per problem naming the event, e.g.
 * "Event “X-ray probe”: period 5 µs is shorter than its duration 10 µs". The diagram still
 * draws what it can; these messages say why a drawing may look odd.
 */
export function validateChain(chain: EventChain): ChainProblem[] {
  if (chain.events.length === 0) {
    return [
      {
        eventIndex: undefined,
        field: 'events',
        severity: 'warning',
        message: `Event chain${chain.name ? ` “${chain.name}”` : ''} has no events`,
      },
    ];
  }
  return chain.events.flatMap(validateEvent);
}
