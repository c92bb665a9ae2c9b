import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { Link } from 'react-router';
import { DateTime } from '../../components/DateTime';
import { DeliveryDevicePanel } from '../../components/device/DeliveryDevicePanel';
import { experimentTypeLabel } from '../../domain/data-collection';
import { deliveryDeviceLabel, type DeliveryDevice } from '../../domain/delivery-device';
import { formatSI } from '../../domain/units';
import { groupPath, samplePath, sessionPath } from '../../lib/paths';
import type { DeviceEntry } from './device-entries';

function setting(device: DeliveryDevice): string {
  const n = (v: number | undefined, unit: string) =>
    v === undefined ? undefined : `${Number(v.toPrecision(3))} ${unit}`;
  switch (device.kind) {
    case 'chip':
      return device.pattern ? `pattern “${device.pattern}”` : 'pattern not recorded';
    case 'liquid-jet':
    case 'viscous-injector':
      return (
        [
          n(device.sizeUm, 'µm'),
          device.speedMs === undefined ? undefined : formatSI(device.speedMs, 'm/s'),
        ]
          .filter(Boolean)
          .join(', ') || 'size and speed not recorded'
      );
    default:
      return '–';
  }
}

/** One device and the experiments that used it. */
export function DeviceCard({ entry }: { entry: DeviceEntry }) {
  const headingId = useId();
  const { device } = entry;
  // devices of one kind differ by their material: the title says which
  const material =
    device.kind === 'liquid-jet' || device.kind === 'viscous-injector' || device.kind === 'tape'
      ? device.material
      : undefined;
  const label = `${deliveryDeviceLabel(device)}${material ? ` · ${material}` : ''}`;
  const runs = entry.uses.reduce((sum, u) => sum + u.group.runCount, 0);
  const caption = `Experiments with this device, newest first (facility local time)`;
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          {label}
        </Title>
        <Text size="sm" c="dimmed">
          {entry.uses.length} experiment{entry.uses.length === 1 ? '' : 's'}, {runs} run
          {runs === 1 ? '' : 's'}.
        </Text>
        <DeliveryDevicePanel device={device} showPattern={false} compact hideLabel />
        <Table.ScrollContainer
          minWidth={720}
          type="native"
          tabIndex={0}
          role="region"
          aria-label={caption}
        >
          <Table striped captionSide="top" verticalSpacing={4}>
            <Table.Caption ta="left">{caption}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Experiment</Table.Th>
                <Table.Th>Sample</Table.Th>
                <Table.Th ta="right">Runs</Table.Th>
                <Table.Th>Latest run</Table.Th>
                <Table.Th>Start</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entry.uses.map(({ group, device: used }) => {
                const path = groupPath(group.proposalName, group.sessionId, group.id);
                return (
                  <Table.Tr key={group.id}>
                    <Table.Td>
                      <Anchor component={Link} to={path} fw={600} style={{ whiteSpace: 'nowrap' }}>
                        {experimentTypeLabel(group.experimentType)} · {group.id}
                      </Anchor>
                      <Text size="xs">
                        <Anchor
                          component={Link}
                          to={sessionPath(group.proposalName, group.sessionId)}
                          c="dimmed"
                          inherit
                        >
                          {group.sessionName ?? `Session ${group.sessionId}`}
                        </Anchor>
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {group.sampleId === undefined ? (
                        '–'
                      ) : (
                        <Anchor
                          component={Link}
                          to={samplePath(group.proposalName, group.sampleId)}
                        >
                          {group.sampleName ?? `Sample ${group.sampleId}`}
                        </Anchor>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{group.runCount}</Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`${path}?run=${group.latestRun.id}&tab=device`}>
                        {group.latestRun.id}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {setting(used)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <DateTime value={group.start} />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Paper>
  );
}
