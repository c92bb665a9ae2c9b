import { Bar, BarChart, Cell, LabelList, XAxis, YAxis } from 'recharts';
import type { ExperimentFunnel, QualityThresholds } from '../../domain/experiment';
import { classifyRate } from '../../domain/experiment';
import { formatCount } from '../../domain/units';
import { qualityColor } from './RateQuality';

export interface FunnelChartProps {
  funnel: ExperimentFunnel;
  thresholds: QualityThresholds;
}

/**
 * Images → hits → indexed as three bars (of the processed runs, so the bars compare like with
 * like). Decorative: the same numbers are in the text next to it.
 */
export function FunnelChart({ funnel, thresholds }: FunnelChartProps) {
  const partial = funnel.processedImages !== funnel.images;
  const data = [
    ...(partial
      ? [{ stage: 'All images', value: funnel.images, color: 'var(--mantine-color-gray-5)' }]
      : []),
    {
      stage: partial ? 'Processed' : 'Images',
      value: funnel.processedImages,
      color: 'var(--mantine-color-indigo-5)',
    },
    {
      stage: 'Hits',
      value: funnel.hits,
      color: qualityColor(classifyRate(funnel.hitRate, thresholds.hit)),
    },
    {
      stage: 'Indexed',
      value: funnel.indexed,
      color: qualityColor(classifyRate(funnel.indexingRate, thresholds.indexing)),
    },
  ];
  return (
    <div aria-hidden style={{ width: '100%', maxWidth: 520 }}>
      <BarChart
        responsive
        // Decorative: nothing inside may take focus (Recharts makes the chart focusable by default).
        accessibilityLayer={false}
        data={data}
        layout="vertical"
        style={{ width: '100%', height: partial ? 172 : 132 }}
        margin={{ top: 4, right: 72, bottom: 4, left: 4 }}
        barCategoryGap={6}
      >
        <XAxis type="number" hide domain={[0, 'dataMax']} />
        <YAxis
          type="category"
          dataKey="stage"
          width={84}
          tickLine={false}
          axisLine={false}
          tick={{ fill: 'var(--mantine-color-text)', fontSize: 13 }}
        />
        <Bar dataKey="value" isAnimationActive={false} radius={[0, 3, 3, 0]}>
          {data.map((d) => (
            <Cell key={d.stage} fill={d.color} />
          ))}
          <LabelList
            dataKey="value"
            position="right"
            formatter={(v: unknown) => (typeof v === 'number' ? formatCount(v) : '')}
            style={{ fill: 'var(--mantine-color-text)', fontSize: 12 }}
          />
        </Bar>
      </BarChart>
    </div>
  );
}
