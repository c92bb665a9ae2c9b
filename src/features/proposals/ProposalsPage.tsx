import { Group, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { PageHeader } from '../../components/PageHeader';
import { QueryBoundary } from '../../components/QueryBoundary';
import type { ProposalSortKey } from '../../domain/proposal';
import { seesAllProposals } from '../../domain/person';
import { useUrlState } from '../../lib/url-state';
import { useAuthSession } from '../../lib/use-auth-session';
import { ProposalSearch } from './ProposalSearch';
import { ProposalsResults } from './ProposalsResults';
import { proposalsUrlCodec } from './proposals-url';

/** `/proposals`: search, sort and page through the proposals the user can see. */
export function ProposalsPage() {
  const [state, setState] = useUrlState(proposalsUrlCodec);
  const staff = seesAllProposals(useAuthSession()?.permissions ?? []);

  const onSearch = (search: string) => {
    if (search !== state.search) setState({ ...state, search, page: 1 }, { replace: true });
  };
  const onSort = (key: ProposalSortKey) =>
    setState({
      ...state,
      sort: key,
      dir: state.sort === key && state.dir === 'asc' ? 'desc' : 'asc',
    });
  const onPage = (page: number) => setState({ ...state, page });

  return (
    <Stack gap="md">
      <PageHeader title="Proposals" />
      {staff && (
        <Group gap="xs" wrap="nowrap">
          <IconInfoCircle size={18} aria-hidden />
          <Text size="sm">You see every proposal (staff).</Text>
        </Group>
      )}
      <ProposalSearch value={state.search} onSearch={onSearch} />
      <QueryBoundary resetKeys={[state.search, state.page]}>
        <ProposalsResults state={state} staff={staff} onSort={onSort} onPage={onPage} />
      </QueryBoundary>
    </Stack>
  );
}
