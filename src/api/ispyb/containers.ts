import { queryOptions } from '@tanstack/react-query';
import type { Container } from '../../domain/shipment';
import type { ContainerChanges } from '../../domain/shipment-edit';
import type { HttpClient } from '../http';
import { containerPageSchema, containerSchema } from './containers.dto';
import { mapContainer } from './containers.mapper';
import { fetchAllPages } from './paging';

/**
 * `/containers` filters by proposal only (no `dewarId` parameter): a dewar's containers are
 * taken from this list by `dewarId` (see `dewarContainersQuery`).
 */
export async function fetchProposalContainers(
  http: HttpClient,
  proposalName: string,
  signal?: AbortSignal,
): Promise<Container[]> {
  return (
    await fetchAllPages(
      http,
      '/containers',
      containerPageSchema,
      { proposal: proposalName },
      signal,
    )
  ).map(mapContainer);
}

/** Real py-ispyb (M and W) answers 500 here (misspelt model in its code): callers must say so. */
export async function fetchContainer(
  http: HttpClient,
  containerId: number,
  signal?: AbortSignal,
): Promise<Container> {
  return mapContainer(await http.get(`/containers/${containerId}`, containerSchema, { signal }));
}

export const proposalContainersQuery = (http: HttpClient, proposalName: string) =>
  queryOptions({
    queryKey: ['proposals', proposalName, 'containers'],
    queryFn: ({ signal }) => fetchProposalContainers(http, proposalName, signal),
  });

/** Shares the proposal's cache entry, so opening several dewars costs one request. */
export const dewarContainersQuery = (http: HttpClient, proposalName: string, dewarId: number) =>
  queryOptions({
    ...proposalContainersQuery(http, proposalName),
    select: (containers: Container[]) => containers.filter((c) => c.dewarId === dewarId),
  });

export const containerQuery = (http: HttpClient, containerId: number) =>
  queryOptions({
    queryKey: ['containers', containerId],
    queryFn: ({ signal }) => fetchContainer(http, containerId, signal),
    // a known server defect answers 500 every time: retrying only delays the message
    retry: false,
  });

/** Field names on the wire (`loc` of a 422) → the container form's fields. */
export const CONTAINER_FIELDS = {
  code: 'code',
  containerType: 'type',
  beamlineLocation: 'beamlineLocation',
  sampleChangerLocation: 'sampleChangerLocation',
} as const;

function containerBody(changes: ContainerChanges) {
  return {
    code: changes.code,
    containerType: changes.type,
    beamlineLocation: changes.beamlineLocation,
    sampleChangerLocation: changes.sampleChangerLocation,
  };
}

/**
 * `POST /containers`. Real py-ispyb (M and W) inserts the row, then answers 500 (the same typo
 * as on the read): the caller must say the container may exist after all.
 */
export async function createContainer(
  http: HttpClient,
  dewarId: number,
  changes: ContainerChanges,
): Promise<Container> {
  return mapContainer(
    await http.send('POST', '/containers', { dewarId, ...containerBody(changes) }, containerSchema),
  );
}

export async function updateContainer(
  http: HttpClient,
  containerId: number,
  changes: ContainerChanges,
): Promise<Container> {
  return mapContainer(
    await http.send('PATCH', `/containers/${containerId}`, containerBody(changes), containerSchema),
  );
}
