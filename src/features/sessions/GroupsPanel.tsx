import { Button, Group, Stack, Text } from '@mantine/core';
import { IconDownload, IconFilterOff } from '@tabler/icons-react';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useHttp } from '../../api/http-context';
import { sessionGroupsQuery } from '../../api/ispyb/events';
import { sessionGroupSummariesQuery } from '../../api/ispyb/session-groups';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { useNow } from '../../components/use-now';
import type { DeliveryDeviceKind } from '../../domain/delivery-device';
import { summariseExperiments, type ExperimentSummary } from '../../domain/experiment-summary';
import { sessionPhase, type Session } from '../../domain/session';
import { toCsv } from '../../lib/csv';
import { downloadBlob, safeFileName } from '../../lib/download';
import { groupPath } from '../../lib/paths';
import { useUrlState } from '../../lib/url-state';
import {
  buildRows,
  csvColumns,
  deviceOptions,
  filterRows,
  sortRows,
  typeOptions,
  usesSummaryFilters,
  type ExperimentRow,
} from './experiment-table';
import { GroupsFilters } from './GroupsFilters';
import { GroupsTable } from './GroupsTable';
import { LiveRefresh } from './LiveRefresh';
import {
  activeFilterCount,
  clearFilters,
  sessionUrlCodec,
  type ExperimentSortKey,
  type SessionUrlState,
} from './session-url';

/** How often a collecting session's experiments are read again. */
export const LIVE_REFRESH_MS = 10_000;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What a screen reader hears after a refresh that changed something. */
function describeUpdate(summaries: readonly ExperimentSummary[]): string {
  const runs = summaries.reduce((sum, s) => sum + s.runs, 0);
  const collecting = summaries.filter((s) => s.status === 'collecting').length;
  const processing = summaries.filter((s) => s.status === 'processing').length;
  return [
    `Data collections updated: ${plural(summaries.length, 'experiment')}, ${plural(runs, 'run')}`,
    collecting ? `${collecting} collecting` : undefined,
    processing ? `${processing} processing` : undefined,
  ]
    .filter(Boolean)
    .join('; ');
}

/**
 * The experiments (data collection groups) of a session with their SSX facets: filter and sort
 * from the URL, export as CSV, and, while the session is on, refresh every 10 s.
 */
