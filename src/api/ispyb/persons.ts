import { queryOptions } from '@tanstack/react-query';
import type { HttpClient } from '../http';
import { fetchAllPages } from './paging';
import { personPageSchema } from './persons.dto';
import { mapPerson } from './persons.mapper';

export const sessionPersonsQuery = (http: HttpClient, sessionId: number) =>
  queryOptions({
    queryKey: ['sessions', sessionId, 'persons'],
    queryFn: async ({ signal }) =>
      (await fetchAllPages(http, '/persons', personPageSchema, { sessionId }, signal)).map(
        mapPerson,
      ),
  });

/** Real py-ispyb servers answer 500 here (a known defect): callers show that plainly. */
export const proposalPersonsQuery = (http: HttpClient, proposalName: string) =>
  queryOptions({
    queryKey: ['proposals', proposalName, 'persons'],
    queryFn: async ({ signal }) =>
      (
        await fetchAllPages(http, '/persons', personPageSchema, { proposal: proposalName }, signal)
      ).map(mapPerson),
    retry: false,
  });
