import { Group } from '@mantine/core';
import { useMemo, useRef, type RefObject } from 'react';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceArea,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartExport } from '../../../components/charts/ChartExport';
import { niceTicks } from '../../../components/charts/chart-scale';
import { useChartColors } from '../../../components/charts/use-chart-colors';
import type { HitRateDip, HitRatePoint } from '../../../domain/image-hits';
import { formatCount, formatPercent } from '../../../domain/units';

export interface HitRateChartProps {
  points: readonly HitRatePoint[];
  images: number;
  dips: readonly HitRateDip[];
  /** Name of the exported PNG/SVG file, without extension. */
  fileName: string;
}

const HEIGHT = 260;

/**
 * Hit rate and indexed rate (both of all images, %) against image number, one point per batch;
 * dips below half the run's rate are shaded. Colours are resolved theme values so an exported
 * file looks as on screen; the same numbers are in the table and the summary next to it.
 */
export function HitRateChart({ points, images, dips, fileName }: HitRateChartProps) {
  const colors = useChartColors();
  const wrapper = useRef<HTMLDivElement>(null);
  const data = useMemo(
    () =>
      points.map((p) => ({
        image: p.imageMid,
        hits: p.hitRate === undefined ? null : p.hitRate * 100,
        indexed: p.indexedRate === undefined ? null : p.indexedRate * 100,
        range: `${formatCount(p.imageStart)}–${formatCount(p.imageEnd)}`,
      })),
    [points],
  );
  // Recharts owns its <svg>: the export finds it in the wrapper when asked.
  const svgRef: RefObject<SVGSVGElement | null> = useMemo(
    () => ({
      get current() {
        return wrapper.current?.querySelector<SVGSVGElement>('svg.recharts-surface') ?? null;
      },
    }),
    [],
  );
  const hitColor = colors.bar;
  const indexedColor = colors.median;
  return (
    <div ref={wrapper} style={{ width: '100%' }}>
      <Group justify="flex-end">
        <ChartExport targetRef={svgRef} fileName={fileName} chartName="hit-rate chart" />
      </Group>
      <LineChart
        responsive
        data={data}
        style={{ width: '100%', height: HEIGHT }}
        margin={{ top: 8, right: 12, bottom: 8, left: 0 }}
      >
        <rect x={0} y={0} width="100%" height="100%" fill={colors.background} />
        <CartesianGrid stroke={colors.grid} strokeDasharray="3 3" />
        {dips.map((dip) => (
          <ReferenceArea
            key={dip.imageStart}
            x1={dip.imageStart}
            x2={dip.imageEnd}
            fill={colors.band}
            fillOpacity={0.25}
            stroke="none"
          />
        ))}
        <XAxis
          type="number"
          dataKey="image"
          domain={[0, images]}
          ticks={niceTicks(0, images, 5)}
          tickFormatter={(v: number) => formatCount(v)}
          stroke={colors.axis}
          tick={{ fill: colors.text, fontSize: 11, fontFamily: colors.fontFamily }}
          label={{
            value: 'Image number',
            position: 'insideBottom',
            offset: -4,
            fill: colors.muted,
            fontSize: 11,
          }}
          height={36}
        />
        <YAxis
          domain={[0, 100]}
          tickFormatter={(v: number) => `${v} %`}
          stroke={colors.axis}
          tick={{ fill: colors.text, fontSize: 11, fontFamily: colors.fontFamily }}
          ticks={[0, 25, 50, 75, 100]}
          width={56}
        />
        <Tooltip
          formatter={(value, name) => [
            typeof value === 'number' ? formatPercent(value / 100) : '–',
            name,
          ]}
          labelFormatter={(_, payload) =>
            `Images ${String((payload[0]?.payload as { range?: string } | undefined)?.range ?? '')}`
          }
          contentStyle={{
            background: colors.background,
            borderColor: colors.grid,
            color: colors.text,
          }}
        />
        <Legend
          verticalAlign="top"
          height={28}
          wrapperStyle={{ fontSize: 12 }}
          // series names in the text colour: the swatch carries the colour, the words stay legible
          formatter={(value: string) => <span style={{ color: colors.text }}>{value}</span>}
        />
        <Line
          type="linear"
          dataKey="hits"
          name="Hit rate"
          stroke={hitColor}
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
        <Line
          type="linear"
          dataKey="indexed"
          name="Indexed (of all images)"
          stroke={indexedColor}
          strokeWidth={2}
          strokeDasharray="6 3"
          dot={false}
          isAnimationActive={false}
        />
      </LineChart>
    </div>
  );
}
