import {
  binHistogram,
  columnRange,
  density2d,
  describeColumn,
  type BinnedHistogram,
  type CellColumns,
  type ColumnExtent,
  type ColumnStatistics,
  type ColumnSummary,
} from './cell-statistics';
import { CELL_PARAMETERS, type CellParameter } from './processing';

/**
 * What the unit-cell view draws, computed from the six columns of a run (or of several runs
 * pooled): per-parameter statistics once, histograms per bin count and outlier setting, and 2-D
 * densities per pair. Everything here is small (≤ 200 bins, ≤ 200² grid cells) whatever the
 * number of cells, so it can cross from a worker to the main thread cheaply.
 */

/** Tukey's k: outliers lie beyond k × IQR from the quartiles (py-ispyb's choice). */
export const OUTLIER_IQR_FACTOR = 1.5;
export const DEFAULT_BINS = 50;
export const MIN_BINS = 10;
export const MAX_BINS = 200;
export const DEFAULT_DENSITY_BINS = 100;

export type CellPair = readonly [CellParameter, CellParameter];
export const DEFAULT_DENSITY_PAIR: CellPair = ['a', 'c'];

/** Every pair of different parameters, lengths first: a–b, a–c, …, β–γ. */
export const CELL_PAIRS: readonly CellPair[] = CELL_PARAMETERS.flatMap((x, i) =>
  CELL_PARAMETERS.slice(i + 1).map((y) => [x, y] as const),
);

export type CellColumnStatistics = Record<CellParameter, ColumnStatistics>;

export interface CellHistogramSet {
  bins: number;
  hideOutliers: boolean;
  histograms: Record<CellParameter, BinnedHistogram | undefined>;
}

export interface CellDensity {
  x: CellParameter;
  y: CellParameter;
  hideOutliers: boolean;
  binsX: number;
  binsY: number;
  rangeX: [number, number];
  rangeY: [number, number];
  /** Row-major by y: `grid[iy * binsX + ix]`, `iy = 0` the lowest y. */
  grid: Uint32Array;
  /** Cells counted in the grid. */
  counted: number;
  /** Highest count of one grid cell. */
  max: number;
}

export function clampBins(bins: number): number {
  if (!Number.isFinite(bins)) return DEFAULT_BINS;
  return Math.min(MAX_BINS, Math.max(MIN_BINS, Math.round(bins)));
}

/**
 * Statistics of the six columns. `extents` (the per-parameter min and max, when the parser kept
 * them while reading) saves one pass per column.
 */
export function describeCells(
  columns: CellColumns,
  k = OUTLIER_IQR_FACTOR,
  extents?: Record<CellParameter, ColumnExtent>,
): CellColumnStatistics {
  const stats = {} as CellColumnStatistics;
  for (const p of CELL_PARAMETERS) stats[p] = describeColumn(columns[p], k, extents?.[p]);
  return stats;
}

/** The statistics of the values a chart shows: all of them, or those inside the IQR bounds. */
export function shownSummary(stats: ColumnStatistics, hideOutliers: boolean): ColumnSummary {
  return hideOutliers ? stats.kept : stats.all;
}

/**
 * One histogram per parameter. With `hideOutliers` the range is that of the values inside the
 * IQR bounds, so exactly those are counted: numpy binning of py-ispyb's filtered values.
 */
export function cellHistogramSet(
  columns: CellColumns,
  stats: CellColumnStatistics,
  bins: number,
  hideOutliers: boolean,
): CellHistogramSet {
  const histograms = {} as Record<CellParameter, BinnedHistogram | undefined>;
  for (const p of CELL_PARAMETERS) {
    const range = columnRange(stats[p], hideOutliers);
    histograms[p] = range ? binHistogram(columns[p], { bins, range }) : undefined;
  }
  return { bins, hideOutliers, histograms };
}

export function cellDensity(
  columns: CellColumns,
  stats: CellColumnStatistics,
  pair: CellPair,
  hideOutliers: boolean,
  bins = DEFAULT_DENSITY_BINS,
): CellDensity | undefined {
  const [x, y] = pair;
  const rangeX = widen(columnRange(stats[x], hideOutliers));
  const rangeY = widen(columnRange(stats[y], hideOutliers));
  if (!rangeX || !rangeY) return undefined;
  const grid = density2d(columns[x], columns[y], { binsX: bins, binsY: bins, rangeX, rangeY });
  let counted = 0;
  let max = 0;
  for (let i = 0; i < grid.length; i += 1) {
    const v = grid[i] as number;
    counted += v;
    if (v > max) max = v;
  }
  return { x, y, hideOutliers, binsX: bins, binsY: bins, rangeX, rangeY, grid, counted, max };
}

/** A zero-width range (all values equal, e.g. α = 90.0) widened to ±0.5 as numpy does. */
function widen(range: [number, number] | undefined): [number, number] | undefined {
  if (!range) return undefined;
  const [low, high] = range;
  return low < high ? range : [low - 0.5, high + 0.5];
}

export function samePair(a: CellPair, b: CellPair): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

const SYMBOLS: Record<CellParameter, string> = {
  a: 'a',
  b: 'b',
  c: 'c',
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
};

/** `a`…`c` are lengths in Å, `alpha`…`gamma` angles in degrees. */
export function cellParameterUnit(p: CellParameter): 'Å' | '°' {
  return p === 'a' || p === 'b' || p === 'c' ? 'Å' : '°';
}

export function cellParameterSymbol(p: CellParameter): string {
  return SYMBOLS[p];
}

/** Axis label, e.g. `a (Å)`, `β (°)`. */
export function cellParameterLabel(p: CellParameter): string {
  return `${SYMBOLS[p]} (${cellParameterUnit(p)})`;
}
