import { formatDateTime } from '../../components/format';
import {
  experimentTypeLabel,
  isSerialExperiment,
  type DataCollectionGroup,
} from '../../domain/data-collection';
import {
  deriveDeliveryDevice,
  type DeliveryDevice,
  type DeliveryDeviceKind,
} from '../../domain/delivery-device';
import {
  EXPERIMENT_STATUSES,
  experimentStatusLabel,
  type Availability,
  type ExperimentSummary,
} from '../../domain/experiment-summary';
import { formatSI } from '../../domain/units';
import type { CsvColumn } from '../../lib/csv';
import type { ExperimentSortKey, SessionUrlState } from './session-url';

/** One line of the session's experiments table. */
export interface ExperimentRow {
  /** The group id: rows keep their identity across refreshes. */
  id: number;
  /** As last read by the groups query. */
  group: DataCollectionGroup;
  typeLabel: string;
  device: DeliveryDevice;
  /** `undefined` while the runs are read (or when reading them failed). */
  summary: ExperimentSummary | undefined;
}

/** What the server offers; `undefined` while not known yet. */
export interface TableAvailability {
  processing: Availability | undefined;
  timing: Availability | undefined;
}

export const NOT_PROVIDED = 'not provided by this server';

export const DEVICE_KIND_LABELS: Readonly<Record<DeliveryDeviceKind, string>> = {
  chip: 'Fixed-target chip',
  'liquid-jet': 'Liquid jet',
  'viscous-injector': 'Viscous injector',
  tape: 'Tape drive',
  pin: 'Pin (goniometer)',
  unknown: 'Unknown',
};

export function buildRows(
  groups: readonly DataCollectionGroup[],
  summaries: readonly ExperimentSummary[] | undefined,
): ExperimentRow[] {
  const byId = new Map(summaries?.map((s) => [s.id, s]));
  return groups.map((group) => {
    const summary = byId.get(group.id);
    return {
      id: group.id,
      group,
      typeLabel: experimentTypeLabel(group.experimentType),
      device: summary?.device ?? deriveDeliveryDevice(group, group.latestRun.ssx, undefined),
      summary,
    };
  });
}

/** The distinct type labels of the rows, sorted, for the type filter. */
export function typeOptions(rows: readonly ExperimentRow[], selected: readonly string[]): string[] {
  return [...new Set([...rows.map((r) => r.typeLabel), ...selected])].sort((a, b) =>
    a.localeCompare(b),
  );
}

/** Device kinds present in the rows (and selected ones), in the canonical order. */
export function deviceOptions(
  rows: readonly ExperimentRow[],
  selected: readonly DeliveryDeviceKind[],
): DeliveryDeviceKind[] {
  const present = new Set([...rows.map((r) => r.device.kind), ...selected]);
  return (Object.keys(DEVICE_KIND_LABELS) as DeliveryDeviceKind[]).filter((k) => present.has(k));
}

/** Filters that need the runs to have been read. */
export function usesSummaryFilters(state: SessionUrlState): boolean {
  return (
    state.delay !== undefined ||
    state.delayMin !== undefined ||
    state.delayMax !== undefined ||
    state.minImages !== undefined ||
    state.minHitRate !== undefined ||
    state.minIndexingRate !== undefined ||
    state.statuses.length > 0
  );
}

const atLeast = (value: number | undefined, min: number | undefined) =>
  min === undefined || (value !== undefined && value >= min);

/** 1 part in 10⁹, so a delay typed as `1e-6` matches one computed as 0.000001000000001. */
const inRange = (d: number, min: number | undefined, max: number | undefined) =>
  (min === undefined || d >= min * (1 - 1e-9)) && (max === undefined || d <= max * (1 + 1e-9));

/**
 * The rows the URL's filters keep. A filter on data the server does not provide (rates without
 * `/ssx`, delays without event chains) is ignored rather than hiding every row.
 */
export function filterRows(
  rows: readonly ExperimentRow[],
  state: SessionUrlState,
  available: TableAvailability,
): ExperimentRow[] {
  const search = state.sample.toLowerCase();
  const timing = available.timing !== 'not-provided';
  const processing = available.processing !== 'not-provided';
  return rows.filter((row) => {
    const s = row.summary;
    if (state.types.length && !state.types.includes(row.typeLabel)) return false;
    if (state.devices.length && !state.devices.includes(row.device.kind)) return false;
    if (search && !(row.group.sampleName ?? '').toLowerCase().includes(search)) return false;
    if (!atLeast(s?.runs ?? row.group.runCount, state.minRuns)) return false;
    if (!atLeast(s?.images, state.minImages)) return false;
    if (state.statuses.length && !(s && state.statuses.includes(s.status))) return false;
    if (processing) {
      if (!atLeast(s?.hitRate, state.minHitRate)) return false;
      if (!atLeast(s?.indexingRate, state.minIndexingRate)) return false;
    }
    if (timing) {
      if (state.delay === 'timed' && s?.timing !== 'time-resolved') return false;
      if (state.delay === 'dark' && !s?.darkRun) return false;
      if (state.delay === 'static' && s?.timing !== 'static') return false;
      if (state.delayMin !== undefined || state.delayMax !== undefined) {
        if (!s?.delays.some((d) => inRange(d, state.delayMin, state.delayMax))) return false;
      }
    }
    return true;
  });
}

