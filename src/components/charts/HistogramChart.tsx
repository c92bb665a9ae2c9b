import { useId, useMemo, useState, type PointerEvent, type ReactNode, type Ref } from 'react';
import {
  formatCount,
  formatValue,
  linearScale,
  niceStep,
  niceTicks,
  stepDecimals,
} from './chart-scale';
import { BottomAxis } from './BottomAxis';
import { useChartColors } from './use-chart-colors';

export interface HistogramChartProps {
  /** Bin edges, one more than `counts` (equal or unequal widths). */
  edges: ArrayLike<number>;
  counts: ArrayLike<number>;
  /** Axis label with its unit, e.g. `a (Å)`. */
  label: string;
  /** Drawn at the top left, e.g. `a`. Defaults to `label`. */
  title?: string;
  /** Small text at the top right, e.g. `server-binned` or `all cells`. */
  caption?: string;
  median?: number | undefined;
  mean?: number | undefined;
  /** Standard deviation: a band from mean − σ to mean + σ. */
  std?: number | undefined;
  /** Decimals of the values in the legend and the text alternative. */
  decimals?: number;
  svgRef?: Ref<SVGSVGElement>;
  width?: number;
  height?: number;
}

const MARGIN = { top: 30, right: 14, bottom: 70, left: 52 };

/**
 * A histogram drawn from bin edges: each bar spans its bin (so bars sit at the bin centres with
 * their true widths), with the median and mean ± σ marked and named in a legend. Plain SVG with
 * resolved colours, scaled to its container's width, exportable as it is.
 */
