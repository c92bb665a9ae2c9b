import { Anchor, Badge, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { DateTime } from '../../components/DateTime';
import { formatDurationMinutes } from '../../components/format';
import { SortableTh, type SortDirection } from '../../components/SortableTh';
import type { DeliveryDevice } from '../../domain/delivery-device';
import { formatCount, formatPercent, formatQuantity } from '../../domain/units';
import { isSerialExperiment } from '../../domain/data-collection';
import {
  DEVICE_KIND_LABELS,
  NOT_PROVIDED,
  delayNote,
  delayText,
  type ExperimentRow,
  type TableAvailability,
} from './experiment-table';
import { ExperimentStatus } from './ExperimentStatus';
import type { ExperimentSortKey } from './session-url';

export interface GroupsTableProps {
  rows: readonly ExperimentRow[];
  caption: string;
  available: TableAvailability;
  /** The runs are being read for the first time: summary cells show a placeholder. */
  summariesLoading: boolean;
  sort: ExperimentSortKey | undefined;
  dir: SortDirection;
  onSort: (key: ExperimentSortKey) => void;
  linkTo: (row: ExperimentRow) => string;
}

function deviceDetail(device: DeliveryDevice): string | undefined {
  switch (device.kind) {
    case 'chip':
      return device.model;
    case 'liquid-jet':
    case 'viscous-injector':
      return [device.sizeUm === undefined ? undefined : `${device.sizeUm} µm`, device.material]
        .filter(Boolean)
        .join(', ');
    case 'tape':
      return device.material;
    default:
      return undefined;
  }
}

function Pending() {
  return (
    <>
      <span aria-hidden>…</span>
      <VisuallyHidden>loading</VisuallyHidden>
    </>
  );
}

function Dimmed({ children }: { children: ReactNode }) {
  return (
    <Text span size="xs" c="dimmed">
      {children}
    </Text>
  );
}

/**
 * The experiments of a session, one row per data collection group, keyed by group id so rows
 * keep their identity (and focus) across live refreshes. Without `/ssx` on the server, the
 * three processing columns become one that says so.
 */
export function GroupsTable({
  rows,
  caption,
  available,
  summariesLoading,
  sort,
  dir,
  onSort,
  linkTo,
}: GroupsTableProps) {
  const processing = available.processing !== 'not-provided';
  const th = (key: ExperimentSortKey, label: string, align: 'left' | 'right' = 'left') => (
    <SortableTh
      label={label}
      align={align}
      sorted={sort === key ? dir : undefined}
      onSort={() => onSort(key)}
    />
  );
  const pending = (content: ReactNode, hasSummary: boolean) =>
    hasSummary ? content : summariesLoading ? <Pending /> : '–';

  return (
    <Table.ScrollContainer
      minWidth={processing ? 1200 : 1060}
      type="native"
      // Scrolls sideways on phones: focusable so the keyboard can scroll it too.
      tabIndex={0}
      role="region"
      aria-label={caption}
    >
      <Table striped highlightOnHover captionSide="top" verticalSpacing={6}>
        <Table.Caption ta="left">{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {th('type', 'Experiment')}
            {th('sample', 'Sample')}
            {th('device', 'Device')}
            {th('delay', 'Delay\u00a0(Δt)')}
            {th('runs', 'Runs', 'right')}
            {th('images', 'Images', 'right')}
            {processing ? (
              <>
                {th('hitRate', 'Hit rate', 'right')}
                {th('indexingRate', 'Indexing rate', 'right')}
                {th('resolution', 'Best res.', 'right')}
              </>
            ) : (
              <Table.Th>Hit / indexing rate, resolution</Table.Th>
            )}
            {th('status', 'Status')}
            {th('start', 'Start')}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const s = row.summary;
            const serial = isSerialExperiment(row.group.experimentType);
            const detail = deviceDetail(row.device);
            const note = s && s.timing === 'time-resolved' ? delayNote(s) : undefined;
            return (
              <Table.Tr key={row.id}>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Anchor
                      component={Link}
                      to={linkTo(row)}
                      fw={600}
                      size="sm"
                      style={{ whiteSpace: 'nowrap' }}
                    >
                      {row.typeLabel}
                      <VisuallyHidden>, group {row.id}</VisuallyHidden>
                    </Anchor>
                    {serial && (
                      <Badge size="sm" variant="light" color="grape">
                        SSX
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{row.group.sampleName ?? '–'}</Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    <Text span size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {DEVICE_KIND_LABELS[row.device.kind]}
                    </Text>
                    {detail && <Dimmed>{detail}</Dimmed>}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  {pending(
                    delayText(row, available.timing) === NOT_PROVIDED ? (
                      <Dimmed>{NOT_PROVIDED}</Dimmed>
                    ) : (
                      <Stack gap={0}>
                        <Text span size="sm">
                          {delayText(row, available.timing)}
                        </Text>
                        {note && <Dimmed>{note}</Dimmed>}
                      </Stack>
                    ),
                    s !== undefined,
                  )}
                </Table.Td>
                <Table.Td ta="right">{s?.runs ?? row.group.runCount}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {pending(formatCount(s?.images), s !== undefined)}
                </Table.Td>
                {processing ? (
                  <>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {pending(formatPercent(s?.hitRate), s !== undefined)}
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {pending(formatPercent(s?.indexingRate), s !== undefined)}
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {pending(formatQuantity(s?.bestResolutionA, 'Å', 2), s !== undefined)}
                    </Table.Td>
                  </>
                ) : (
                  <Table.Td>{serial ? <Dimmed>{NOT_PROVIDED}</Dimmed> : '–'}</Table.Td>
                )}
                <Table.Td>
                  {pending(s && <ExperimentStatus summary={s} />, s !== undefined)}
                </Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    <Text span size="sm">
                      <DateTime value={row.group.start} />
                    </Text>
                    {row.group.durationMin !== undefined && (
                      <Dimmed>{formatDurationMinutes(row.group.durationMin)}</Dimmed>
                    )}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
