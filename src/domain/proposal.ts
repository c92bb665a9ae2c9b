/** A grant of beam time, e.g. `MX2532`. Identified in URLs by its name (code + number). */
export interface Proposal {
  id: number;
  code: string;
  number: string;
  /** code + number, e.g. `MX2532`; what py-ispyb uses as the key of `/proposals/{proposal}`. */
  name: string;
  title: string | undefined;
  state: ProposalState | undefined;
  personCount: number;
  sessionCount: number;
  beamlines: string[];
}

/** py-ispyb documents Open/Closed/Cancelled but the column is free text on some databases. */
export type ProposalState = 'Open' | 'Closed' | 'Cancelled' | (string & {});

export type ProposalSortKey = 'name' | 'title' | 'sessions' | 'state';

/** Client-side ordering of a page of proposals (py-ispyb orders by id, descending, only). */
export function sortProposals(
  proposals: readonly Proposal[],
  key: ProposalSortKey,
  direction: 'asc' | 'desc',
): Proposal[] {
  const sign = direction === 'asc' ? 1 : -1;
  const value = (p: Proposal): string | number => {
    switch (key) {
      case 'name':
        return p.name;
      case 'title':
        return p.title ?? '';
      case 'sessions':
        return p.sessionCount;
      case 'state':
        return p.state ?? '';
    }
  };
  return [...proposals].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    const cmp =
      typeof va === 'number' && typeof vb === 'number'
        ? va - vb
        : String(va).localeCompare(String(vb), undefined, { numeric: true });
    return cmp * sign;
  });
}
