/**
 * A visit: one proposal on one beamline between two dates. Dates are facility local time:
 * py-ispyb sends them without a zone, and the mapper keeps them as wall-clock values.
 */
export interface Session {
  id: number;
  proposalId: number;
  proposalName: string;
  /** e.g. `MX2532-3`; py-ispyb prints `MX1-None` when the visit number is missing. */
  name: string;
  visitNumber: number | undefined;
  beamline: string;
  start: Date;
  end: Date;
  operator: string | undefined;
  scheduled: boolean | undefined;
  comments: string | undefined;
  dataCollectionCount: number | undefined;
  personCount: number;
  sessionTypes: string[];
}

export type SessionPhase = 'upcoming' | 'current' | 'past';

export function sessionPhase(session: Pick<Session, 'start' | 'end'>, now: Date): SessionPhase {
  if (now < session.start) return 'upcoming';
  if (now > session.end) return 'past';
  return 'current';
}

export interface SessionsByPhase {
  upcoming: Session[];
  current: Session[];
  past: Session[];
}

/** Upcoming soonest first, current and past most recent first. */
export function splitSessionsByPhase(sessions: readonly Session[], now: Date): SessionsByPhase {
  const out: SessionsByPhase = { upcoming: [], current: [], past: [] };
  for (const s of sessions) out[sessionPhase(s, now)].push(s);
  out.upcoming.sort((a, b) => a.start.getTime() - b.start.getTime());
  out.current.sort((a, b) => b.start.getTime() - a.start.getTime());
  out.past.sort((a, b) => b.start.getTime() - a.start.getTime());
  return out;
}
