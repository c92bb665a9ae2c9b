import { queryOptions } from '@tanstack/react-query';
import type { Shipment } from '../../domain/shipment';
import type { ShipmentChanges } from '../../domain/shipment-edit';
import type { ShipmentListEntry } from '../../domain/shipment-list';
import type { HttpClient } from '../http';
import { containerPageSchema } from './containers.dto';
import { dewarPageSchema } from './dewars.dto';
import { fetchAllPages } from './paging';
import { proposalPageSchema } from './proposals.dto';
import { shippingPageSchema, shippingSchema } from './shippings.dto';
import { mapShipment } from './shippings.mapper';

/** Every shipment of a proposal (tens at most, so read whole rather than paged in the UI). */
export async function fetchProposalShipments(
  http: HttpClient,
  proposalName: string,
  signal?: AbortSignal,
): Promise<Shipment[]> {
  const rows = await fetchAllPages(
    http,
    '/shippings',
    shippingPageSchema,
    { proposal: proposalName },
    signal,
  );
  return rows.map(mapShipment);
}

export async function fetchShipment(
  http: HttpClient,
  shippingId: number,
  signal?: AbortSignal,
): Promise<Shipment> {
  return mapShipment(await http.get(`/shippings/${shippingId}`, shippingSchema, { signal }));
}

export const proposalShipmentsQuery = (http: HttpClient, proposalName: string) =>
  queryOptions({
    queryKey: ['proposals', proposalName, 'shipments'],
    queryFn: ({ signal }) => fetchProposalShipments(http, proposalName, signal),
  });

export const shipmentQuery = (http: HttpClient, shippingId: number) =>
  queryOptions({
    queryKey: ['shipments', shippingId],
    queryFn: ({ signal }) => fetchShipment(http, shippingId, signal),
  });

/** Field names on the wire (`loc` of a 422) → the shipment form's fields. */
export const SHIPPING_FIELDS = {
  shippingName: 'name',
  safetyLevel: 'safetyLevel',
  sendingLabContactId: 'sendingLabContactId',
  returnLabContactId: 'returnLabContactId',
  comments: 'comments',
} as const;

function shippingBody(changes: Partial<ShipmentChanges>) {
  return {
    shippingName: changes.name,
    safetyLevel: changes.safetyLevel,
    sendingLabContactId: changes.sendingLabContactId,
    returnLabContactId: changes.returnLabContactId,
    comments: changes.comments,
  };
}

/** `POST /shippings`; `safetyLevel` is always sent (omitting it makes py-ispyb answer 500). */
export async function createShipment(
  http: HttpClient,
  proposalId: number,
  changes: ShipmentChanges,
): Promise<Shipment> {
  return mapShipment(
    await http.send('POST', '/shippings', { proposalId, ...shippingBody(changes) }, shippingSchema),
  );
}

/** `PATCH /shippings/{id}` with only the fields given. */
export async function updateShipment(
  http: HttpClient,
  shippingId: number,
  changes: Partial<ShipmentChanges>,
): Promise<Shipment> {
  return mapShipment(
    await http.send('PATCH', `/shippings/${shippingId}`, shippingBody(changes), shippingSchema),
  );
}

/**
 * The shipments of one proposal, or of every proposal the user sees (staff, `all_proposals`),
 * with the beamlines of their containers. py-ispyb filters `/shippings` by proposal only, so
 * the other filters apply to the whole list, read page by page (never capped).
 */
export async function fetchShipmentList(
  http: HttpClient,
  proposalName: string | undefined,
  signal?: AbortSignal,
): Promise<ShipmentListEntry[]> {
  const params = { proposal: proposalName };
  const [shippings, dewars, containers, proposals] = await Promise.all([
    fetchAllPages(http, '/shippings', shippingPageSchema, params, signal),
    fetchAllPages(http, '/dewars', dewarPageSchema, params, signal),
    fetchAllPages(http, '/containers', containerPageSchema, params, signal),
    proposalName === undefined
      ? fetchAllPages(http, '/proposals', proposalPageSchema, {}, signal)
      : Promise.resolve([]),
  ]);
  const names = new Map(proposals.map((p) => [p.proposalId, p.proposal]));
  const shippingOfDewar = new Map(dewars.map((d) => [d.dewarId, d.shippingId]));
  const beamlines = new Map<number, Set<string>>();
  for (const container of containers) {
    const shippingId = shippingOfDewar.get(container.dewarId);
    if (shippingId === undefined || !container.beamlineLocation) continue;
    const set = beamlines.get(shippingId) ?? new Set<string>();
    set.add(container.beamlineLocation);
    beamlines.set(shippingId, set);
  }
  return shippings.map((dto) => ({
    shipment: mapShipment(dto),
    proposalName: proposalName ?? names.get(dto.proposalId) ?? `#${dto.proposalId}`,
    beamlines: [...(beamlines.get(dto.shippingId) ?? [])].sort(),
  }));
}

/** `proposalName` undefined: facility-wide, for staff. */
export const shipmentListQuery = (http: HttpClient, proposalName: string | undefined) =>
  queryOptions({
    queryKey: ['shipments', 'list', proposalName ?? null],
    queryFn: ({ signal }) => fetchShipmentList(http, proposalName, signal),
  });
