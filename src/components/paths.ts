/** URLs of the app's screens, in one place so links and breadcrumbs agree with the router. */
export const PROPOSALS_PATH = '/proposals';

export function proposalPath(proposalName: string): string {
  return `${PROPOSALS_PATH}/${encodeURIComponent(proposalName)}`;
}

export function sessionPath(proposalName: string, sessionId: number): string {
  return `${proposalPath(proposalName)}/sessions/${sessionId}`;
}
