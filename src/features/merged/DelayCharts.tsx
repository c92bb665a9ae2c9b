import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useMemo, useRef } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartExport } from '../../components/charts/ChartExport';
import { useChartColors } from '../../components/charts/use-chart-colors';
import type { MergeStatistics } from '../../domain/merged-dataset';
import { formatSI } from '../../domain/units';
import { decadeTicks, roundedAxis } from './chart-axes';
import { useSeriesColors } from './dataset-palette';

export interface DelayPoint {
  delayS: number;
  stats: MergeStatistics;
}

export interface DelayChartsProps {
  points: readonly DelayPoint[];
  /** The dark reference, drawn apart as a horizontal line. */
  reference: MergeStatistics | undefined;
  fileName: string;
}

const STATISTICS: readonly { key: keyof MergeStatistics; label: string }[] = [
  { key: 'dMinA', label: 'Resolution (Å)' },
  { key: 'ccHalf', label: 'CC½' },
  { key: 'meanIOverSigma', label: '⟨I/σ(I)⟩' },
  { key: 'completenessPct', label: 'Completeness (%)' },
  { key: 'rSplitPct', label: 'Rsplit (%)' },
  { key: 'multiplicity', label: 'Multiplicity' },
];

/** Overall statistics of each delay's merged dataset against the delay, on a log axis. */
export function DelayCharts({ points, reference, fileName }: DelayChartsProps) {
  const delays = points.map((p) => p.delayS);
  // a handful of ticks: cheap enough to compute on every render
  const ticks = decadeTicks(Math.min(...delays), Math.max(...delays));
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
      {STATISTICS.map(({ key, label }) => (
        <DelayChart
          key={key}
          label={label}
          data={points.map((p) => ({ delay: p.delayS, value: p.stats[key] }))}
          referenceValue={reference?.[key]}
          ticks={ticks}
          fileName={`${fileName}-${key}-vs-delay`}
        />
      ))}
    </SimpleGrid>
  );
}

interface DelayChartProps {
  label: string;
  data: { delay: number; value: number }[];
  referenceValue: number | undefined;
  ticks: number[];
  fileName: string;
}

function DelayChart({ label, data, referenceValue, ticks, fileName }: DelayChartProps) {
  const colors = useChartColors();
  const [color] = useSeriesColors();
  const wrapper = useRef<HTMLDivElement>(null);
  const svgRef = useMemo(
    () => ({
      get current(): SVGSVGElement | null {
        return wrapper.current?.querySelector('svg.recharts-surface') ?? null;
      },
    }),
    [],
  );
  const axisTick = { fill: colors.text, fontSize: 11, fontFamily: colors.fontFamily };
  const yTicks = roundedAxis([
    ...data.map((d) => d.value),
    ...(referenceValue === undefined ? [] : [referenceValue]),
  ]);
  return (
    <Stack component="figure" gap={4} m={0} aria-label={`${label} against delay`}>
      <Text component="figcaption" size="sm" fw={600}>
        {label}
      </Text>
      <div ref={wrapper} style={{ background: colors.background }}>
        <LineChart
          responsive
          data={data}
          style={{ width: '100%', height: 200 }}
          margin={{ top: 8, right: 16, bottom: 22, left: 0 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke={colors.grid} />
          <XAxis
            type="number"
            dataKey="delay"
            scale="log"
            domain={[ticks[0] ?? 'auto', ticks.at(-1) ?? 'auto']}
            ticks={ticks}
            tickFormatter={(v: number) => formatSI(v, 's', 2)}
            stroke={colors.axis}
            tick={axisTick}
            label={{
              value: 'Delay (log scale)',
              position: 'insideBottom',
              offset: -14,
              fill: colors.text,
              fontSize: 11,
            }}
          />
          <YAxis
            stroke={colors.axis}
            tick={axisTick}
            width={48}
            domain={[yTicks[0] ?? 'auto', yTicks.at(-1) ?? 'auto']}
            ticks={yTicks}
          />
          {referenceValue !== undefined && (
            <ReferenceLine
              y={referenceValue}
              stroke={colors.muted}
              strokeDasharray="5 4"
              label={{
                value: 'dark',
                fill: colors.text,
                fontSize: 11,
                position: 'insideTopRight',
              }}
            />
          )}
          <Line
            dataKey="value"
            name={label}
            stroke={color}
            strokeWidth={2}
            dot={{ r: 3 }}
            isAnimationActive={false}
          />
          <Tooltip
            labelFormatter={(v) => formatSI(Number(v), 's')}
            formatter={(value) =>
              typeof value === 'number' ? Number(value.toPrecision(3)) : value
            }
          />
        </LineChart>
      </div>
      <ChartExport
        targetRef={svgRef}
        fileName={fileName}
        chartName={`chart of ${label} against delay`}
      />
    </Stack>
  );
}
