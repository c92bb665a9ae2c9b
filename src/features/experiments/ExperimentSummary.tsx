import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { isApiError } from '../../api/errors';
import { useHttp } from '../../api/http-context';
import { sampleQuery } from '../../api/ispyb/samples';
import { DateTime } from '../../components/DateTime';
import { FactList } from '../../components/FactList';
import { formatDurationMinutes } from '../../components/format';
import {
  experimentTypeLabel,
  isSerialExperiment,
  type DataCollectionGroup,
} from '../../domain/data-collection';
import { deliveryDeviceLabel, deriveDeliveryDevice } from '../../domain/delivery-device';
import { samplePath, sessionPath } from '../../lib/paths';

/** The experiment's facts. The sample is read on the side: the rest shows without it. */
export function ExperimentSummary({ group }: { group: DataCollectionGroup }) {
  const http = useHttp();
  const sample = useQuery({
    ...sampleQuery(http, group.sampleId ?? 0),
    enabled: group.sampleId !== undefined,
  });
  const sampleMissing =
    sample.isError && isApiError(sample.error) && sample.error.kind === 'not-found';
  const protein =
    group.sampleId === undefined
      ? '–'
      : sample.data
        ? `${sample.data.crystal.protein.name}${sample.data.crystal.protein.acronym && sample.data.crystal.protein.acronym !== sample.data.crystal.protein.name ? ` (${sample.data.crystal.protein.acronym})` : ''}`
        : sample.isPending
          ? 'Loading…'
          : sampleMissing
            ? 'Not served by this server'
            : 'Could not be read';
  // Without the sample the device is told from the type and SSX fields only (and may be less precise).
  const device = deriveDeliveryDevice(group, group.latestRun.ssx, sample.data);

  return (
    <Stack gap="xs">
      <FactList
        facts={[
          {
            label: 'Experiment type',
            value: (
              <Group gap="xs" component="span">
                <span>{experimentTypeLabel(group.experimentType)}</span>
                {isSerialExperiment(group.experimentType) && (
                  <Badge size="sm" variant="light" color="grape">
                    SSX
                  </Badge>
                )}
              </Group>
            ),
          },
          {
            label: 'Sample',
            value:
              group.sampleId === undefined ? (
                '–'
              ) : (
                <Anchor component={Link} to={samplePath(group.proposalName, group.sampleId)}>
                  {group.sampleName ?? `Sample ${group.sampleId}`}
                </Anchor>
              ),
          },
          { label: 'Protein', value: protein },
          {
            label: 'Delivery device',
            value:
              sample.isPending && group.sampleId !== undefined
                ? 'Loading…'
                : deliveryDeviceLabel(device),
          },
          {
            label: 'Session',
            value: (
              <Anchor component={Link} to={sessionPath(group.proposalName, group.sessionId)}>
                {group.sessionName ?? `Session ${group.sessionId}`}
              </Anchor>
            ),
          },
          { label: 'Start', value: <DateTime value={group.start} /> },
          { label: 'End', value: <DateTime value={group.end} /> },
          {
            label: 'Runs',
            value: `${group.runCount} (${formatDurationMinutes(group.durationMin)} of collection)`,
          },
        ]}
      />
      <Text size="sm" c="dimmed">
        Start and end are facility local time.
      </Text>
    </Stack>
  );
}
