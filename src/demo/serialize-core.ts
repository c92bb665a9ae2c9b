import { parseIsoLocal } from './dates.util';
import { proposalName, type DatasetIndex } from './dataset-index';
import type { PersonRow, ProposalRow, SessionRow } from './dataset.types';

/** py-ispyb's JSON for proposals, sessions and persons (contract-notes 3.2–3.4). */

function uiGroupsOf(db: DatasetIndex, beamLines: readonly string[]): string[] {
  const groups = db.data.beamLineGroups.filter((group) =>
    group.beamLines.some((line) => beamLines.includes(line.beamLineName)),
  );
  return [...new Set(groups.map((group) => group.uiGroup))];
}

export function serializeProposal(db: DatasetIndex, proposal: ProposalRow) {
  const sessions = db.sessionsByProposal.get(proposal.proposalId) ?? [];
  const beamLines = [...new Set(sessions.map((session) => session.beamLineName))];
  return {
    proposalCode: proposal.proposalCode,
    proposalNumber: proposal.proposalNumber,
    proposal: proposalName(proposal),
    title: proposal.title,
    state: proposal.state,
    _metadata: {
      persons: (db.proposalHasPersonByProposal.get(proposal.proposalId) ?? []).length,
      sessions: sessions.length,
      beamLines,
      uiGroups: uiGroupsOf(db, beamLines),
    },
    proposalId: proposal.proposalId,
  };
}

export function sessionName(db: DatasetIndex, session: SessionRow): string {
  const proposal = db.proposals.get(session.proposalId);
  return `${proposal ? proposalName(proposal) : ''}-${session.visit_number}`;
}

export function dataCollectionCount(db: DatasetIndex, sessionId: number): number {
  return (db.groupsBySession.get(sessionId) ?? []).reduce(
    (sum, group) => sum + (db.dataCollectionsByGroup.get(group.dataCollectionGroupId) ?? []).length,
    0,
  );
}

const TWENTY_MINUTES = 20 * 60_000;

export function serializeSession(db: DatasetIndex, session: SessionRow, now: Date) {
  const proposal = db.proposals.get(session.proposalId);
  const start = parseIsoLocal(session.startDate).getTime();
  const end = parseIsoLocal(session.endDate).getTime();
  const t = now.getTime();
  const setup =
    session.beamLineSetupId === null ? undefined : db.beamLineSetups.get(session.beamLineSetupId);
  return {
    sessionId: session.sessionId,
    proposalId: session.proposalId,
    session: sessionName(db, session),
    proposal: proposal ? proposalName(proposal) : '',
    BeamLineSetup: setup ? { ...setup } : null,
    visit_number: session.visit_number,
    startDate: session.startDate,
    endDate: session.endDate,
    beamLineName: session.beamLineName,
    beamLineOperator: session.beamLineOperator,
    scheduled: session.scheduled,
    comments: session.comments,
    nbReimbDewars: session.nbReimbDewars,
    _metadata: {
      datacollections: dataCollectionCount(db, session.sessionId),
      uiGroups: uiGroupsOf(db, [session.beamLineName]),
      persons: (db.sessionHasPersonBySession.get(session.sessionId) ?? []).length,
      active: start <= t && t <= end,
      // As coded in py-ispyb (not as documented): started ≥ 20 min ago and ends ≥ 20 min from now.
      active_soon: start <= t - TWENTY_MINUTES && end >= t + TWENTY_MINUTES,
      sessionTypes: (db.sessionTypesBySession.get(session.sessionId) ?? []).map(
        (row) => row.typeName,
      ),
    },
  };
}

export function serializePerson(
  db: DatasetIndex,
  person: PersonRow,
  onSession: { role: string | null; remote: boolean } | null,
) {
  const sessions = (db.sessionHasPersonByPerson.get(person.personId) ?? [])
    .map((row) => db.sessions.get(row.sessionId))
    .filter((session): session is SessionRow => session !== undefined);
  const last =
    sessions
      .map((session) => session.startDate)
      .sort()
      .at(-1) ?? null;
  return {
    personId: person.personId,
    givenName: person.givenName,
    familyName: person.familyName,
    _metadata: {
      sessions: sessions.length,
      lastSession: last,
      role: onSession ? onSession.role : null,
      remote: onSession ? onSession.remote : null,
    },
  };
}
