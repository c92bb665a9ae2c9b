import { queryOptions } from '@tanstack/react-query';
import type { Person } from '../../domain/person';
import { isApiError } from '../errors';
import type { HttpClient } from '../http';
import { fetchAllPages } from './paging';
import { personPageSchema } from './persons.dto';
import { mapPerson } from './persons.mapper';
import { sessionPageSchema } from './sessions.dto';

export const sessionPersonsQuery = (http: HttpClient, sessionId: number) =>
  queryOptions({
    queryKey: ['sessions', sessionId, 'persons'],
    queryFn: async ({ signal }) =>
      (await fetchAllPages(http, '/persons', personPageSchema, { sessionId }, signal)).map(
        mapPerson,
      ),
  });

export interface ProposalPersons {
  persons: Person[];
  /** `sessions` when the server's proposal filter failed and people were gathered per session. */
  source: 'proposal' | 'sessions';
}

/**
 * People on a proposal. Real py-ispyb servers answer 500 to `/persons?proposal=` (a misspelt
 * attribute), so on a server error the people of each of the proposal's sessions are gathered
 * instead; only when that fails too does the caller show the failure.
 */
export const proposalPersonsQuery = (http: HttpClient, proposalName: string) =>
  queryOptions({
    queryKey: ['proposals', proposalName, 'persons'],
    queryFn: async ({ signal }): Promise<ProposalPersons> => {
      try {
        const dtos = await fetchAllPages(
          http,
          '/persons',
          personPageSchema,
          { proposal: proposalName },
          signal,
        );
        return { persons: dtos.map(mapPerson), source: 'proposal' };
      } catch (error) {
        if (!isApiError(error) || error.kind !== 'server') throw error;
      }
      const sessions = await fetchAllPages(
        http,
        '/sessions',
        sessionPageSchema,
        { proposal: proposalName },
        signal,
      );
      const perSession = await Promise.all(
        sessions.map((s) =>
          fetchAllPages(http, '/persons', personPageSchema, { sessionId: s.sessionId }, signal),
        ),
      );
      const byId = new Map<number, Person>();
      for (const dto of perSession.flat()) {
        // Roles are per session; on the proposal they would mislead.
        if (!byId.has(dto.personId))
          byId.set(dto.personId, { ...mapPerson(dto), role: undefined, remote: undefined });
      }
      const persons = [...byId.values()].sort((a, b) => a.familyName.localeCompare(b.familyName));
      return { persons, source: 'sessions' };
    },
    retry: false,
  });
