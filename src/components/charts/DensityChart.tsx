import { useId, useMemo, type Ref } from 'react';
import {
  formatCount,
  formatValue,
  linearScale,
  niceStep,
  niceTicks,
  stepDecimals,
} from './chart-scale';
import { logPosition, viridis, viridisCss } from './colormap';
import { pngDataUrl } from './png-encode';
import { BottomAxis } from './BottomAxis';
import { useChartColors } from './use-chart-colors';

export interface DensityChartProps {
  /** Counts, row-major by y: `grid[iy * binsX + ix]`, `iy = 0` the lowest y. */
  grid: ArrayLike<number>;
  binsX: number;
  binsY: number;
  rangeX: readonly [number, number];
  rangeY: readonly [number, number];
  /** Axis labels with units, e.g. `a (Å)`. */
  labelX: string;
  labelY: string;
  title?: string;
  caption?: string;
  svgRef?: Ref<SVGSVGElement>;
  width?: number;
  height?: number;
}

const MARGIN = { top: 30, right: 92, bottom: 50, left: 58 };

/** The grid as a PNG, one pixel per bin, empty bins transparent (no canvas needed). */
function heatMapUrl(grid: ArrayLike<number>, binsX: number, binsY: number, max: number) {
  if (binsX <= 0 || binsY <= 0) return undefined;
  const rgba = new Uint8Array(binsX * binsY * 4);
  for (let iy = 0; iy < binsY; iy += 1) {
    const row = binsY - 1 - iy; // image rows run top-down
    for (let ix = 0; ix < binsX; ix += 1) {
      const count = grid[iy * binsX + ix] ?? 0;
      if (count <= 0) continue;
      const [r, g, b] = viridis(logPosition(count, max));
      const o = (row * binsX + ix) * 4;
      rgba[o] = r;
      rgba[o + 1] = g;
      rgba[o + 2] = b;
      rgba[o + 3] = 255;
    }
  }
  return pngDataUrl(rgba, binsX, binsY);
}

/** Powers of ten (and the maximum) for the log colour scale. */
function legendTicks(max: number): number[] {
  const ticks: number[] = [];
  for (let v = 1; v <= max; v *= 10) ticks.push(v);
  const last = ticks.at(-1) ?? 1;
  if (max > 1 && max / last >= 2) ticks.push(max);
  return ticks;
}

/**
 * A 2-D histogram (e.g. a against c) as a heat map with a logarithmic viridis scale, so a
 * second lattice of a few percent shows beside the main one. The map is a PNG image (one pixel
 * per bin, drawn pixelated) inside an SVG with axes and a colour legend, which keeps the whole
 * chart exportable as SVG or PNG.
 */
