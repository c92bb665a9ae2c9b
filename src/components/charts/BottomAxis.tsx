import { formatValue } from './chart-scale';
import type { ChartColors } from './use-chart-colors';

export interface BottomAxisProps {
  ticks: readonly number[];
  /** Data value → x in px. */
  x: (value: number) => number;
  decimals: number;
  left: number;
  right: number;
  /** y of the axis line, in px. */
  bottom: number;
  label: string;
  colors: Pick<ChartColors, 'axis' | 'muted' | 'text'>;
}

/** The x axis the SVG charts share: line, ticks with their values, and the axis title. */
export function BottomAxis({
  ticks,
  x,
  decimals,
  left,
  right,
  bottom,
  label,
  colors,
}: BottomAxisProps) {
  return (
    <g>
      <line x1={left} x2={right} y1={bottom} y2={bottom} stroke={colors.axis} />
      {ticks.map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={bottom} y2={bottom + 4} stroke={colors.axis} />
          <text x={x(t)} y={bottom + 16} textAnchor="middle" fill={colors.muted}>
            {formatValue(t, decimals)}
          </text>
        </g>
      ))}
      <text x={(left + right) / 2} y={bottom + 34} textAnchor="middle" fill={colors.text}>
        {label}
      </text>
    </g>
  );
}
