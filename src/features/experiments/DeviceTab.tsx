import { Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { isApiError } from '../../api/errors';
import { useHttp } from '../../api/http-context';
import { sampleQuery } from '../../api/ispyb/samples';
import { DeliveryDevicePanel } from '../../components/device/DeliveryDevicePanel';
import { LoadingState } from '../../components/LoadingState';
import type { DataCollection, DataCollectionGroup } from '../../domain/data-collection';
import { deriveDeliveryDevice } from '../../domain/delivery-device';

export interface DeviceTabProps {
  group: DataCollectionGroup;
  run: DataCollection;
  runNumber: number;
}

/**
 * The delivery device of the selected run, derived from the experiment type, the run's SSX
 * fields and the sample (support, jet material). Without the sample it is derived from the
 * rest, and says so.
 */
export function DeviceTab({ group, run, runNumber }: DeviceTabProps) {
  const http = useHttp();
  const sample = useQuery({
    ...sampleQuery(http, group.sampleId ?? 0),
    enabled: group.sampleId !== undefined,
  });
  if (group.sampleId !== undefined && sample.isPending) {
    return <LoadingState label="Loading the sample (support, jet material)…" />;
  }
  const device = deriveDeliveryDevice(group, run.ssx, sample.data);
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        As used for run #{runNumber}. ISPyB has no device record: it is told from the experiment
        type, the run’s SSX fields and the sample.
      </Text>
      {sample.isError && (
        <Text size="sm">
          {isApiError(sample.error) && sample.error.kind === 'not-found'
            ? 'The server does not serve this sample, so its support and jet material are not used here.'
            : 'The sample could not be read, so its support and jet material are not used here.'}
        </Text>
      )}
      {!run.ssx && (
        <Text size="sm">
          This run has no SSX parameters (chip model and pattern, jet size and speed) on this
          server.
        </Text>
      )}
      <DeliveryDevicePanel device={device} />
    </Stack>
  );
}