function sortValue(row: ExperimentRow, key: ExperimentSortKey): number | string | undefined {
  const s = row.summary;
  switch (key) {
    case 'type':
      return row.typeLabel.toLowerCase();
    case 'sample':
      return row.group.sampleName?.toLowerCase();
    case 'device':
      return DEVICE_KIND_LABELS[row.device.kind].toLowerCase();
    case 'delay':
      // static (no excitation) before the shortest delay; unknown timing last
      return s?.timing === 'time-resolved'
        ? (s.delays[0] ?? Number.MAX_VALUE)
        : s?.timing === 'static'
          ? -1
          : undefined;
    case 'runs':
      return s?.runs ?? row.group.runCount;
    case 'images':
      return s?.images;
    case 'hitRate':
      return s?.hitRate;
    case 'indexingRate':
      return s?.indexingRate;
    case 'resolution':
      return s?.bestResolutionA;
    case 'status':
      return s ? EXPERIMENT_STATUSES.indexOf(s.status) : undefined;
    case 'start':
      return row.group.start?.getTime();
  }
}

/** Newest first; groups without a start last; ties by id, newest first. */
function newestFirst(a: ExperimentRow, b: ExperimentRow): number {
  const ta = a.group.start?.getTime() ?? -Infinity;
  const tb = b.group.start?.getTime() ?? -Infinity;
  return ta === tb ? b.id - a.id : tb - ta;
}

/** Sorted by `key` (newest first without one); missing values last in both directions. */
export function sortRows(
  rows: readonly ExperimentRow[],
  key: ExperimentSortKey | undefined,
  dir: 'asc' | 'desc',
): ExperimentRow[] {
  if (key === undefined) return [...rows].sort(newestFirst);
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    if (x === undefined || y === undefined) {
      return x === y ? newestFirst(a, b) : x === undefined ? 1 : -1;
    }
    const c =
      typeof x === 'string' || typeof y === 'string' ? String(x).localeCompare(String(y)) : x - y;
    return c === 0 ? newestFirst(a, b) : sign * c;
  });
}

/** Delays in a cell: all of them up to three, else the range and the count. */
export function formatDelays(delays: readonly number[]): string {
  if (delays.length === 0) return '–';
  if (delays.length <= 3) return delays.map((d) => formatSI(d, 's')).join(', ');
  const first = delays[0] as number;
  const last = delays.at(-1) as number;
  return `${formatSI(first, 's')} – ${formatSI(last, 's')} (${delays.length}\u00a0delays)`;
}

/** What the delays are measured from, and whether a dark reference was collected. */
export function delayNote(summary: ExperimentSummary): string | undefined {
  const what =
    summary.excitation === 'laser'
      ? 'pump–probe'
      : summary.excitation === 'mixing'
        ? 'after mixing'
        : summary.excitation === 'both'
          ? 'pump–probe and mixing'
          : undefined;
  const parts = [what, summary.darkRun ? 'with dark run' : undefined].filter(Boolean);
  return parts.length ? parts.join(', ') : undefined;
}

/** The delay cell's text for any row: delays, "none (static)", "–", or not provided. */
export function delayText(row: ExperimentRow, timing: Availability | undefined): string {
  const s = row.summary;
  if (!s) return '–';
  if (s.timing === 'time-resolved') return formatDelays(s.delays);
  if (s.timing === 'static') return 'none (static)';
  return timing === 'not-provided' && s.serial ? NOT_PROVIDED : '–';
}

const percent = (fraction: number | undefined) =>
  fraction === undefined ? undefined : Number((fraction * 100).toFixed(2));

/** The CSV export: one line per shown row, numbers unformatted, units in the headers. */
export function csvColumns(
  available: TableAvailability,
  link: (row: ExperimentRow) => string,
): CsvColumn<ExperimentRow>[] {
  const processing =
    (value: (s: ExperimentSummary) => number | undefined) => (row: ExperimentRow) =>
      available.processing === 'not-provided'
        ? NOT_PROVIDED
        : row.summary
          ? value(row.summary)
          : undefined;
  return [
    { header: 'Group id', value: (r) => r.id },
    { header: 'Experiment type', value: (r) => r.typeLabel },
    {
      header: 'Serial (SSX)',
      value: (r) => (isSerialExperiment(r.group.experimentType) ? 'yes' : 'no'),
    },
    { header: 'Sample', value: (r) => r.group.sampleName },
    { header: 'Delivery device', value: (r) => DEVICE_KIND_LABELS[r.device.kind] },
    {
      header: 'Delays (s)',
      value: (r) =>
        available.timing === 'not-provided' && r.summary?.serial
          ? NOT_PROVIDED
          : r.summary?.delays.join(' ') || undefined,
    },
    {
      header: 'Dark run',
      value: (r) =>
        r.summary?.timing === 'time-resolved' ? (r.summary.darkRun ? 'yes' : 'no') : undefined,
    },
    { header: 'Runs', value: (r) => r.summary?.runs ?? r.group.runCount },
    { header: 'Images', value: (r) => r.summary?.images },
    { header: 'Hits', value: processing((s) => s.hits) },
    { header: 'Indexed', value: processing((s) => s.indexed) },
    { header: 'Hit rate (%)', value: processing((s) => percent(s.hitRate)) },
    { header: 'Indexing rate (%)', value: processing((s) => percent(s.indexingRate)) },
    { header: 'Best resolution (Å)', value: processing((s) => s.bestResolutionA) },
    {
      header: 'Status',
      value: (r) => (r.summary ? experimentStatusLabel(r.summary.status) : undefined),
    },
    {
      header: 'Start (facility local time)',
      value: (r) => (r.group.start ? formatDateTime(r.group.start) : undefined),
    },
    {
      header: 'End (facility local time)',
      value: (r) => (r.group.end ? formatDateTime(r.group.end) : undefined),
    },
    { header: 'Link', value: link },
  ];
}
