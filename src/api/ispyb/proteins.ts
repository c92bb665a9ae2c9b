import { fetchAllPages, pageParams } from './paging';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { ProteinDetails } from '../../domain/sample';
import type { HttpClient } from '../http';
import { mapPage, type Paginated } from './common.mapper';
import { proteinPageSchema, proteinSchema } from './proteins.dto';
import { mapProtein } from './proteins.mapper';

export interface ProteinListParams {
  /** Proposal name, e.g. `MX1234`; omitted = every protein the user may see. */
  proposal?: string | undefined;
  /** Free text, matched by the server. */
  search?: string | undefined;
  orderBy?: 'proteinId' | 'acronym' | 'name' | undefined;
  order?: 'asc' | 'desc' | undefined;
  /** 1-based */
  page: number;
  pageSize: number;
}

export async function fetchProteins(
  http: HttpClient,
  { proposal, search, orderBy, order, page, pageSize }: ProteinListParams,
  signal?: AbortSignal,
): Promise<Paginated<ProteinDetails>> {
  const dto = await http.get('/proteins', proteinPageSchema, {
    params: {
      proposal,
      search: search || undefined,
      order_by: orderBy,
      order,
      ...pageParams(page, pageSize),
    },
    signal,
  });
  return mapPage(dto, mapProtein);
}

export async function fetchProtein(
  http: HttpClient,
  proteinId: number,
  signal?: AbortSignal,
): Promise<ProteinDetails> {
  return mapProtein(await http.get(`/proteins/${proteinId}`, proteinSchema, { signal }));
}

export const proteinsQuery = (http: HttpClient, params: ProteinListParams) =>
  queryOptions({
    queryKey: ['proteins', { ...params }],
    queryFn: ({ signal }) => fetchProteins(http, params, signal),
    placeholderData: keepPreviousData,
  });

export const proteinQuery = (http: HttpClient, proteinId: number) =>
  queryOptions({
    queryKey: ['proteins', proteinId],
    queryFn: ({ signal }) => fetchProtein(http, proteinId, signal),
  });

/** Every protein of a proposal (a few tens): what a sample import may name. */
export async function fetchProposalProteins(
  http: HttpClient,
  proposalName: string,
  signal?: AbortSignal,
): Promise<ProteinDetails[]> {
  return (
    await fetchAllPages(
      http,
      '/proteins',
      proteinPageSchema,
      { proposal: proposalName, order_by: 'acronym', order: 'asc' },
      signal,
    )
  ).map(mapProtein);
}

export const proposalProteinsQuery = (http: HttpClient, proposalName: string) =>
  queryOptions({
    queryKey: ['proteins', { proposal: proposalName, all: true }],
    queryFn: ({ signal }) => fetchProposalProteins(http, proposalName, signal),
  });
