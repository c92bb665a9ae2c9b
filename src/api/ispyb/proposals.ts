import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { HttpClient } from '../http';
import { mapPage } from './common.mapper';
import { pageParams } from './paging';
import { proposalPageSchema, proposalSchema } from './proposals.dto';
import { mapProposal } from './proposals.mapper';

export interface ProposalListParams {
  search: string;
  page: number;
  pageSize: number;
}

export const proposalsQuery = (http: HttpClient, { search, page, pageSize }: ProposalListParams) =>
  queryOptions({
    queryKey: ['proposals', { search, page, pageSize }],
    queryFn: async ({ signal }) =>
      mapPage(
        await http.get('/proposals', proposalPageSchema, {
          params: { search: search || undefined, ...pageParams(page, pageSize) },
          signal,
        }),
        mapProposal,
      ),
    placeholderData: keepPreviousData,
  });

export const proposalQuery = (http: HttpClient, name: string) =>
  queryOptions({
    queryKey: ['proposals', name],
    queryFn: async ({ signal }) =>
      mapProposal(
        await http.get(`/proposals/${encodeURIComponent(name)}`, proposalSchema, { signal }),
      ),
  });
