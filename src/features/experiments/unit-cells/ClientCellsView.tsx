import { Alert, Group, NumberInput, SimpleGrid, Slider, Stack, Switch, Text } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { memo, useEffect, useId, useMemo, useState } from 'react';
import type { UnitCellsHandle } from '../../../api/unit-cells/unit-cells-client';
import { formatCount } from '../../../domain/units';
import {
  MAX_BINS,
  MIN_BINS,
  clampBins,
  shownSummary,
  type CellDensity,
  type CellHistogramSet,
  type CellPair,
} from '../../../domain/cell-statistics-summary';
import { CELL_PARAMETERS } from '../../../domain/processing';
import { useUrlState } from '../../../lib/url-state';
import { cellsViewCodec } from '../experiment-url-cells';
import { CellDensityCard } from './CellDensityCard';
import { CellHistogramCard } from './CellHistogramCard';
import { CellStatsTable, type CellStatsRow } from './CellStatsTable';
import { formatMegabytes, percent } from './unit-cells-format';

export interface ClientCellsViewProps {
  handle: UnitCellsHandle;
  fileBase: string;
}

const densityKey = ([x, y]: CellPair, hide: boolean) => `${x}:${y}:${hide ? 'kept' : 'all'}`;

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Histograms computed in the browser from every indexed cell: adjustable bin count, outliers
 * shown or hidden, medians and mean ± σ, and a 2-D density. The numbers come from the worker
 * that holds the cells; this view only asks it for new bins and draws what it answers.
 */
