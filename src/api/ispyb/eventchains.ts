import { queryOptions } from '@tanstack/react-query';
import type { EventChain } from '../../domain/timing';
import type { HttpClient } from '../http';
import { eventChainListSchema, eventChainPageSchema } from './eventchains.dto';
import { mapEventChains } from './eventchains.mapper';
import { fetchAllPages } from './paging';

/** The two routes that serve event chains; `Capabilities.eventChains` says which one a server has. */
export type EventChainRoute = 'eventchains' | 'eventchain';

export async function fetchEventChains(
  http: HttpClient,
  dataCollectionId: number,
  route: EventChainRoute = 'eventchains',
  signal?: AbortSignal,
): Promise<EventChain[]> {
  if (route === 'eventchain') {
    return mapEventChains(
      await http.get('/eventchain', eventChainListSchema, {
        params: { dataCollectionId },
        signal,
      }),
    );
  }
  const chains = await fetchAllPages(
    http,
    '/eventchains',
    eventChainPageSchema,
    { dataCollectionId },
    signal,
  );
  return mapEventChains(chains);
}

export const eventChainsQuery = (
  http: HttpClient,
  dataCollectionId: number,
  route: EventChainRoute = 'eventchains',
) =>
  queryOptions({
    queryKey: ['dataCollections', dataCollectionId, 'eventChains'],
    queryFn: ({ signal }) => fetchEventChains(http, dataCollectionId, route, signal),
  });
