/**
 * Event chains shaped like the demo's and the recorded ISPyB responses, for tests and stories:
 * ID29's JUNGFRAU runs at 231.25 Hz, a chip holds 25 600 apertures.
 */
import type { EventChain, TimingEvent } from './timing';

export const ID29_PERIOD = 1 / 231.25;

export function timingEvent(
  type: string,
  offset: number,
  extra: Partial<TimingEvent> = {},
): TimingEvent {
  return {
    id: undefined,
    type,
    name: undefined,
    offset,
    duration: undefined,
    period: undefined,
    repetition: undefined,
    ...extra,
  };
}

export function eventChain(events: TimingEvent[], name?: string, id = 1): EventChain {
  return { id, dataCollectionId: 40000 + id, name, events };
}

/** Laser then probe and readout, the whole train repeated `pulses` times. */
export function pumpProbeChain(delay: number, pulses = 51_200, exposure = 0.004): EventChain {
  const train = { period: ID29_PERIOD, repetition: pulses };
  return eventChain(
    [
      timingEvent('LaserExcitation', 0, { name: 'Laser pump 450 nm', duration: 8e-9, ...train }),
      timingEvent('XrayExposure', delay, { name: 'X-ray probe', duration: exposure, ...train }),
      timingEvent('XrayDetection', delay, {
        name: 'Detector readout',
        duration: exposure,
        ...train,
      }),
    ],
    `pump-probe ${delay}`,
  );
}

/** The same pattern as `pumpProbeChain`, written as separate single-shot events. */
export function separatePulsesChain(delay: number, pulses = 10, exposure = 0.004): EventChain {
  const events: TimingEvent[] = [];
  for (let k = 0; k < pulses; k += 1) {
    events.push(
      timingEvent('LaserExcitation', k * ID29_PERIOD, {
        name: `Laser pump ${k + 1}`,
        duration: 8e-9,
        repetition: 1,
      }),
      timingEvent('XrayExposure', k * ID29_PERIOD + delay, {
        name: `X-ray probe ${k + 1}`,
        duration: exposure,
        repetition: 1,
      }),
    );
  }
  return eventChain(events, 'separate pulses');
}

export function darkChain(pulses = 51_200): EventChain {
  const train = { period: ID29_PERIOD, repetition: pulses, duration: 0.004 };
  return eventChain(
    [
      timingEvent('XrayExposure', 0, { name: 'X-ray probe', ...train }),
      timingEvent('XrayDetection', 0, { name: 'Detector readout', ...train }),
    ],
    'dark',
  );
}

/** Hit-and-return: one laser, then one exposure per delay at the same aperture. */
export function hareChain(delays: readonly number[] = [1e-3, 1e-2, 1e-1]): EventChain {
  return eventChain(
    [
      timingEvent('LaserExcitation', 0, {
        name: 'Laser pump 450 nm',
        duration: 8e-9,
        repetition: 1,
      }),
      ...delays.map((d, k) =>
        timingEvent('XrayExposure', d, {
          name: `X-ray probe ${k + 1}`,
          duration: 0.004,
          repetition: 1,
        }),
      ),
    ],
    'HARE',
  );
}

/** Mix-and-inject in a jet: trigger once, then a long train of exposures. */
export function mixAndInjectChain(reaction: number, pulses = 2_400_000): EventChain {
  const train = { period: ID29_PERIOD, repetition: pulses, duration: 0.002 };
  return eventChain(
    [
      timingEvent('ReactionTrigger', 0, { name: 'Mixing with GlcNAc3' }),
      timingEvent('XrayExposure', reaction, { name: 'X-ray probe', ...train }),
      timingEvent('XrayDetection', reaction, { name: 'Detector readout', ...train }),
    ],
    `mix-and-inject ${reaction}`,
  );
}
