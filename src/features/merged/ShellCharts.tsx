import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useEffect, useMemo, useRef } from 'react';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartExport } from '../../components/charts/ChartExport';
import { useChartColors } from '../../components/charts/use-chart-colors';
import {
  invD2,
  SHELL_STATISTIC_LABELS,
  SHELL_STATISTICS,
  shellCentreInvD2,
  type MergeStatistics,
  type ShellStatistic,
} from '../../domain/merged-dataset';
import { resolutionLabel, resolutionTicks } from './chart-axes';
import { DASHES, useSeriesColors } from './dataset-palette';

export interface ShellSeries {
  id: number;
  name: string;
  shells: readonly MergeStatistics[];
}

export interface ShellChartsProps {
  datasets: readonly ShellSeries[];
  /** Å: the resolution cut-off, drawn as a vertical line. */
  cutA?: number | undefined;
  /** File name prefix of exported charts. */
  fileName: string;
}

/**
 * Each per-shell statistic against resolution, one small chart per statistic, one curve per
 * dataset. The x axis is linear in 1/d² (where Wilson-like fall-off is straight) and labelled in Å.
 * `data-drawn-at` records when the charts were committed (read by the benchmark).
 */
export function ShellCharts({ datasets, cutA, fileName }: ShellChartsProps) {
  const ref = useRef<HTMLDivElement>(null);
  const shells = datasets.flatMap((d) => d.shells);
  const xMin = Math.min(...shells.map((s) => invD2(s.dMaxA)));
  const xMax = Math.max(...shells.map((s) => invD2(s.dMinA)));
  const ticks = useMemo(() => resolutionTicks(xMin, xMax), [xMin, xMax]);

  useEffect(() => {
    ref.current?.setAttribute('data-drawn-at', String(performance.now()));
  });

  if (shells.length === 0) return <Text size="sm">No per-shell statistics to plot.</Text>;
  return (
    <SimpleGrid ref={ref} cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" data-shell-charts>
      {SHELL_STATISTICS.map((statistic) => (
        <StatisticChart
          key={statistic}
          statistic={statistic}
          datasets={datasets}
          domain={[xMin, xMax]}
          ticks={ticks}
          cutA={cutA}
          fileName={fileName}
        />
      ))}
    </SimpleGrid>
  );
}

interface StatisticChartProps {
  statistic: ShellStatistic;
  datasets: readonly ShellSeries[];
  domain: [number, number];
  ticks: number[];
  cutA: number | undefined;
  fileName: string;
}

function StatisticChart({
  statistic,
  datasets,
  domain,
  ticks,
  cutA,
  fileName,
}: StatisticChartProps) {
  const colors = useChartColors();
  const series = useSeriesColors();
  const wrapper = useRef<HTMLDivElement>(null);
  // ChartExport wants the <svg>; Recharts renders it inside the wrapper
  const svgRef = useMemo(
    () => ({
      get current(): SVGSVGElement | null {
        return wrapper.current?.querySelector('svg.recharts-surface') ?? null;
      },
    }),
    [],
  );
  const label = SHELL_STATISTIC_LABELS[statistic];
  const axisTick = { fill: colors.text, fontSize: 11, fontFamily: colors.fontFamily };

  return (
    <Stack
      component="figure"
      gap={4}
      m={0}
      aria-label={`${label} against resolution${datasets.length > 1 ? `, ${datasets.length} datasets` : ''}`}
    >
      <Text component="figcaption" size="sm" fw={600}>
        {label}
      </Text>
      <div ref={wrapper} style={{ background: colors.background }}>
        <LineChart
          responsive
          style={{ width: '100%', height: datasets.length > 1 ? 250 : 210 }}
          margin={{ top: 8, right: 12, bottom: 22, left: 0 }}
          accessibilityLayer={false}
        >
          <rect x="0" y="0" width="100%" height="100%" fill={colors.background} />
          <CartesianGrid stroke={colors.grid} />
          <XAxis
            type="number"
            dataKey="x"
            domain={domain}
            ticks={ticks}
            tickFormatter={resolutionLabel}
            stroke={colors.axis}
            tick={axisTick}
            allowDataOverflow
            label={{
              value: 'Resolution (Å)',
              position: 'insideBottom',
              offset: -14,
              fill: colors.text,
              fontSize: 11,
            }}
          />
          <YAxis stroke={colors.axis} tick={axisTick} width={48} />
          {datasets.map((dataset, i) => (
            <Line
              key={dataset.id}
              data={dataset.shells.map((shell) => ({
                x: shellCentreInvD2(shell),
                y: shell[statistic],
              }))}
              dataKey="y"
              name={dataset.name}
              stroke={series[i % series.length]}
              strokeDasharray={DASHES[i % DASHES.length]}
              strokeWidth={2}
              dot={{ r: 2 }}
              isAnimationActive={false}
            />
          ))}
          {cutA !== undefined && (
            <ReferenceLine
              x={invD2(cutA)}
              stroke={colors.median}
              strokeDasharray="4 3"
              label={{
                value: `cut ${cutA.toFixed(2)} Å`,
                fill: colors.text,
                fontSize: 11,
                position: 'insideTopLeft',
              }}
            />
          )}
          <Tooltip
            labelFormatter={(x) => `${resolutionLabel(Number(x))} Å`}
            formatter={(value) =>
              typeof value === 'number' ? Number(value.toPrecision(3)) : value
            }
          />
          {datasets.length > 1 && (
            // in the order chosen (A, B), not sorted by name
            // above the plot: below it, the legend sat on the axis title
            <Legend
              itemSorter={null}
              verticalAlign="top"
              wrapperStyle={{ fontSize: 11, color: colors.text, paddingBottom: 4 }}
            />
          )}
        </LineChart>
      </div>
      <ChartExport
        targetRef={svgRef}
        fileName={`${fileName}-${statistic}`}
        chartName={`chart of ${label} against resolution`}
      />
    </Stack>
  );
}
