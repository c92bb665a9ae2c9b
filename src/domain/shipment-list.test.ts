import { describe, expect, it } from 'vitest';
import type { Shipment } from './shipment';
import {
  beamlinesOf,
  calendarDay,
  filterShipments,
  shipmentProblems,
  sortShipments,
  type ShipmentFilters,
  type ShipmentListEntry,
} from './shipment-list';

function shipment(id: number, patch: Partial<Shipment> = {}): Shipment {
  return {
    id,
    proposalId: 1,
    name: `Shipment ${id}`,
    safetyLevel: 'GREEN',
    comments: undefined,
    createdAt: new Date(2026, 10, 20, 9, 0),
    sendingLabContactId: 1,
    returnLabContactId: 1,
    sendingContact: { cardName: 'Ada-Lab', givenName: 'Ada', familyName: 'Lovelace' },
    returnContact: undefined,
    dewarCount: 1,
    ...patch,
  };
}

const entries: ShipmentListEntry[] = [
  { shipment: shipment(1), proposalName: 'MX1', beamlines: ['ID29'] },
  {
    shipment: shipment(2, {
      safetyLevel: undefined,
      comments: 'Awaiting safety form',
      createdAt: new Date(2026, 10, 24, 23, 59),
      dewarCount: 0,
    }),
    proposalName: 'MX2',
    beamlines: [],
  },
  {
    shipment: shipment(3, { safetyLevel: 'RED', createdAt: undefined, name: 'alpha' }),
    proposalName: 'MX1',
    beamlines: ['BM07', 'ID29'],
  },
];

const NONE: ShipmentFilters = {
  proposal: '',
  from: undefined,
  to: undefined,
  beamline: '',
  safety: undefined,
  comments: undefined,
  search: '',
};
const ids = (list: ShipmentListEntry[]) => list.map((e) => e.shipment.id);

describe('filterShipments', () => {
  it('keeps everything without filters', () => {
    expect(ids(filterShipments(entries, NONE))).toEqual([1, 2, 3]);
  });

  it('filters by proposal, inclusive calendar days, beamline, safety and comments', () => {
    expect(ids(filterShipments(entries, { ...NONE, proposal: 'MX1' }))).toEqual([1, 3]);
    // the last minute of the day is still that day; no date, no match
    expect(
      ids(filterShipments(entries, { ...NONE, from: '2026-11-24', to: '2026-11-24' })),
    ).toEqual([2]);
    expect(ids(filterShipments(entries, { ...NONE, to: '2026-11-20' }))).toEqual([1]);
    expect(ids(filterShipments(entries, { ...NONE, beamline: 'BM07' }))).toEqual([3]);
    expect(ids(filterShipments(entries, { ...NONE, safety: 'missing' }))).toEqual([2]);
    expect(ids(filterShipments(entries, { ...NONE, safety: 'RED' }))).toEqual([3]);
    expect(ids(filterShipments(entries, { ...NONE, comments: 'with' }))).toEqual([2]);
    expect(ids(filterShipments(entries, { ...NONE, comments: 'without' }))).toEqual([1, 3]);
  });

  it('searches every word in name, proposal, comments and contacts, case-insensitively', () => {
    expect(ids(filterShipments(entries, { ...NONE, search: 'SAFETY awaiting' }))).toEqual([2]);
    expect(ids(filterShipments(entries, { ...NONE, search: 'lovelace mx1' }))).toEqual([1, 3]);
    expect(ids(filterShipments(entries, { ...NONE, search: 'lovelace nobody' }))).toEqual([]);
  });
});

describe('sortShipments', () => {
  it('sorts by each key, unknown values last in both directions', () => {
    expect(ids(sortShipments(entries, 'created', 'desc'))).toEqual([2, 1, 3]);
    expect(ids(sortShipments(entries, 'created', 'asc'))).toEqual([1, 2, 3]);
    expect(ids(sortShipments(entries, 'name', 'asc'))).toEqual([3, 1, 2]);
    expect(ids(sortShipments(entries, 'safety', 'asc'))).toEqual([2, 3, 1]);
    expect(ids(sortShipments(entries, 'dewars', 'desc'))).toEqual([1, 3, 2]);
    expect(ids(sortShipments(entries, 'proposal', 'asc'))).toEqual([1, 3, 2]);
  });
});

describe('helpers', () => {
  it('lists beamlines once, sorted', () => {
    expect(beamlinesOf(entries)).toEqual(['BM07', 'ID29']);
  });

  it('reads the calendar day of a wall-clock date', () => {
    expect(calendarDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('names what an incomplete shipment lacks', () => {
    expect(shipmentProblems(shipment(1))).toEqual([]);
    expect(
      shipmentProblems(
        shipment(2, {
          safetyLevel: undefined,
          sendingLabContactId: undefined,
          returnLabContactId: undefined,
          dewarCount: 0,
        }),
      ),
    ).toEqual(['No safety level', 'No sending lab contact', 'No return lab contact', 'No dewar']);
  });
});