export const ClientCellsView = memo(function ClientCellsView({
  handle,
  fileBase,
}: ClientCellsViewProps) {
  const { result, runs } = handle;
  const { stats } = result;
  const binsLabelId = useId();
  // bins, outliers and the density pair live in the URL (a shared link shows the same view);
  // view tweaks replace the history entry instead of filling the back button
  const [view, setView] = useUrlState(cellsViewCodec);
  const { bins, hideOutliers, pair, pairHideOutliers: densityHide } = view;
  const update = (change: Partial<typeof view>) =>
    setView({ ...view, ...change }, { replace: true });
  // the slider moves a draft at once; the URL (and a re-binning) follows once it rests. The
  // draft is not synced back from the URL: these settings replace the history entry, so only
  // this control changes them while the view is mounted (syncing raced with slow commits)
  const [binsDraft, setBinsDraft] = useState<number>(bins);
  const commitBins = useDebouncedCallback((next: number) => update({ bins: next }), 150);
  const changeBins = (next: number) => {
    setBinsDraft(next);
    commitBins(clampBins(next));
  };
  const [set, setSet] = useState<CellHistogramSet>(result.histograms);
  const [rebinError, setRebinError] = useState<string | undefined>();

  const [densities, setDensities] = useState<ReadonlyMap<string, CellDensity | undefined>>(
    () => new Map(result.densities.map((d) => [densityKey([d.x, d.y], d.hideOutliers), d])),
  );
  const [densityError, setDensityError] = useState<string | undefined>();

  useEffect(() => {
    if (set.bins === bins && set.hideOutliers === hideOutliers) return;
    let current = true;
    handle.histograms(bins, hideOutliers).then(
      (next) => {
        if (!current) return;
        setSet(next);
        setRebinError(undefined);
      },
      (error: unknown) => {
        if (current) setRebinError(`The histograms could not be recomputed: ${errorText(error)}`);
      },
    );
    return () => {
      current = false;
    };
  }, [handle, bins, hideOutliers, set]);

  const wantedDensity = densityKey(pair, densityHide);
  useEffect(() => {
    if (densities.has(wantedDensity)) return;
    let current = true;
    handle.density(pair, densityHide).then(
      (density) => {
        if (!current) return;
        setDensities((old) => new Map(old).set(wantedDensity, density));
        setDensityError(undefined);
      },
      (error: unknown) => {
        if (current) setDensityError(`The density could not be computed: ${errorText(error)}`);
      },
    );
    return () => {
      current = false;
    };
  }, [handle, pair, densityHide, wantedDensity, densities]);

  const shown = set.hideOutliers;
  const rows: CellStatsRow[] = useMemo(
    () =>
      CELL_PARAMETERS.map((p) => {
        const summary = shownSummary(stats[p], shown);
        return {
          parameter: p,
          median: summary.median,
          mean: summary.mean,
          std: summary.std,
          n: summary.n,
          outliers: stats[p].outliers,
          total: stats[p].all.n,
          bounds: [stats[p].bounds.lower, stats[p].bounds.upper] as const,
        };
      }),
    [stats, shown],
  );
  const maxOutliers = Math.max(0, ...CELL_PARAMETERS.map((p) => stats[p].outliers));
  const missing = runs.filter((r) => r.missing).map((r) => r.dataCollectionId);
  const loadedRuns = runs.length - missing.length;
  const caption = shown ? 'outliers hidden' : 'all cells';

  return (
    <Stack gap="sm">
      <Text size="sm">
        Computed in your browser from all {formatCount(result.rows)} indexed cells
        {loadedRuns > 1 ? ` of ${loadedRuns} runs` : ''} ({formatMegabytes(result.bytes)}).
        {result.skippedRows > 0 &&
          ` ${formatCount(result.skippedRows)} rows without six numbers were skipped.`}
      </Text>
      {missing.length > 0 && (
        <Alert color="yellow" variant="light" title="Some runs have no cells yet">
          {missing.length === 1 ? 'Run' : 'Runs'} {missing.join(', ')}: the server has no indexed
          cells (processing may still be running). The histograms pool the other runs.
        </Alert>
      )}
      <Group gap="xl" align="flex-end" wrap="wrap">
        <Stack gap={4} w={280}>
          <Text size="sm" fw={500} id={binsLabelId}>
            Bins per histogram
          </Text>
          <Group gap="sm" wrap="nowrap">
            <Slider
              flex={1}
              min={MIN_BINS}
              max={MAX_BINS}
              step={1}
              value={clampBins(binsDraft)}
              onChange={changeBins}
              thumbLabel="Bins per histogram"
              aria-labelledby={binsLabelId}
            />
            <NumberInput
              aria-label="Bins per histogram"
              min={MIN_BINS}
              max={MAX_BINS}
              clampBehavior="blur"
              value={binsDraft}
              onChange={(value) => {
                const n = typeof value === 'number' ? value : Number(value);
                if (Number.isFinite(n) && n > 0) changeBins(n);
              }}
              w={80}
              size="xs"
            />
          </Group>
        </Stack>
        <Switch
          label="Hide outliers beyond 1.5 × IQR"
          description={`Per parameter, as the server does: up to ${formatCount(maxOutliers)} cells (${percent(maxOutliers, result.rows)}) lie beyond the bounds`}
          checked={hideOutliers}
          onChange={(event) => update({ hideOutliers: event.currentTarget.checked })}
        />
      </Group>
      {rebinError && (
        <Text size="sm" c="red" role="alert">
          {rebinError}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        {CELL_PARAMETERS.map((p) => {
          const h = set.histograms[p];
          const summary = shownSummary(stats[p], shown);
          return h ? (
            <CellHistogramCard
              key={p}
              parameter={p}
              edges={h.edges}
              counts={h.counts}
              median={summary.median}
              mean={summary.mean}
              std={summary.std}
              caption={`${set.bins} bins, ${caption}`}
              fileBase={fileBase}
            />
          ) : null;
        })}
      </SimpleGrid>
      <CellStatsTable
        rows={rows}
        caption={
          shown
            ? 'Cells inside the 1.5 × IQR bounds of each parameter (outliers hidden)'
            : 'All indexed cells (outliers included)'
        }
      />
      <CellDensityCard
        pair={pair}
        onPairChange={(next) => update({ pair: next })}
        hideOutliers={densityHide}
        onHideOutliersChange={(hide) => update({ pairHideOutliers: hide })}
        density={densities.get(wantedDensity)}
        error={densityError}
        fileBase={fileBase}
      />
    </Stack>
  );
});
