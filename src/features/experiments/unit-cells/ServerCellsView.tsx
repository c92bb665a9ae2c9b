import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { memo } from 'react';
import { CELL_PARAMETERS, type CellHistograms } from '../../../domain/processing';
import { cellParameterLabel } from '../../../domain/cell-statistics-summary';
import { CellHistogramCard } from './CellHistogramCard';
import { CellStatsTable, type CellStatsRow } from './CellStatsTable';

export interface ServerCellsViewProps {
  histograms: CellHistograms;
  fileBase: string;
}

function sum(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0);
}

/** py-ispyb's own histograms (`/cells/histogram`): drawn at once, before the raw cells arrive. */
export const ServerCellsView = memo(function ServerCellsView({
  histograms,
  fileBase,
}: ServerCellsViewProps) {
  const inferred = CELL_PARAMETERS.some((p) => histograms[p]?.lastEdgeInferred);
  const rows: CellStatsRow[] = CELL_PARAMETERS.map((p) => ({
    parameter: p,
    median: histograms[p]?.median,
    n: sum(histograms[p]?.counts ?? []),
  }));
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        Server-binned: 50 bins, outliers beyond 1.5 × IQR dropped.
        {inferred && ' The server sent as many edges as bins: the last edge is extrapolated.'}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        {CELL_PARAMETERS.map((p) => {
          const h = histograms[p];
          return h ? (
            <CellHistogramCard
              key={p}
              parameter={p}
              edges={h.edges}
              counts={h.counts}
              median={h.median}
              caption="server-binned"
              fileBase={`${fileBase}-server`}
            />
          ) : (
            <Paper key={p} withBorder p="md" radius="md">
              <Text size="sm" c="dimmed">
                {cellParameterLabel(p)}: the server sent no histogram.
              </Text>
            </Paper>
          );
        })}
      </SimpleGrid>
      <CellStatsTable
        rows={rows}
        caption="Medians of all cells and cells counted in the server's histograms (outliers excluded)"
        withMean={false}
        withOutliers={false}
      />
    </Stack>
  );
});
