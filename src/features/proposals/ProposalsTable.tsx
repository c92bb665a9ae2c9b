import { Anchor, Table } from '@mantine/core';
import { Link } from 'react-router';
import { proposalPath } from '../../lib/paths';
import { SortableTh, type SortDirection } from '../../components/SortableTh';
import type { Proposal, ProposalSortKey } from '../../domain/proposal';
import { ProposalStateBadge } from './ProposalStateBadge';

export interface ProposalsTableProps {
  proposals: readonly Proposal[];
  caption: string;
  sort: ProposalSortKey | undefined;
  dir: SortDirection;
  onSort: (key: ProposalSortKey) => void;
}

export function ProposalsTable({ proposals, caption, sort, dir, onSort }: ProposalsTableProps) {
  const sortedBy = (key: ProposalSortKey) => (sort === key ? dir : undefined);
  return (
    <Table.ScrollContainer minWidth={720} type="native">
      <Table striped highlightOnHover captionSide="top">
        <Table.Caption ta="left">{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <SortableTh label="Proposal" sorted={sortedBy('name')} onSort={() => onSort('name')} />
            <SortableTh label="Title" sorted={sortedBy('title')} onSort={() => onSort('title')} />
            <SortableTh label="State" sorted={sortedBy('state')} onSort={() => onSort('state')} />
            <Table.Th>Beamlines</Table.Th>
            <SortableTh
              label="Sessions"
              align="right"
              sorted={sortedBy('sessions')}
              onSort={() => onSort('sessions')}
            />
            <Table.Th ta="right">People</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {proposals.map((proposal) => (
            <Table.Tr key={proposal.id}>
              <Table.Td>
                <Anchor component={Link} to={proposalPath(proposal.name)} fw={600}>
                  {proposal.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{proposal.title ?? '–'}</Table.Td>
              <Table.Td>
                <ProposalStateBadge state={proposal.state} />
              </Table.Td>
              <Table.Td>{proposal.beamlines.join(', ') || '–'}</Table.Td>
              <Table.Td ta="right">{proposal.sessionCount}</Table.Td>
              <Table.Td ta="right">{proposal.personCount}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
