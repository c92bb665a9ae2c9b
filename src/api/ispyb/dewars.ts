import { queryOptions } from '@tanstack/react-query';
import type { Dewar } from '../../domain/shipment';
import type { HttpClient } from '../http';
import { dewarPageSchema, dewarSchema } from './dewars.dto';
import { mapDewar } from './dewars.mapper';
import { fetchAllPages } from './paging';

export async function fetchShipmentDewars(
  http: HttpClient,
  shippingId: number,
  signal?: AbortSignal,
): Promise<Dewar[]> {
  return (await fetchAllPages(http, '/dewars', dewarPageSchema, { shippingId }, signal)).map(
    mapDewar,
  );
}

export async function fetchProposalDewars(
  http: HttpClient,
  proposalName: string,
  signal?: AbortSignal,
): Promise<Dewar[]> {
  return (
    await fetchAllPages(http, '/dewars', dewarPageSchema, { proposal: proposalName }, signal)
  ).map(mapDewar);
}

export async function fetchDewar(
  http: HttpClient,
  dewarId: number,
  signal?: AbortSignal,
): Promise<Dewar> {
  return mapDewar(await http.get(`/dewars/${dewarId}`, dewarSchema, { signal }));
}

export const shipmentDewarsQuery = (http: HttpClient, shippingId: number) =>
  queryOptions({
    queryKey: ['shipments', shippingId, 'dewars'],
    queryFn: ({ signal }) => fetchShipmentDewars(http, shippingId, signal),
  });

export const proposalDewarsQuery = (http: HttpClient, proposalName: string) =>
  queryOptions({
    queryKey: ['proposals', proposalName, 'dewars'],
    queryFn: ({ signal }) => fetchProposalDewars(http, proposalName, signal),
  });

export const dewarQuery = (http: HttpClient, dewarId: number) =>
  queryOptions({
    queryKey: ['dewars', dewarId],
    queryFn: ({ signal }) => fetchDewar(http, dewarId, signal),
  });

/** `POST /dewars`. Real py-ispyb (M and W) answers 500 here: the caller says so. */
export async function createDewar(
  http: HttpClient,
  shippingId: number,
  code: string,
): Promise<Dewar> {
  return mapDewar(await http.send('POST', '/dewars', { shippingId, code }, dewarSchema));
}

export async function updateDewar(http: HttpClient, dewarId: number, code: string): Promise<Dewar> {
  return mapDewar(await http.send('PATCH', `/dewars/${dewarId}`, { code }, dewarSchema));
}