export function GroupsPanel({ session }: { session: Session }) {
  const http = useHttp();
  const now = useNow(15_000);
  const current = sessionPhase(session, now) === 'current';
  const [paused, setPaused] = useState(false);
  const live = current && !paused;
  // Polling pauses while the tab is hidden (TanStack checks document visibility on each tick).
  const polling = {
    refetchInterval: live ? LIVE_REFRESH_MS : false,
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: live,
  } as const;
  // Suspends on the first read only: later refreshes keep showing the previous data.
  const groupsResult = useSuspenseQuery({ ...sessionGroupsQuery(http, session.id), ...polling });
  // Not suspending: the table shows at once, the SSX columns fill in when the runs are read.
  const summariesResult = useQuery({
    ...sessionGroupSummariesQuery(http, session.id),
    ...polling,
  });
  const [url, setUrl] = useUrlState(sessionUrlCodec);

  const data = summariesResult.data;
  const summaries = useMemo(
    () => (data ? summariseExperiments(data, { now, sessionCurrent: current }) : undefined),
    [data, now, current],
  );
  const available = useMemo(
    () => ({ processing: data?.processing, timing: data?.timing }),
    [data?.processing, data?.timing],
  );
  const rows = useMemo(
    () => buildRows(groupsResult.data, summaries),
    [groupsResult.data, summaries],
  );
  const shown = useMemo(
    () => sortRows(filterRows(rows, url, available), url.sort, url.dir),
    [rows, url, available],
  );

  // Announce changes of the data (not every tick of the clock, nor every identical refresh).
  const signature =
    summaries?.map((s) => `${s.id}:${s.runs}:${s.status}:${s.processedRuns}`).join('|') ?? '';
  const [seen, setSeen] = useState(signature);
  const [announcement, setAnnouncement] = useState('');
  if (signature !== seen) {
    setSeen(signature);
    if (seen !== '' && summaries) setAnnouncement(describeUpdate(summaries));
  }

  const linkTo = (row: ExperimentRow) => groupPath(session.proposalName, session.id, row.id);
  const setFilters = useCallback(
    (next: SessionUrlState) => setUrl(next, { replace: true }),
    [setUrl],
  );
  // Stable while the options are the same, so a live refresh does not re-render the filters.
  const typesKey = typeOptions(rows, url.types).join('\n');
  const types = useMemo(() => (typesKey ? typesKey.split('\n') : []), [typesKey]);
  const devicesKey = deviceOptions(rows, url.devices).join('\n');
  const devices = useMemo(
    () => (devicesKey ? (devicesKey.split('\n') as DeliveryDeviceKind[]) : []),
    [devicesKey],
  );
  const onSort = (key: ExperimentSortKey) =>
    setUrl({ ...url, sort: key, dir: url.sort === key && url.dir === 'asc' ? 'desc' : 'asc' });
  const onClear = () => setUrl(clearFilters(url));
  const filters = activeFilterCount(url);
  const exportCsv = () => {
    const absolute = (row: ExperimentRow) => new URL(linkTo(row), window.location.origin).href;
    // BOM: spreadsheets then read Å and µ as UTF-8
    const csv = `\uFEFF${toCsv(shown, csvColumns(available, absolute))}`;
    downloadBlob(
      new Blob([csv], { type: 'text/csv;charset=utf-8' }),
      `${safeFileName(session.name, 'experiments')}.csv`,
    );
  };
  const updatedAt = Math.min(
    groupsResult.dataUpdatedAt || Infinity,
    summariesResult.dataUpdatedAt || Infinity,
  );

  const liveBar = current && (
    <LiveRefresh
      updatedAt={Number.isFinite(updatedAt) ? updatedAt : 0}
      paused={paused}
      onPausedChange={(next) => {
        setPaused(next);
        if (!next) {
          void groupsResult.refetch();
          void summariesResult.refetch();
        }
      }}
      failed={groupsResult.isRefetchError || summariesResult.isRefetchError}
      announcement={announcement}
      intervalS={LIVE_REFRESH_MS / 1000}
    />
  );

  if (rows.length === 0) {
    return (
      <Stack gap="sm">
        {liveBar}
        <EmptyState title="No data collections in this session yet" />
      </Stack>
    );
  }

  return (
    <Stack gap="sm">
      {liveBar}
      <GroupsFilters
        state={url}
        onChange={setFilters}
        types={types}
        devices={devices}
        available={available}
      />
      <Group justify="space-between" gap="xs">
        <Text size="sm" aria-live="polite">
          Showing {shown.length} of {plural(rows.length, 'experiment')}
          {filters > 0 ? ` (${plural(filters, 'filter')})` : ''}
        </Text>
        <Group gap="xs">
          {filters > 0 && (
            <Button
              variant="default"
              size="compact-sm"
              leftSection={<IconFilterOff size={14} aria-hidden />}
              onClick={onClear}
            >
              Clear filters
            </Button>
          )}
          <Button
            variant="default"
            size="compact-sm"
            leftSection={<IconDownload size={14} aria-hidden />}
            onClick={exportCsv}
            disabled={shown.length === 0}
          >
            Export CSV
          </Button>
        </Group>
      </Group>
      {summariesResult.isPending && usesSummaryFilters(url) && (
        <Text size="sm" c="dimmed">
          Reading the runs: filters on delays, images, rates and status apply once they are read.
        </Text>
      )}
      {summariesResult.isError && !data && (
        <Stack gap={4}>
          <Text size="sm">
            The runs of these experiments could not be read: images, rates, delays and status are
            missing below.
          </Text>
          <ErrorPanel
            error={summariesResult.error}
            onRetry={() => void summariesResult.refetch()}
          />
        </Stack>
      )}
      {shown.length === 0 ? (
        <EmptyState
          title="No experiment matches these filters"
          action={
            <Button
              variant="light"
              leftSection={<IconFilterOff size={16} aria-hidden />}
              onClick={onClear}
            >
              Clear filters
            </Button>
          }
        >
          {plural(rows.length, 'experiment')} in this session; none passes every filter.
        </EmptyState>
      ) : (
        <GroupsTable
          rows={shown}
          caption={`Experiments (data collection groups) of ${session.name}; times are facility local time`}
          available={available}
          summariesLoading={summariesResult.isPending}
          sort={url.sort}
          dir={url.dir}
          onSort={onSort}
          linkTo={linkTo}
        />
      )}
    </Stack>
  );
}
