import { Badge, Group, Table, Text } from '@mantine/core';
import { DateTime } from '../../components/DateTime';
import { formatDurationMinutes } from '../../components/format';
import {
  experimentTypeLabel,
  isSerialExperiment,
  type DataCollectionGroup,
} from '../../domain/data-collection';
import { formatCount } from '../../domain/units';

export interface GroupsTableProps {
  groups: readonly DataCollectionGroup[];
  caption: string;
}

export function GroupsTable({ groups, caption }: GroupsTableProps) {
  return (
    <Table.ScrollContainer
      minWidth={820}
      type="native"
      // Scrolls sideways on phones: focusable so the keyboard can scroll it too.
      tabIndex={0}
      role="region"
      aria-label={caption}
    >
      <Table striped highlightOnHover captionSide="top">
        <Table.Caption ta="left">{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Experiment</Table.Th>
            <Table.Th>Sample</Table.Th>
            <Table.Th ta="right">Runs</Table.Th>
            <Table.Th ta="right">Images (latest run)</Table.Th>
            <Table.Th>Start</Table.Th>
            <Table.Th>End</Table.Th>
            <Table.Th ta="right">Duration</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.map((group) => (
            <Table.Tr key={group.id}>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Text span size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {experimentTypeLabel(group.experimentType)}
                  </Text>
                  {isSerialExperiment(group.experimentType) && (
                    <Badge size="sm" variant="light" color="grape">
                      SSX
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>{group.sampleName ?? '–'}</Table.Td>
              <Table.Td ta="right">{group.runCount}</Table.Td>
              <Table.Td ta="right">{formatCount(group.latestRun.numberOfImages)}</Table.Td>
              <Table.Td>
                <DateTime value={group.start} />
              </Table.Td>
              <Table.Td>
                <DateTime value={group.end} />
              </Table.Td>
              <Table.Td ta="right">{formatDurationMinutes(group.durationMin)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
