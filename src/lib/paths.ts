/** URLs of the app's screens, in one place so links and breadcrumbs agree with the router. */
export const PROPOSALS_PATH = '/proposals';

export function proposalPath(proposalName: string): string {
  return `${PROPOSALS_PATH}/${encodeURIComponent(proposalName)}`;
}

export function sessionPath(proposalName: string, sessionId: number): string {
  return `${proposalPath(proposalName)}/sessions/${sessionId}`;
}

/** One experiment (data collection group) of a session. */
export function groupPath(proposalName: string, sessionId: number, groupId: number): string {
  return `${sessionPath(proposalName, sessionId)}/groups/${groupId}`;
}

export function samplePath(proposalName: string, sampleId: number): string {
  return `${proposalPath(proposalName)}/samples/${sampleId}`;
}

/** The delivery devices used in a proposal's experiments. */
export function devicesPath(proposalName: string): string {
  return `${proposalPath(proposalName)}/devices`;
}
