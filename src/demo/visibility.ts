import type { DatasetIndex } from './dataset-index';
import type { PersonRow, ProposalRow, SessionRow } from './dataset.types';

/**
 * Who is asking, and py-ispyb's row-level rule (contract-notes 1.4): a row is visible with
 * `all_proposals`, through a beamline group whose permission the user holds, through
 * Session_has_Person, or through ProposalHasPerson. Hidden rows are 404 / absent, never 403.
 */
export interface Viewer {
  person: PersonRow;
  login: string;
  permissions: readonly string[];
  allProposals: boolean;
  beamLineGroups: string[];
  beamLines: ReadonlySet<string>;
  sessionIds: ReadonlySet<number>;
  proposalIds: ReadonlySet<number>;
}

/** Permissions from UserGroup_has_Person → UserGroup → permission types (what a login freezes into the token). */
export function permissionsOf(db: DatasetIndex, personId: number): string[] {
  const groupIds = new Set(
    db.data.userGroupHasPerson
      .filter((row) => row.personId === personId)
      .map((row) => row.userGroupId),
  );
  const permissions = db.data.userGroups
    .filter((group) => groupIds.has(group.userGroupId))
    .flatMap((group) => group.permissions);
  return [...new Set(permissions)];
}

export function createViewer(
  db: DatasetIndex,
  person: PersonRow,
  permissions: readonly string[],
): Viewer {
  const groups = db.data.beamLineGroups.filter((group) => permissions.includes(group.permission));
  return {
    person,
    login: person.login ?? '',
    permissions,
    allProposals: permissions.includes('all_proposals'),
    beamLineGroups: groups.map((group) => group.groupName),
    beamLines: new Set(groups.flatMap((group) => group.beamLines.map((line) => line.beamLineName))),
    sessionIds: new Set(
      (db.sessionHasPersonByPerson.get(person.personId) ?? []).map((row) => row.sessionId),
    ),
    proposalIds: new Set(
      (db.proposalHasPersonByPerson.get(person.personId) ?? []).map((row) => row.proposalId),
    ),
  };
}

export function canSeeSession(viewer: Viewer, session: SessionRow): boolean {
  return (
    viewer.allProposals ||
    viewer.beamLines.has(session.beamLineName) ||
    viewer.sessionIds.has(session.sessionId) ||
    viewer.proposalIds.has(session.proposalId)
  );
}

/** A proposal is visible when the user is on it or can see at least one of its sessions. */
export function canSeeProposal(db: DatasetIndex, viewer: Viewer, proposal: ProposalRow): boolean {
  if (viewer.allProposals || viewer.proposalIds.has(proposal.proposalId)) return true;
  return (db.sessionsByProposal.get(proposal.proposalId) ?? []).some((session) =>
    canSeeSession(viewer, session),
  );
}

export function canSeeProposalId(db: DatasetIndex, viewer: Viewer, proposalId: number): boolean {
  const proposal = db.proposals.get(proposalId);
  return proposal !== undefined && canSeeProposal(db, viewer, proposal);
}

export function canSeeSessionId(db: DatasetIndex, viewer: Viewer, sessionId: number): boolean {
  const session = db.sessions.get(sessionId);
  return session !== undefined && canSeeSession(viewer, session);
}

/** Data collections (and everything below them) follow their group's session. */
export function canSeeDataCollection(
  db: DatasetIndex,
  viewer: Viewer,
  dataCollectionId: number,
): boolean {
  const dc = db.dataCollections.get(dataCollectionId);
  const group = dc ? db.groups.get(dc.dataCollectionGroupId) : undefined;
  return group !== undefined && canSeeSessionId(db, viewer, group.sessionId);
}

export function hasPermission(viewer: Viewer, permission: string): boolean {
  return viewer.permissions.includes(permission);
}