export function HistogramChart({
  edges,
  counts,
  label,
  title,
  caption,
  median,
  mean,
  std,
  decimals = 2,
  svgRef,
  width = 380,
  height = 260,
}: HistogramChartProps) {
  const colors = useChartColors();
  const clipId = useId();
  const bins = Math.min(counts.length, Math.max(0, edges.length - 1));
  const low = edges[0] ?? 0;
  const high = edges[bins] ?? low + 1;

  const layout = useMemo(() => {
    let n = 0;
    let maxCount = 0;
    for (let i = 0; i < bins; i += 1) {
      const c = counts[i] ?? 0;
      n += c;
      if (c > maxCount) maxCount = c;
    }
    const plotLeft = MARGIN.left;
    const plotRight = width - MARGIN.right;
    const plotTop = MARGIN.top;
    const plotBottom = height - MARGIN.bottom;
    const x = linearScale([low, high], [plotLeft, plotRight]);
    const yTicks = niceTicks(0, Math.max(1, maxCount), 4);
    const yMax = Math.max(1, maxCount, yTicks.at(-1) ?? 1);
    const y = linearScale([0, yMax], [plotBottom, plotTop]);
    const xStep = niceStep(high - low, 5);
    const xTicks = niceTicks(low, high, 5);
    // one path for all bars: a few hundred <rect>s per chart cost more to create than to draw
    let barsPath = '';
    for (let i = 0; i < bins; i += 1) {
      const count = counts[i] ?? 0;
      if (count <= 0) continue;
      const x0 = x(edges[i] ?? 0);
      const x1 = Math.max(x0 + 0.5, x(edges[i + 1] ?? 0));
      const gap = x1 - x0 > 4 ? 0.5 : 0;
      barsPath += `M${(x0 + gap).toFixed(2)} ${plotBottom}V${y(count).toFixed(2)}H${(x1 - gap).toFixed(2)}V${plotBottom}Z`;
    }
    return {
      n,
      maxCount,
      plotLeft,
      plotRight,
      plotTop,
      plotBottom,
      x,
      y,
      yTicks,
      xTicks,
      xStep,
      barsPath,
    };
  }, [bins, counts, edges, low, high, width, height]);

  const { n, plotLeft, plotRight, plotTop, plotBottom, x, y, yTicks, xTicks, xStep, barsPath } =
    layout;
  const [hovered, setHovered] = useState<number | undefined>();

  /** The bin under the pointer (the SVG scales with its container: map back to viewBox units). */
  const onPointerMove = (event: PointerEvent<SVGRectElement>) => {
    const box = event.currentTarget.ownerSVGElement?.getBoundingClientRect();
    if (!box || box.width === 0) return;
    const vx = ((event.clientX - box.left) / box.width) * width;
    const value = low + ((vx - plotLeft) / (plotRight - plotLeft)) * (high - low);
    let lo = 0;
    let hi = bins - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((edges[mid] ?? 0) <= value) lo = mid;
      else hi = mid - 1;
    }
    setHovered(value < low || value > high ? undefined : lo);
  };

  let hoveredBar: ReactNode = null;
  if (hovered !== undefined && hovered < bins) {
    const left = edges[hovered] ?? 0;
    const right = edges[hovered + 1] ?? left;
    const count = counts[hovered] ?? 0;
    const x0 = x(left);
    const x1 = Math.max(x0 + 1, x(right));
    const text = `${formatValue(left, decimals + 1)}–${formatValue(right, decimals + 1)}: ${formatCount(count)} cells`;
    const anchorRight = x0 > (plotLeft + plotRight) / 2;
    hoveredBar = (
      <g pointerEvents="none">
        <rect
          x={x0}
          y={y(count)}
          width={x1 - x0}
          height={Math.max(0, plotBottom - y(count))}
          fill={colors.barHover}
        />
        <text
          x={anchorRight ? x1 - 4 : x0 + 4}
          y={plotTop + 12}
          textAnchor={anchorRight ? 'end' : 'start'}
          fill={colors.text}
          stroke={colors.background}
          strokeWidth={3}
          paintOrder="stroke"
        >
          {text}
        </text>
      </g>
    );
  }
  const tickDecimals = stepDecimals(xStep);
  const hasMean = mean !== undefined && Number.isFinite(mean);
  const hasStd = hasMean && std !== undefined && Number.isFinite(std) && std > 0;
  const hasMedian = median !== undefined && Number.isFinite(median);

  const summary = [
    `Histogram of ${label}: ${formatCount(n)} cells in ${bins} bins from ${formatValue(low, decimals)} to ${formatValue(high, decimals)}`,
    hasMedian ? `median ${formatValue(median, decimals)}` : undefined,
    hasMean
      ? `mean ${formatValue(mean, decimals)}${hasStd ? ` ± ${formatValue(std, decimals)} (σ)` : ''}`
      : undefined,
  ]
    .filter(Boolean)
    .join('; ');

  const fontSize = 11;
  const legendY = height - 12;

  return (
    <svg
      ref={svgRef}
      role="img"
      aria-label={summary}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      style={{ display: 'block', maxWidth: width * 1.6, height: 'auto' }}
      fontFamily={colors.fontFamily}
      fontSize={fontSize}
    >
      <title>{summary}</title>
      <rect x={0} y={0} width={width} height={height} fill={colors.background} />
      <defs>
        <clipPath id={clipId}>
          <rect
            x={plotLeft}
            y={plotTop}
            width={plotRight - plotLeft}
            height={plotBottom - plotTop}
          />
        </clipPath>
      </defs>

      <text x={plotLeft} y={18} fill={colors.text} fontSize={13} fontWeight={600}>
        {title ?? label}
      </text>
      <text x={plotRight} y={18} fill={colors.muted} textAnchor="end">
        {caption ? `${caption} · ` : ''}n = {formatCount(n)}
      </text>

      {/* grid and y axis */}
      {yTicks.map((t) => (
        <g key={`y${t}`}>
          <line x1={plotLeft} x2={plotRight} y1={y(t)} y2={y(t)} stroke={colors.grid} />
          <text x={plotLeft - 6} y={y(t)} dy="0.32em" textAnchor="end" fill={colors.muted}>
            {formatCount(t, true)}
          </text>
        </g>
      ))}

      {/* σ band, bars, markers */}
      <g clipPath={`url(#${clipId})`}>
        {hasStd && (
          <rect
            x={x((mean as number) - (std as number))}
            y={plotTop}
            width={Math.max(
              0,
              x((mean as number) + (std as number)) - x((mean as number) - (std as number)),
            )}
            height={plotBottom - plotTop}
            fill={colors.band}
            fillOpacity={0.18}
          />
        )}
        <path d={barsPath} fill={colors.bar} />
        {hasMean && (
          <line
            x1={x(mean as number)}
            x2={x(mean as number)}
            y1={plotTop}
            y2={plotBottom}
            stroke={colors.mean}
            strokeWidth={1.5}
            strokeDasharray="5 3"
          />
        )}
        {hasMedian && (
          <line
            x1={x(median as number)}
            x2={x(median as number)}
            y1={plotTop}
            y2={plotBottom}
            stroke={colors.median}
            strokeWidth={2}
          />
        )}
      </g>
      {hoveredBar}

      <rect
        x={plotLeft}
        y={plotTop}
        width={plotRight - plotLeft}
        height={plotBottom - plotTop}
        fill="transparent"
        onPointerMove={onPointerMove}
        onPointerLeave={() => setHovered(undefined)}
      />

      <BottomAxis
        ticks={xTicks}
        x={x}
        decimals={tickDecimals}
        left={plotLeft}
        right={plotRight}
        bottom={plotBottom}
        label={label}
        colors={colors}
      />
      <text
        transform={`translate(13 ${(plotTop + plotBottom) / 2}) rotate(-90)`}
        textAnchor="middle"
        fill={colors.muted}
      >
        cells per bin
      </text>

      {/* legend */}
      <g transform={`translate(${plotLeft} ${legendY})`}>
        {hasMedian && (
          <g>
            <line x1={0} x2={16} y1={-4} y2={-4} stroke={colors.median} strokeWidth={2} />
            <text x={20} y={0} fill={colors.text}>
              median {formatValue(median, decimals)}
            </text>
          </g>
        )}
        {hasMean && (
          <g transform={`translate(${hasMedian ? 128 : 0} 0)`}>
            {hasStd && (
              <rect x={0} y={-10} width={16} height={12} fill={colors.band} fillOpacity={0.35} />
            )}
            <line
              x1={8}
              x2={8}
              y1={-10}
              y2={2}
              stroke={colors.mean}
              strokeWidth={1.5}
              strokeDasharray="3 2"
            />
            <text x={20} y={0} fill={colors.text}>
              mean {formatValue(mean, decimals)}
              {hasStd ? ` ± ${formatValue(std, decimals)} (σ)` : ''}
            </text>
          </g>
        )}
      </g>
    </svg>
  );
}
