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

/** A merged dataset of an experiment (the ispyb-web merged-datasets extension). */
export function mergePath(
  proposalName: string,
  sessionId: number,
  groupId: number,
  mergeId: number,
): string {
  return `${groupPath(proposalName, sessionId, groupId)}/merges/${mergeId}`;
}

/** An experiment's runs grouped by pump–probe delay, one merged dataset per delay. */
export function seriesPath(proposalName: string, sessionId: number, groupId: number): string {
  return `${groupPath(proposalName, sessionId, groupId)}/series`;
}

/** Facility-wide shipments (staff with `all_proposals`). */
export const SHIPMENTS_PATH = '/shipments';

export function shipmentsPath(proposalName: string): string {
  return `${proposalPath(proposalName)}/shipments`;
}

export function shipmentPath(proposalName: string, shippingId: number): string {
  return `${shipmentsPath(proposalName)}/${shippingId}`;
}

export function samplesPath(proposalName: string): string {
  return `${proposalPath(proposalName)}/samples`;
}

/** The SSX sample CSV import, optionally into a given container. */
export function sampleImportPath(proposalName: string, containerId?: number): string {
  const base = `${samplesPath(proposalName)}/import`;
  return containerId === undefined ? base : `${base}?container=${containerId}`;
}

export function proteinsPath(proposalName: string): string {
  return `${proposalPath(proposalName)}/proteins`;
}

/** Run plans (kept in the browser), across proposals. */
export const PLANS_PATH = '/plans';

export function planPath(planId: string): string {
  return `${PLANS_PATH}/${encodeURIComponent(planId)}`;
}
