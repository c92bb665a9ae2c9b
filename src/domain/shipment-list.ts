import type { SafetyLevel, Shipment } from './shipment';

/** A shipment as the lists show it: with its proposal's name and the beamlines of its containers. */
export interface ShipmentListEntry {
  shipment: Shipment;
  proposalName: string;
  /** `beamlineLocation` of its containers, sorted, without repeats. */
  beamlines: string[];
}

/** `missing`: no (or an unknown) safety level, which staff must chase before the shipment arrives. */
export type SafetyFilter = SafetyLevel | 'missing';
export type CommentsFilter = 'with' | 'without';
export type ShipmentSortKey = 'created' | 'name' | 'proposal' | 'safety' | 'dewars';

export interface ShipmentFilters {
  /** Proposal name, exact; `''` for all. */
  proposal: string;
  /** Inclusive calendar days `YYYY-MM-DD` of the creation time (facility local). */
  from: string | undefined;
  to: string | undefined;
  /** `''` for all. */
  beamline: string;
  safety: SafetyFilter | undefined;
  comments: CommentsFilter | undefined;
  /** Matched, case-insensitively, against name, proposal, comments and contacts. */
  search: string;
}

/** `YYYY-MM-DD` of a wall-clock date (ISPyB dates carry no zone: read in local fields). */
export function calendarDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function haystack(entry: ShipmentListEntry): string {
  const { shipment } = entry;
  const contact = (c: Shipment['sendingContact']) =>
    c ? `${c.cardName} ${c.givenName} ${c.familyName}` : '';
  return [
    shipment.name,
    entry.proposalName,
    shipment.comments ?? '',
    contact(shipment.sendingContact),
    contact(shipment.returnContact),
  ]
    .join(' ')
    .toLowerCase();
}

export function filterShipments(
  entries: readonly ShipmentListEntry[],
  filters: ShipmentFilters,
): ShipmentListEntry[] {
  const words = filters.search.toLowerCase().split(/\s+/).filter(Boolean);
  return entries.filter((entry) => {
    const { shipment } = entry;
    if (filters.proposal && entry.proposalName !== filters.proposal) return false;
    if (filters.from || filters.to) {
      // a shipment without a creation time cannot be placed in a date range
      if (!shipment.createdAt) return false;
      const day = calendarDay(shipment.createdAt);
      if (filters.from && day < filters.from) return false;
      if (filters.to && day > filters.to) return false;
    }
    if (filters.beamline && !entry.beamlines.includes(filters.beamline)) return false;
    if (filters.safety) {
      const level = shipment.safetyLevel ?? 'missing';
      if (level !== filters.safety) return false;
    }
    if (filters.comments) {
      const has = (shipment.comments ?? '').trim() !== '';
      if (has !== (filters.comments === 'with')) return false;
    }
    if (words.length > 0) {
      const text = haystack(entry);
      if (!words.every((word) => text.includes(word))) return false;
    }
    return true;
  });
}

const SAFETY_RANK: Record<SafetyFilter, number> = { missing: 0, RED: 1, YELLOW: 2, GREEN: 3 };

/** Stable ordering; unknown values (no date, no dewar count) last whatever the direction. */
export function sortShipments(
  entries: readonly ShipmentListEntry[],
  key: ShipmentSortKey,
  direction: 'asc' | 'desc',
): ShipmentListEntry[] {
  const sign = direction === 'asc' ? 1 : -1;
  const value = (entry: ShipmentListEntry): string | number | undefined => {
    const { shipment } = entry;
    switch (key) {
      case 'created':
        return shipment.createdAt?.getTime();
      case 'name':
        return shipment.name.toLowerCase();
      case 'proposal':
        return entry.proposalName;
      case 'safety':
        return SAFETY_RANK[shipment.safetyLevel ?? 'missing'];
      case 'dewars':
        return shipment.dewarCount;
    }
  };
  return entries
    .map((entry, index) => ({ entry, index, v: value(entry) }))
    .sort((a, b) => {
      if (a.v === undefined || b.v === undefined) {
        if (a.v === b.v) return a.index - b.index;
        return a.v === undefined ? 1 : -1;
      }
      if (a.v < b.v) return -sign;
      if (a.v > b.v) return sign;
      return a.index - b.index;
    })
    .map(({ entry }) => entry);
}

/** Sorted distinct beamlines, for the beamline filter's choices. */
export function beamlinesOf(entries: readonly ShipmentListEntry[]): string[] {
  return [...new Set(entries.flatMap((entry) => entry.beamlines))].sort();
}

/**
 * What a shipment still lacks before the facility can accept it. py-ispyb exposes no shipment
 * status, so this is how a shipment's state of completeness is told apart.
 */
export function shipmentProblems(shipment: Shipment): string[] {
  const problems: string[] = [];
  if (!shipment.safetyLevel) problems.push('No safety level');
  if (shipment.sendingLabContactId === undefined) problems.push('No sending lab contact');
  if (shipment.returnLabContactId === undefined) problems.push('No return lab contact');
  if (shipment.dewarCount === 0) problems.push('No dewar');
  return problems;
}
