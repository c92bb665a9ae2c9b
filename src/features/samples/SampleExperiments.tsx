import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useHttp } from '../../api/http-context';
import { sampleGroupsQuery } from '../../api/ispyb/runs';
import { sampleQuery } from '../../api/ispyb/samples';
import { DateTime } from '../../components/DateTime';
import { EmptyState } from '../../components/EmptyState';
import {
  experimentTypeLabel,
  isSerialExperiment,
  type DataCollectionGroup,
} from '../../domain/data-collection';
import { deliveryDeviceLabel, deriveDeliveryDevice } from '../../domain/delivery-device';
import { formatCount } from '../../domain/units';
import { groupPath, sessionPath } from '../../lib/paths';

const newestFirst = (a: DataCollectionGroup, b: DataCollectionGroup) =>
  (b.start?.getTime() ?? 0) - (a.start?.getTime() ?? 0) || b.id - a.id;

/** Every experiment (data collection group) that used the sample, newest first. */
export function SampleExperiments({
  sampleId,
  proposalName,
}: {
  sampleId: number;
  proposalName: string;
}) {
  const http = useHttp();
  const { data } = useSuspenseQuery(sampleGroupsQuery(http, sampleId));
  // Only refines the device column (support, jet material); 404 on some servers.
  const { data: sample } = useQuery(sampleQuery(http, sampleId));
  if (data.length === 0) {
    return (
      <EmptyState title="No experiment used this sample yet">
        Or none you have access to. Experiments appear here once data is collected on it.
      </EmptyState>
    );
  }
  const groups = [...data].sort(newestFirst);
  const caption = `Experiments with this sample, newest first (facility local time)`;
  return (
    <Table.ScrollContainer
      minWidth={860}
      type="native"
      tabIndex={0}
      role="region"
      aria-label={caption}
    >
      <Table striped highlightOnHover captionSide="top">
        <Table.Caption ta="left">{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Experiment</Table.Th>
            <Table.Th>Session</Table.Th>
            <Table.Th>Delivery device</Table.Th>
            <Table.Th ta="right">Runs</Table.Th>
            <Table.Th ta="right">Images (latest run)</Table.Th>
            <Table.Th>Start</Table.Th>
            <Table.Th>End</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.map((group) => (
            <Table.Tr key={group.id}>
              <Table.Td>
                <Group gap="xs">
                  <Anchor
                    component={Link}
                    to={groupPath(group.proposalName || proposalName, group.sessionId, group.id)}
                    fw={600}
                  >
                    {experimentTypeLabel(group.experimentType)} · group {group.id}
                  </Anchor>
                  {isSerialExperiment(group.experimentType) && (
                    <Badge size="sm" variant="light" color="grape">
                      SSX
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <Anchor
                  component={Link}
                  to={sessionPath(group.proposalName || proposalName, group.sessionId)}
                >
                  {group.sessionName ?? `Session ${group.sessionId}`}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text span size="sm">
                  {deliveryDeviceLabel(deriveDeliveryDevice(group, group.latestRun.ssx, sample))}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{group.runCount}</Table.Td>
              <Table.Td ta="right">{formatCount(group.latestRun.numberOfImages)}</Table.Td>
              <Table.Td>
                <DateTime value={group.start} />
              </Table.Td>
              <Table.Td>
                <DateTime value={group.end} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
