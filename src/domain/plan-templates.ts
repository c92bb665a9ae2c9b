/**
 * Starting points for a timing pattern. Each expands to events and delays the user then edits;
 * values are those of typical synchrotron runs (ssx-primer: 10 ns laser pulse, 1–10 ms
 * exposures, 10 Hz–1 kHz).
 */
import type { Plan, PlanDelay, PlanEvent, TimeUnit } from './plan';
import { timeValue } from './plan';
import type { KnownEventType } from './timing';

export type PlanTemplateId = 'pump-probe' | 'delay-series' | 'mix-and-inject' | 'hit-and-return';

export interface PlanTemplate {
  id: PlanTemplateId;
  label: string;
  description: string;
}

export const PLAN_TEMPLATES: readonly PlanTemplate[] = [
  {
    id: 'pump-probe',
    label: 'Pump–probe',
    description: 'A 10 ns laser pulse, then a 5 ms X-ray exposure 1 ms later, at 100 Hz.',
  },
  {
    id: 'delay-series',
    label: 'Delay series with a dark reference',
    description:
      'The pump–probe pattern at five delays (1 µs to 10 ms), plus a dark run without laser.',
  },
  {
    id: 'mix-and-inject',
    label: 'Mix-and-inject',
    description: 'A reaction trigger (mixing), then X-ray exposures after a 50 ms reaction time.',
  },
  {
    id: 'hit-and-return',
    label: 'Hit-and-return (HARE)',
    description: 'One laser pulse, then five exposures of the same position 10 ms apart.',
  },
];

type Time = [number, TimeUnit];

function event(
  key: string,
  type: KnownEventType,
  name: string,
  offset: Time,
  duration: Time,
  train?: { period: Time; repetition: number },
): PlanEvent {
  return {
    key,
    type,
    name,
    offset: timeValue(...offset),
    duration: timeValue(...duration),
    period: train ? timeValue(...train.period) : timeValue(undefined, 'ms'),
    repetition: train?.repetition,
  };
}

/**
 * The events and delays of a template. `repetitions` is how many positions (or frames) a run
 * covers: the chip's positions, or a count for a jet; `newKey` makes the editor's keys.
 */
export function expandTemplate(
  id: PlanTemplateId,
  repetitions: number,
  newKey: () => string,
): Pick<Plan, 'events' | 'delays'> {
  const n = Math.max(1, Math.round(repetitions));
  const every = { period: [10, 'ms'] as Time, repetition: n };
  const delay = (value: number, unit: TimeUnit): PlanDelay => ({
    key: newKey(),
    kind: 'delay',
    delay: timeValue(value, unit),
  });
  const pumpProbe = () => [
    event(newKey(), 'LaserExcitation', 'Laser pump', [0, 'ns'], [10, 'ns'], every),
    event(newKey(), 'XrayExposure', 'X-ray probe', [1, 'ms'], [5, 'ms'], every),
    event(newKey(), 'XrayDetection', 'Detector readout', [1, 'ms'], [5, 'ms'], every),
  ];
  switch (id) {
    case 'pump-probe':
      return { events: pumpProbe(), delays: [delay(1, 'ms')] };
    case 'delay-series':
      return {
        events: pumpProbe(),
        delays: [
          { key: newKey(), kind: 'dark' },
          delay(1, 'µs'),
          delay(10, 'µs'),
          delay(100, 'µs'),
          delay(1, 'ms'),
          delay(10, 'ms'),
        ],
      };
    case 'mix-and-inject':
      return {
        events: [
          event(newKey(), 'ReactionTrigger', 'Mixing', [0, 'ms'], [1, 'ms']),
          event(newKey(), 'XrayExposure', 'X-ray probe', [50, 'ms'], [5, 'ms'], every),
          event(newKey(), 'XrayDetection', 'Detector readout', [50, 'ms'], [5, 'ms'], every),
        ],
        delays: [delay(50, 'ms')],
      };
    case 'hit-and-return': {
      const returns = { period: [10, 'ms'] as Time, repetition: 5 };
      return {
        events: [
          event(newKey(), 'LaserExcitation', 'Laser pump', [0, 'ns'], [10, 'ns']),
          event(newKey(), 'XrayExposure', 'X-ray probe', [1, 'ms'], [5, 'ms'], returns),
          event(newKey(), 'XrayDetection', 'Detector readout', [1, 'ms'], [5, 'ms'], returns),
        ],
        // each return is its own delay (1, 11, 21, 31, 41 ms): one run, timed as drawn
        delays: [],
      };
    }
  }
}
