import { Stack, Text } from '@mantine/core';
import { useQueries, useSuspenseQuery } from '@tanstack/react-query';
import { useHttp } from '../../api/http-context';
import { proposalGroupsQuery } from '../../api/ispyb/runs';
import { sampleQuery } from '../../api/ispyb/samples';
import { EmptyState } from '../../components/EmptyState';
import { LoadingState } from '../../components/LoadingState';
import type { Sample } from '../../domain/sample';
import { DeviceCard } from './DeviceCard';
import { deviceEntries, needsSample } from './device-entries';

export function DevicesView({ proposalName }: { proposalName: string }) {
  const http = useHttp();
  const { data: groups } = useSuspenseQuery(proposalGroupsQuery(http, proposalName));
  const sampleIds = [
    ...new Set(
      groups.filter(needsSample).flatMap((g) => (g.sampleId === undefined ? [] : [g.sampleId])),
    ),
  ];
  const samples = useQueries({
    queries: sampleIds.map((id) => ({ ...sampleQuery(http, id), retry: false })),
    combine: (results) => {
      const byId = new Map<number, Sample>();
      let failed = 0;
      results.forEach((r, i) => {
        const id = sampleIds[i];
        if (id !== undefined && r.data) byId.set(id, r.data);
        if (r.isError) failed += 1;
      });
      return { byId, failed, pending: results.some((r) => r.isPending) };
    },
  });

  if (groups.length === 0) {
    return (
      <EmptyState title="No experiments in this proposal yet">
        Devices are listed here once data has been collected.
      </EmptyState>
    );
  }
  if (samples.pending) return <LoadingState label="Loading samples (support, jet material)…" />;

  const entries = deviceEntries(groups, samples.byId);
  const serial = entries.filter((e) => e.device.kind !== 'pin');
  const pins = entries.find((e) => e.device.kind === 'pin');

  return (
    <Stack gap="lg">
      {samples.failed > 0 && (
        <Text size="sm">
          {samples.failed} sample{samples.failed === 1 ? '' : 's'} could not be read (some servers
          do not serve SSX samples): {samples.failed === 1 ? 'its' : 'their'} support and jet
          material are not used to tell the device.
        </Text>
      )}
      {serial.length === 0 && (
        <EmptyState title="No serial-crystallography device in this proposal">
          Its experiments were all collected on pins.
        </EmptyState>
      )}
      {serial.map((entry) => (
        <DeviceCard key={entry.key} entry={entry} />
      ))}
      {pins && (
        <Text size="sm" c="dimmed">
          Also {pins.uses.length} rotation experiment{pins.uses.length === 1 ? '' : 's'} on pins
          (classic MX), listed on the session pages.
        </Text>
      )}
    </Stack>
  );
}
