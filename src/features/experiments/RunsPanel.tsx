import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useCallback } from 'react';
import type { Capabilities } from '../../api/capabilities';
import { useHttp } from '../../api/http-context';
import type { DataCollectionGroup, DataCollection } from '../../domain/data-collection';
import { buildRunRows, sortRunRows, type RunSortKey } from '../../domain/experiment';
import { toCsv } from '../../lib/csv';
import { downloadBlob, safeFileName } from '../../lib/download';
import { describeError } from '../../components/describe-error';
import type { ExperimentUrlState } from './experiment-url';
import { experimentSearch } from './experiment-url';
import { RUN_CSV_COLUMNS } from './runs-csv';
import { RunsTable } from './RunsTable';
import { useProcessingStatuses, useRunStats } from './use-run-stats';
import { useRunTimings } from './use-run-timings';

/** Columns whose natural first direction is "largest first". */
const DESC_FIRST: ReadonlySet<RunSortKey> = new Set([
  'images',
  'hits',
  'indexed',
  'hitRate',
  'indexingRate',
]);

export interface RunsPanelProps {
  group: DataCollectionGroup;
  runs: readonly DataCollection[];
  capabilities: Capabilities;
  state: ExperimentUrlState;
  setState: (next: ExperimentUrlState, options?: { replace?: boolean }) => void;
  selectedId: number;
}

/** Every run of the experiment with its processing summary, timing and status; CSV export. */
export function RunsPanel({
  group,
  runs,
  capabilities,
  state,
  setState,
  selectedId,
}: RunsPanelProps) {
  const http = useHttp();
  const ids = runs.map((r) => r.id);
  const stats = useRunStats(http, ids, capabilities);
  const timing = useRunTimings(http, ids, capabilities);
  const statuses = useProcessingStatuses(http, ids);
  const rows = buildRunRows(runs, stats.stats, timing.timings, statuses);
  const sorted = sortRunRows(rows, state.sort, state.dir);

  const onSelect = useCallback(
    (runId: number) => setState({ ...state, run: runId }),
    [state, setState],
  );

  const onSort = (key: RunSortKey) => {
    const dir =
      state.sort === key
        ? state.dir === 'asc'
          ? 'desc'
          : 'asc'
        : DESC_FIRST.has(key)
          ? 'desc'
          : 'asc';
    setState({ ...state, sort: key, dir }, { replace: true });
  };

  const exportCsv = () => {
    // BOM, as the session's CSV: spreadsheets then read µs and Å as UTF-8
    const csv = `\uFEFF${toCsv(sorted, RUN_CSV_COLUMNS)}`;
    downloadBlob(
      new Blob([csv], { type: 'text/csv;charset=utf-8' }),
      `${safeFileName(group.sessionName ?? group.proposalName, 'experiment', group.id, 'runs')}.csv`,
    );
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between" gap="sm">
        <Text size="sm" c="dimmed">
          Select a run to see its parameters, timing, unit cells, sample and device below. Times are
          facility local time.
        </Text>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconDownload size={16} aria-hidden />}
          onClick={exportCsv}
        >
          Export CSV
        </Button>
      </Group>
      {stats.status === 'unavailable' && (
        <Text size="sm">
          This ISPyB server does not provide SSX processing summaries (hits, indexed patterns):
          those columns stay empty.
        </Text>
      )}
      {stats.status === 'error' && (
        <Alert
          color="red"
          variant="light"
          title="Processing summaries could not be read"
          role="alert"
        >
          <Group gap="sm" justify="space-between">
            <Text size="sm">{describeError(stats.error).message}</Text>
            <Button size="xs" variant="light" color="red" onClick={stats.retry}>
              Retry
            </Button>
          </Group>
        </Alert>
      )}
      {!timing.provided && (
        <Text size="sm">
          This ISPyB server does not provide timing patterns (event chains): delays are not shown.
        </Text>
      )}
      <RunsTable
        rows={sorted}
        caption={`All ${runs.length} run${runs.length === 1 ? '' : 's'} of this experiment`}
        sort={state.sort}
        dir={state.dir}
        onSort={onSort}
        selectedId={selectedId}
        selectHref={(runId) => experimentSearch({ ...state, run: runId })}
        onSelect={onSelect}
        thresholds={state.thresholds}
        statsPending={stats.status === 'pending'}
        timingPending={timing.pending}
        timingFailed={timing.failed}
      />
    </Stack>
  );
}
