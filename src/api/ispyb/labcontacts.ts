import { queryOptions } from '@tanstack/react-query';
import type { LabContact } from '../../domain/shipment';
import type { HttpClient } from '../http';
import { labContactPageSchema, labContactSchema } from './labcontacts.dto';
import { mapLabContact } from './labcontacts.mapper';
import { fetchAllPages } from './paging';

export async function fetchProposalLabContacts(
  http: HttpClient,
  proposalName: string,
  signal?: AbortSignal,
): Promise<LabContact[]> {
  return (
    await fetchAllPages(
      http,
      '/labcontacts',
      labContactPageSchema,
      { proposal: proposalName },
      signal,
    )
  ).map(mapLabContact);
}

export async function fetchLabContact(
  http: HttpClient,
  labContactId: number,
  signal?: AbortSignal,
): Promise<LabContact> {
  return mapLabContact(
    await http.get(`/labcontacts/${labContactId}`, labContactSchema, { signal }),
  );
}

export const proposalLabContactsQuery = (http: HttpClient, proposalName: string) =>
  queryOptions({
    queryKey: ['proposals', proposalName, 'labcontacts'],
    queryFn: ({ signal }) => fetchProposalLabContacts(http, proposalName, signal),
  });

export const labContactQuery = (http: HttpClient, labContactId: number) =>
  queryOptions({
    queryKey: ['labcontacts', labContactId],
    queryFn: ({ signal }) => fetchLabContact(http, labContactId, signal),
  });