export function DensityChart({
  grid,
  binsX,
  binsY,
  rangeX,
  rangeY,
  labelX,
  labelY,
  title,
  caption,
  svgRef,
  width = 460,
  height = 400,
}: DensityChartProps) {
  const colors = useChartColors();
  const gradientId = useId();

  const { total, max, peak } = useMemo(() => {
    let sum = 0;
    let best = 0;
    let at = -1;
    for (let i = 0; i < binsX * binsY; i += 1) {
      const v = grid[i] ?? 0;
      sum += v;
      if (v > best) {
        best = v;
        at = i;
      }
    }
    return { total: sum, max: best, peak: at };
  }, [grid, binsX, binsY]);

  const url = useMemo(() => heatMapUrl(grid, binsX, binsY, max), [grid, binsX, binsY, max]);

  const plotLeft = MARGIN.left;
  const plotRight = width - MARGIN.right;
  const plotTop = MARGIN.top;
  const plotBottom = height - MARGIN.bottom;
  const x = linearScale(rangeX, [plotLeft, plotRight]);
  const y = linearScale(rangeY, [plotBottom, plotTop]);
  const xTicks = niceTicks(rangeX[0], rangeX[1], 5);
  const yTicks = niceTicks(rangeY[0], rangeY[1], 5);
  const xDecimals = stepDecimals(niceStep(rangeX[1] - rangeX[0], 5));
  const yDecimals = stepDecimals(niceStep(rangeY[1] - rangeY[0], 5));

  const binWidthX = (rangeX[1] - rangeX[0]) / binsX;
  const binWidthY = (rangeY[1] - rangeY[0]) / binsY;
  const peakX = peak >= 0 ? rangeX[0] + ((peak % binsX) + 0.5) * binWidthX : undefined;
  const peakY = peak >= 0 ? rangeY[0] + (Math.floor(peak / binsX) + 0.5) * binWidthY : undefined;
  const summary =
    `Density of ${labelY} against ${labelX}: ${formatCount(total)} cells on a ${binsX} × ${binsY} grid, ` +
    `${labelX} from ${formatValue(rangeX[0], xDecimals + 1)} to ${formatValue(rangeX[1], xDecimals + 1)}, ` +
    `${labelY} from ${formatValue(rangeY[0], yDecimals + 1)} to ${formatValue(rangeY[1], yDecimals + 1)}` +
    (peakX !== undefined && peakY !== undefined
      ? `; densest at ${formatValue(peakX, xDecimals + 1)}, ${formatValue(peakY, yDecimals + 1)} (${formatCount(max)} cells)`
      : '');

  const legendX = plotRight + 22;
  const legendWidth = 12;
  const ticks = legendTicks(max);
  const legendY = linearScale([0, 1], [plotBottom, plotTop]);

  return (
    <svg
      ref={svgRef}
      role="img"
      aria-label={summary}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      style={{ display: 'block', maxWidth: width * 1.2, height: 'auto' }}
      fontFamily={colors.fontFamily}
      fontSize={11}
    >
      <title>{summary}</title>
      <rect x={0} y={0} width={width} height={height} fill={colors.background} />
      <defs>
        <linearGradient id={gradientId} x1="0" y1="1" x2="0" y2="0">
          {Array.from({ length: 11 }, (_, i) => (
            <stop key={i} offset={i / 10} stopColor={viridisCss(i / 10)} />
          ))}
        </linearGradient>
      </defs>
      <text x={plotLeft} y={18} fill={colors.text} fontSize={13} fontWeight={600}>
        {title ?? `${labelY} against ${labelX}`}
      </text>
      <text x={plotRight} y={18} fill={colors.muted} textAnchor="end">
        {caption ? `${caption} · ` : ''}n = {formatCount(total)}
      </text>

      <rect
        x={plotLeft}
        y={plotTop}
        width={plotRight - plotLeft}
        height={plotBottom - plotTop}
        fill="none"
        stroke={colors.grid}
      />
      {url && (
        <image
          href={url}
          x={plotLeft}
          y={plotTop}
          width={plotRight - plotLeft}
          height={plotBottom - plotTop}
          preserveAspectRatio="none"
          style={{ imageRendering: 'pixelated' }}
        />
      )}

      <BottomAxis
        ticks={xTicks}
        x={x}
        decimals={xDecimals}
        left={plotLeft}
        right={plotRight}
        bottom={plotBottom}
        label={labelX}
        colors={colors}
      />
      <line x1={plotLeft} x2={plotLeft} y1={plotTop} y2={plotBottom} stroke={colors.axis} />
      {yTicks.map((t) => (
        <g key={`y${t}`}>
          <line x1={plotLeft - 4} x2={plotLeft} y1={y(t)} y2={y(t)} stroke={colors.axis} />
          <text x={plotLeft - 6} y={y(t)} dy="0.32em" textAnchor="end" fill={colors.muted}>
            {formatValue(t, yDecimals)}
          </text>
        </g>
      ))}
      <text
        transform={`translate(14 ${(plotTop + plotBottom) / 2}) rotate(-90)`}
        textAnchor="middle"
        fill={colors.text}
      >
        {labelY}
      </text>

      {/* colour scale */}
      {max > 0 && (
        <g>
          <rect
            x={legendX}
            y={plotTop}
            width={legendWidth}
            height={plotBottom - plotTop}
            fill={`url(#${gradientId})`}
          />
          {ticks.map((t) => {
            const ty = legendY(logPosition(t, max));
            return (
              <g key={t}>
                <line
                  x1={legendX + legendWidth}
                  x2={legendX + legendWidth + 4}
                  y1={ty}
                  y2={ty}
                  stroke={colors.axis}
                />
                <text x={legendX + legendWidth + 6} y={ty} dy="0.32em" fill={colors.muted}>
                  {formatCount(t, true)}
                </text>
              </g>
            );
          })}
          <text
            transform={`translate(${legendX - 6} ${(plotTop + plotBottom) / 2}) rotate(-90)`}
            textAnchor="middle"
            fill={colors.muted}
          >
            cells per bin (log scale)
          </text>
        </g>
      )}
    </svg>
  );
}
