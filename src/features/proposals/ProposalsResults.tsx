import { Box, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { useHttp } from '../../api/http-context';
import { proposalsQuery } from '../../api/ispyb/proposals';
import { EmptyState } from '../../components/EmptyState';
import { ListPagination } from '../../components/ListPagination';
import { LoadingState } from '../../components/LoadingState';
import { NoSuchPage } from '../../components/NoSuchPage';
import { UpdatingStatus } from '../../components/UpdatingStatus';
import { sortProposals, type ProposalSortKey } from '../../domain/proposal';
import { ProposalsTable } from './ProposalsTable';
import type { ProposalsUrlState } from './proposals-url';

export const PROPOSALS_PAGE_SIZE = 20;

const SORT_LABELS: Record<ProposalSortKey, string> = {
  name: 'proposal',
  title: 'title',
  sessions: 'sessions',
  state: 'state',
};

export interface ProposalsResultsProps {
  state: ProposalsUrlState;
  /** The user sees every proposal (`all_proposals`). */
  staff: boolean;
  onSort: (key: ProposalSortKey) => void;
  onPage: (page: number) => void;
}

/**
 * One page of proposals from the server, sorted on the client.
 *
 * Not `useSuspenseQuery`: the router applies URL changes in a transition, so a suspending list
 * would keep the old page on screen with no sign of loading. `placeholderData` keeps the old
 * page *and* says it is being replaced; failures still go to the enclosing `QueryBoundary`.
 */
export function ProposalsResults({ state, staff, onSort, onPage }: ProposalsResultsProps) {
  const http = useHttp();
  const query = useQuery({
    ...proposalsQuery(http, {
      search: state.search,
      page: state.page,
      pageSize: PROPOSALS_PAGE_SIZE,
    }),
    throwOnError: true,
  });
  const items = query.data?.items;
  const rows = useMemo(
    () => (items && state.sort ? sortProposals(items, state.sort, state.dir) : items),
    [items, state.sort, state.dir],
  );

  if (!query.data || !rows) return <LoadingState label="Loading proposals…" />;
  // While the next page loads, the rows (and so the caption) are still those of the last one.
  const { total, skip } = query.data;
  const stale = query.isPlaceholderData;

  let content: ReactNode;
  if (rows.length === 0) {
    content = emptyState(state, total, staff, onPage);
  } else {
    const pages = Math.max(1, Math.ceil(total / PROPOSALS_PAGE_SIZE));
    const from = skip + 1;
    const to = from + rows.length - 1;
    const sortNote = state.sort
      ? `; this page sorted by ${SORT_LABELS[state.sort]}, ${state.dir === 'asc' ? 'ascending' : 'descending'}`
      : '';
    content = (
      <>
        <Box aria-busy={stale} style={{ opacity: stale ? 0.6 : 1, transition: 'opacity 150ms' }}>
          <ProposalsTable
            proposals={rows}
            caption={`Proposals ${from}–${to} of ${total}${sortNote}`}
            sort={state.sort}
            dir={state.dir}
            onSort={onSort}
          />
        </Box>
        <ListPagination
          label="Pages of proposals"
          total={pages}
          page={state.page}
          onPage={onPage}
        />
      </>
    );
  }

  return (
    <Stack gap="xs">
      <UpdatingStatus stale={stale} />
      {content}
    </Stack>
  );
}

function emptyState(
  state: ProposalsUrlState,
  total: number,
  staff: boolean,
  onPage: (page: number) => void,
): ReactNode {
  if (state.page > 1 && total > 0) {
    return (
      <NoSuchPage page={state.page} onFirstPage={() => onPage(1)}>
        The list has {total} proposals.
      </NoSuchPage>
    );
  }
  if (state.search) {
    return (
      <EmptyState title={`No proposals match “${state.search}”`}>
        Search by proposal code, number or title, e.g. “MX2532”.
      </EmptyState>
    );
  }
  if (staff) return <EmptyState title="There are no proposals in this ISPyB yet" />;
  return (
    <EmptyState title="You are not a member of any proposal yet">
      Ask the proposal’s principal investigator or the facility’s user office to add you.
    </EmptyState>
  );
}
