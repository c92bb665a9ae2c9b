import { queryOptions } from '@tanstack/react-query';
import type { Container } from '../../domain/shipment';
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
