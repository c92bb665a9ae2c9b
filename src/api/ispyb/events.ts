import { queryOptions } from '@tanstack/react-query';
import type { HttpClient } from '../http';
import { eventPageSchema } from './events.dto';
import { isDataCollectionEvent, mapDataCollectionGroup } from './events.mapper';
import { fetchAllPages } from './paging';

/** The data collection groups of a session, from py-ispyb's grouped `/events` timeline. */
export const sessionGroupsQuery = (http: HttpClient, sessionId: number) =>
  queryOptions({
    queryKey: ['sessions', sessionId, 'groups'],
    queryFn: async ({ signal }) =>
      (await fetchAllPages(http, '/events', eventPageSchema, { sessionId }, signal))
        .filter(isDataCollectionEvent)
        .map(mapDataCollectionGroup),
  });
