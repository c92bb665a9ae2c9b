import { Anchor, List, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { DateTime } from '../../components/DateTime';
import { SortableTh, type SortDirection } from '../../components/SortableTh';
import type { LabContactSummary } from '../../domain/shipment';
import {
  shipmentProblems,
  type ShipmentListEntry,
  type ShipmentSortKey,
} from '../../domain/shipment-list';
import { shipmentPath } from '../../lib/paths';
import { SafetyBadge } from './SafetyBadge';

export interface ShipmentsTableProps {
  entries: readonly ShipmentListEntry[];
  caption: string;
  showProposal: boolean;
  sort: ShipmentSortKey;
  dir: SortDirection;
  onSort: (key: ShipmentSortKey) => void;
}

export function contactName(contact: LabContactSummary | undefined): string {
  if (!contact) return '–';
  const person = [contact.givenName, contact.familyName].filter(Boolean).join(' ');
  return person ? `${person} (${contact.cardName})` : contact.cardName;
}

export function ShipmentsTable({
  entries,
  caption,
  showProposal,
  sort,
  dir,
  onSort,
}: ShipmentsTableProps) {
  const sortedBy = (key: ShipmentSortKey) => (sort === key ? dir : undefined);
  return (
    <Table.ScrollContainer minWidth={860} type="native">
      <Table striped highlightOnHover captionSide="top" verticalSpacing="xs">
        <Table.Caption ta="left">{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <SortableTh label="Shipment" sorted={sortedBy('name')} onSort={() => onSort('name')} />
            {showProposal && (
              <SortableTh
                label="Proposal"
                sorted={sortedBy('proposal')}
                onSort={() => onSort('proposal')}
              />
            )}
            <SortableTh
              label="Created"
              sorted={sortedBy('created')}
              onSort={() => onSort('created')}
            />
            <SortableTh
              label="Safety"
              sorted={sortedBy('safety')}
              onSort={() => onSort('safety')}
            />
            <SortableTh
              label="Dewars"
              align="right"
              sorted={sortedBy('dewars')}
              onSort={() => onSort('dewars')}
            />
            <Table.Th>Beamlines</Table.Th>
            <Table.Th>Sending contact</Table.Th>
            <Table.Th>Comments</Table.Th>
            <Table.Th>Needs</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map(({ shipment, proposalName, beamlines }) => {
            const problems = shipmentProblems(shipment);
            return (
              <Table.Tr key={shipment.id}>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={shipmentPath(proposalName, shipment.id)}
                    fw={600}
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {shipment.name}
                  </Anchor>
                </Table.Td>
                {showProposal && <Table.Td>{proposalName}</Table.Td>}
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <DateTime value={shipment.createdAt} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <SafetyBadge level={shipment.safetyLevel} />
                </Table.Td>
                <Table.Td ta="right">{shipment.dewarCount ?? '–'}</Table.Td>
                <Table.Td>{beamlines.join(', ') || '–'}</Table.Td>
                <Table.Td>{contactName(shipment.sendingContact)}</Table.Td>
                <Table.Td maw={280}>
                  <Text size="sm" lineClamp={2} title={shipment.comments}>
                    {shipment.comments ?? '–'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {problems.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      Complete
                    </Text>
                  ) : (
                    <List size="sm" spacing={0}>
                      {problems.map((problem) => (
                        <List.Item key={problem}>{problem}</List.Item>
                      ))}
                    </List>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
