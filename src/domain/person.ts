export interface Person {
  id: number;
  givenName: string;
  familyName: string;
  /** Role on a session (Session_has_Person), when listed for a session. */
  role: string | undefined;
  remote: boolean | undefined;
  sessionCount: number | undefined;
}

export interface CurrentUser {
  personId: number;
  login: string;
  givenName: string | undefined;
  familyName: string | undefined;
  permissions: string[];
  beamlineGroups: string[];
  beamlines: string[];
}

/** Staff see every proposal: py-ispyb's `all_proposals` permission. */
export function seesAllProposals(permissions: readonly string[]): boolean {
  return permissions.includes('all_proposals');
}

export function displayName(person: {
  givenName: string | undefined;
  familyName: string | undefined;
}): string {
  return [person.givenName, person.familyName].filter(Boolean).join(' ');
}
