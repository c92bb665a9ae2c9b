import { queryOptions } from '@tanstack/react-query';
import type { Shipment } from '../../domain/shipment';
import type { HttpClient } from '../http';
import { fetchAllPages } from './paging';
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
