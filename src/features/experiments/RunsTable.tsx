import { Anchor, Loader, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { memo, type MouseEvent } from 'react';
import { Link } from 'react-router';
import { DateTime } from '../../components/DateTime';
import { SortableTh } from '../../components/SortableTh';
import {
  runTimingLabel,
  type QualityThresholds,
  type RunRow,
  type RunSortKey,
} from '../../domain/experiment';
import { formatCount, formatQuantity } from '../../domain/units';
import { RateValue } from './RateQuality';
import { RunStatus } from './RunStatus';

export interface RunsTableProps {
  rows: readonly RunRow[];
  caption: string;
  sort: RunSortKey;
  dir: 'asc' | 'desc';
  onSort: (key: RunSortKey) => void;
  selectedId: number;
  /** Query string that selects a run (keeps tab, sort and thresholds). */
  selectHref: (runId: number) => string;
  onSelect: (runId: number) => void;
  thresholds: QualityThresholds;
  /** Hit/indexing summaries still loading: their cells show a spinner. */
  statsPending: boolean;
  timingPending: ReadonlySet<number>;
  timingFailed: ReadonlySet<number>;
}

const COLUMNS: { key: RunSortKey; label: string; align?: 'right' }[] = [
  { key: 'run', label: 'Run' },
  { key: 'start', label: 'Start' },
  { key: 'images', label: 'Images', align: 'right' },
  { key: 'hits', label: 'Hits', align: 'right' },
  { key: 'indexed', label: 'Indexed', align: 'right' },
  { key: 'hitRate', label: 'Hit rate', align: 'right' },
  { key: 'indexingRate', label: 'Indexed %', align: 'right' },
  { key: 'lattice', label: 'Lattice' },
  { key: 'resolution', label: 'Est. res.', align: 'right' },
  { key: 'delay', label: 'Delay' },
  { key: 'status', label: 'Status' },
];

/**
 * Every run of an experiment. A run is selected by its link (keyboard, middle-click, share) or
 * by clicking anywhere on its row; the selected row is marked by `aria-current` and a bar.
 */
export function RunsTable({
  rows,
  caption,
  sort,
  dir,
  onSort,
  selectedId,
  selectHref,
  onSelect,
  thresholds,
  statsPending,
  timingPending,
  timingFailed,
}: RunsTableProps) {
  return (
    <Table.ScrollContainer
      minWidth={1160}
      type="native"
      tabIndex={0}
      role="region"
      aria-label={caption}
    >
      <Table highlightOnHover captionSide="top" verticalSpacing={6}>
        <Table.Caption ta="left">{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {COLUMNS.map((c) => (
              <SortableTh
                key={c.key}
                label={c.label}
                align={c.align}
                sorted={sort === c.key ? dir : undefined}
                onSort={() => onSort(c.key)}
              />
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <RunsTableRow
              key={row.run.id}
              row={row}
              selected={row.run.id === selectedId}
              href={selectHref(row.run.id)}
              onSelect={onSelect}
              thresholds={thresholds}
              statsPending={statsPending}
              timingPending={timingPending.has(row.run.id)}
              timingFailed={timingFailed.has(row.run.id)}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

interface RunsTableRowProps {
  row: RunRow;
  selected: boolean;
  href: string;
  onSelect: (runId: number) => void;
  thresholds: QualityThresholds;
  statsPending: boolean;
  timingPending: boolean;
  timingFailed: boolean;
}

const pending = <Loader size={12} aria-label="loading" />;

/**
 * One run. Memoised on what it shows: the event chains of a large group arrive one by one, and
 * each arrival should repaint one row, not the whole table.
 */
const RunsTableRow = memo(
  function RunsTableRow({
    row,
    selected,
    href,
    onSelect,
    thresholds,
    statsPending,
    timingPending,
    timingFailed,
  }: RunsTableRowProps) {
    const statCell = (value: string) => (row.stats ? value : statsPending ? pending : '–');
    const onRowClick = (event: MouseEvent<HTMLTableRowElement>) => {
      // the run's own link navigates by itself
      if ((event.target as HTMLElement).closest('a, button')) return;
      onSelect(row.run.id);
    };
    return (
      <Table.Tr
        key={row.run.id}
        onClick={onRowClick}
        style={{
          cursor: 'pointer',
          boxShadow: selected ? 'inset 4px 0 0 var(--mantine-color-indigo-filled)' : undefined,
        }}
        bg={selected ? 'var(--mantine-primary-color-light)' : undefined}
        aria-current={selected ? 'true' : undefined}
      >
        <Table.Td style={{ whiteSpace: 'nowrap' }}>
          <Anchor
            component={Link}
            to={href}
            preventScrollReset
            fw={selected ? 700 : 500}
            aria-current={selected ? 'true' : undefined}
            aria-label={`Run ${row.number} (data collection ${row.run.id})${selected ? ', selected' : ''}`}
          >
            #{row.number}
          </Anchor>{' '}
          <Text span size="xs" c="dimmed">
            {row.run.id}
          </Text>
        </Table.Td>
        <Table.Td>
          <DateTime value={row.run.start} />
        </Table.Td>
        <Table.Td ta="right">{formatCount(row.run.numberOfImages)}</Table.Td>
        <Table.Td ta="right">{statCell(formatCount(row.stats?.hits))}</Table.Td>
        <Table.Td ta="right">{statCell(formatCount(row.stats?.indexed))}</Table.Td>
        <Table.Td ta="right">
          {row.stats ? <RateValue rate={row.hitRate} thresholds={thresholds.hit} /> : statCell('')}
        </Table.Td>
        <Table.Td ta="right">
          {row.stats ? (
            <RateValue rate={row.indexingRate} thresholds={thresholds.indexing} />
          ) : (
            statCell('')
          )}
        </Table.Td>
        <Table.Td>{statCell(row.stats?.latticeType ?? '–')}</Table.Td>
        <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
          {statCell(formatQuantity(row.stats?.estimatedResolutionA, 'Å', 2))}
        </Table.Td>
        <Table.Td>
          {row.timing ? (
            <Text span size="sm" style={{ whiteSpace: 'nowrap' }}>
              {runTimingLabel(row.timing)}
            </Text>
          ) : timingPending ? (
            pending
          ) : timingFailed ? (
            <Tooltip label="The timing pattern of this run could not be read">
              <Text span size="sm" pos="relative">
                ? <VisuallyHidden>(could not be read)</VisuallyHidden>
              </Text>
            </Tooltip>
          ) : (
            '–'
          )}
        </Table.Td>
        <Table.Td>
          <RunStatus
            outcome={row.outcome}
            runStatus={row.run.runStatus}
            processing={row.processing}
          />
        </Table.Td>
      </Table.Tr>
    );
  },
  (a, b) =>
    a.row.run === b.row.run &&
    a.row.number === b.row.number &&
    a.row.stats === b.row.stats &&
    a.row.timing === b.row.timing &&
    a.row.processing === b.row.processing &&
    a.selected === b.selected &&
    a.href === b.href &&
    a.onSelect === b.onSelect &&
    a.thresholds === b.thresholds &&
    a.statsPending === b.statsPending &&
    a.timingPending === b.timingPending &&
    a.timingFailed === b.timingFailed,
);
