import { Group, Paper } from '@mantine/core';
import { useRef } from 'react';
import { ChartExport } from '../../../components/charts/ChartExport';
import { HistogramChart } from '../../../components/charts/HistogramChart';
import { cellParameterLabel, cellParameterSymbol } from '../../../domain/cell-statistics-summary';
import type { CellParameter } from '../../../domain/processing';
import { VALUE_DECIMALS } from './unit-cells-format';

export interface CellHistogramCardProps {
  parameter: CellParameter;
  edges: ArrayLike<number>;
  counts: ArrayLike<number>;
  median?: number | undefined;
  mean?: number | undefined;
  std?: number | undefined;
  /** e.g. `server-binned`, `client, outliers hidden`. */
  caption: string;
  /** File name base for the exports, e.g. `unit-cells-run-40023`. */
  fileBase: string;
}

/** One parameter's histogram with its PNG and SVG downloads. */
export function CellHistogramCard({
  parameter,
  edges,
  counts,
  median,
  mean,
  std,
  caption,
  fileBase,
}: CellHistogramCardProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const symbol = cellParameterSymbol(parameter);
  return (
    <Paper withBorder p="xs" radius="md">
      <HistogramChart
        svgRef={svgRef}
        edges={edges}
        counts={counts}
        label={cellParameterLabel(parameter)}
        title={symbol}
        caption={caption}
        median={median}
        mean={mean}
        std={std}
        decimals={VALUE_DECIMALS}
      />
      <Group justify="flex-end" mt={4}>
        <ChartExport
          targetRef={svgRef}
          fileName={`${fileBase}-${parameter}`}
          chartName={`histogram of ${symbol}`}
        />
      </Group>
    </Paper>
  );
}
