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
