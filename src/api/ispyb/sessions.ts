import { queryOptions } from '@tanstack/react-query';
import type { HttpClient } from '../http';
import { fetchAllPages } from './paging';
import { sessionPageSchema, sessionSchema } from './sessions.dto';
import { mapSession } from './sessions.mapper';

/** Every session of a proposal (a proposal has tens, not thousands). */
export const proposalSessionsQuery = (http: HttpClient, proposalName: string) =>
  queryOptions({
    queryKey: ['proposals', proposalName, 'sessions'],
    queryFn: async ({ signal }) =>
      (
        await fetchAllPages(
          http,
          '/sessions',
          sessionPageSchema,
          { proposal: proposalName },
          signal,
        )
      ).map(mapSession),
  });

export const sessionQuery = (http: HttpClient, sessionId: number) =>
  queryOptions({
    queryKey: ['sessions', sessionId],
    queryFn: async ({ signal }) =>
      mapSession(await http.get(`/sessions/${sessionId}`, sessionSchema, { signal })),
  });
