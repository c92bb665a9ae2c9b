import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import {
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { capabilitiesQuery } from '../../../api/capabilities';
import { isApiError } from '../../../api/errors';
import { useHttp } from '../../../api/http-context';
import { cellHistogramsQuery, ssxStatsQuery } from '../../../api/ispyb/ssx-processing';
import type { UnitCellsLoader } from '../../../api/unit-cells/unit-cells-client';
import { EmptyState } from '../../../components/EmptyState';
import { formatCount } from '../../../domain/units';
import { ErrorPanel } from '../../../components/ErrorPanel';
import { LoadingState } from '../../../components/LoadingState';
import { describeError } from '../../../components/describe-error';
import { CELL_PARAMETERS } from '../../../domain/processing';
import { useUrlState } from '../../../lib/url-state';
import { cellsViewCodec } from '../experiment-url-cells';
import { CellsProgress } from './CellsProgress';
import { ClientCellsView } from './ClientCellsView';
import { ServerCellsView } from './ServerCellsView';
import { useUnitCellsLoader } from './unit-cells-loader-context';
import { useRawCells } from './use-raw-cells';

export interface UnitCellsPanelProps {
  /** One run, or every run of the group (pooled). */
  dataCollectionIds: number[];
  title: string;
  /**
   * `auto` (default) starts downloading every cell at once; `on-demand` waits for a click (e.g.
   * for the pooled group next to a per-run panel, so the same cells are not fetched twice).
   */
  rawCells?: 'auto' | 'on-demand';
  /** Replaces the worker-based loader (tests: jsdom has no Worker). Must be stable. */
  loader?: UnitCellsLoader;
}

function canonicalIds(ids: readonly number[]): number[] {
  return [...new Set(ids)].sort((a, b) => a - b);
}

/**
 * Unit-cell distributions of one run or a group: py-ispyb's server-binned histograms at once
 * where the server offers them, every indexed cell downloaded and parsed in a worker in the
 * background with progress, then the client-side view (bins, outliers, mean ± σ, 2-D density).
 * Either source alone is enough. The root carries `data-cells-arrived-at` (last byte) and
 * `data-cells-drawn-at` (client view painted), `performance.now()` values, for the benchmark,
 * `data-cells-read-at` (the worker had parsed the last byte), `data-cells-parse-ms` (worker time
 * spent parsing) and `data-cells-worker-ms` (worker time from the last byte to the statistics).
 */
export function UnitCellsPanel({
  dataCollectionIds,
  title,
  rawCells = 'auto',
  loader,
}: UnitCellsPanelProps) {
  const http = useHttp();
  const load = useUnitCellsLoader(loader);
  const titleId = useId();
  const idsKey = canonicalIds(dataCollectionIds).join(',');
  const ids = useMemo(() => (idsKey ? idsKey.split(',').map(Number) : []), [idsKey]);
  const [requested, setRequested] = useState(false);
  const started = rawCells === 'auto' || requested;

  const capabilities = useQuery(capabilitiesQuery(http));
  const routeMissing = capabilities.data !== undefined && !capabilities.data.cellHistogram;
  const server = useQuery({
    ...cellHistogramsQuery(http, ids),
    enabled: ids.length > 0 && !capabilities.isPending && !routeMissing,
  });
  const runStats = useQuery({
    ...ssxStatsQuery(http, ids),
    enabled:
      ids.length > 0 && !capabilities.isPending && capabilities.data?.ssxProcessing !== false,
  });
  // drawn in a background (time-sliced) render: it may land while the client view is being drawn
  const serverHistograms = useDeferredValue(server.data);
  const expectedRows = runStats.data?.reduce((sum, run) => sum + run.indexed, 0) || undefined;
  // the worker's first answer is computed for the view the URL asks for; later changes re-bin
  const [urlView] = useUrlState(cellsViewCodec);
  const [firstView] = useState(urlView);
  const { state: raw, retry } = useRawCells(http, ids, load, started && ids.length > 0, firstView);

  const rootRef = useRef<HTMLElement>(null);
  const ready = raw.status === 'ready' ? raw.handle : undefined;
  useEffect(() => {
    const root = rootRef.current;
    if (!ready || !root) return;
    root.setAttribute('data-cells-arrived-at', String(ready.arrivedAt));
    root.setAttribute('data-cells-read-at', String(ready.readAt));
    root.setAttribute('data-cells-worker-ms', ready.result.computeMs.toFixed(1));
    root.setAttribute('data-cells-parse-ms', ready.result.parseMs.toFixed(1));
    // "drawn" = after the frame that paints the client view
    let timer: ReturnType<typeof setTimeout> | undefined;
    const mark = () => {
      timer = setTimeout(
        () => root.setAttribute('data-cells-drawn-at', String(performance.now())),
        0,
      );
    };
    const frame =
      typeof requestAnimationFrame === 'function' ? requestAnimationFrame(mark) : undefined;
    if (frame === undefined) mark();
    return () => {
      if (frame !== undefined) cancelAnimationFrame(frame);
      clearTimeout(timer);
      root.removeAttribute('data-cells-drawn-at');
      root.removeAttribute('data-cells-arrived-at');
      root.removeAttribute('data-cells-worker-ms');
      root.removeAttribute('data-cells-read-at');
      root.removeAttribute('data-cells-parse-ms');
    };
  }, [ready]);

  const one = ids.length === 1;
  const fileBase = `unit-cells-${one ? `run-${ids[0]}` : `${ids.length}-runs-${ids[0]}-${ids.at(-1)}`}`;
  const serverEmpty =
    server.data !== undefined && CELL_PARAMETERS.every((p) => server.data[p] === undefined);
  const view = ready ? 'client' : serverHistograms && !serverEmpty ? 'server' : 'none';

  let rawBlock: ReactNode = null;
  if (raw.status === 'idle') {
    rawBlock = (
      <Group gap="sm">
        <Button
          size="xs"
          variant="light"
          leftSection={<IconDownload size={14} aria-hidden />}
          onClick={() => setRequested(true)}
          // Long label: let it wrap on a phone instead of being cut.
          h="auto"
          py={6}
          styles={{ label: { whiteSpace: 'normal', lineHeight: 1.35 } }}
        >
          Load every cell for adjustable histograms
        </Button>
        <Text size="xs" c="dimmed">
          {expectedRows ? `About ${formatCount(expectedRows)} cells; ` : ''}
          parsed in the background.
        </Text>
      </Group>
    );
  } else if (raw.status === 'loading') {
    rawBlock = <CellsProgress progress={raw.progress} expectedRows={expectedRows} />;
  } else if (raw.status === 'error') {
    const notFound = isApiError(raw.error) && raw.error.kind === 'not-found';
    const keep = view === 'server' ? ' The server’s histograms below stay available.' : '';
    rawBlock = notFound ? (
      <Alert color="yellow" variant="light" title="The individual cells are not available yet">
        <Stack gap="xs">
          <Text size="sm">
            The server has no cell list for {one ? 'this run' : 'these runs'} (HTTP 404): its
            processing may still be running, or wrote no cells.{keep}
          </Text>
          <Group>
            <Button size="xs" variant="light" onClick={retry}>
              Try again
            </Button>
          </Group>
        </Stack>
      </Alert>
    ) : (
      <Stack gap={4}>
        <Text size="sm">The individual cells could not be loaded.{keep}</Text>
        <ErrorPanel error={raw.error} onRetry={retry} showHomeLink={false} />
      </Stack>
    );
  }

  let serverBlock: ReactNode = null;
  if (!ready) {
    if (routeMissing) {
      serverBlock = (
        <Text size="sm" c="dimmed">
          This ISPyB server does not bin unit cells itself: the histograms appear once every cell is
          loaded.
        </Text>
      );
    } else if (server.isError) {
      serverBlock = (
        <Group gap="xs" role="status">
          <Text size="sm" c="dimmed">
            The server’s histograms are unavailable: {describeError(server.error).title}.
            {raw.status === 'error' ? '' : ' The histograms appear once every cell is loaded.'}
          </Text>
          <Button size="xs" variant="light" onClick={() => void server.refetch()}>
            Retry the server’s histograms
          </Button>
        </Group>
      );
    } else if (serverEmpty) {
      serverBlock = (
        <EmptyState title="No indexed unit cells">
          The server reports no indexed cells for {one ? 'this run' : 'these runs'} yet.
        </EmptyState>
      );
    } else if (serverHistograms) {
      serverBlock = <ServerCellsView histograms={serverHistograms} fileBase={fileBase} />;
    } else if (server.isPending && ids.length > 0) {
      serverBlock = <LoadingState label="Loading the server’s histograms…" />;
    }
  }

  return (
    <Paper
      ref={rootRef}
      component="section"
      aria-labelledby={titleId}
      withBorder
      p="md"
      radius="md"
      data-cells-view={view}
    >
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={3} size="h5" id={titleId}>
            {title}
          </Title>
          {view !== 'none' && (
            <Badge variant="light" color={view === 'client' ? 'teal' : 'gray'}>
              {view === 'client' ? 'Client-side, every cell' : 'Server-binned'}
            </Badge>
          )}
        </Group>
        {ids.length === 0 && <Text size="sm">No runs to show unit cells for.</Text>}
        {rawBlock}
        {ready ? (
          ready.result.rows === 0 ? (
            <EmptyState title="No complete unit cells">
              The server sent {formatCount(ready.result.skippedRows)} rows, none with six numbers.
            </EmptyState>
          ) : (
            <ClientCellsView handle={ready} fileBase={fileBase} />
          )
        ) : (
          serverBlock
        )}
      </Stack>
    </Paper>
  );
}
