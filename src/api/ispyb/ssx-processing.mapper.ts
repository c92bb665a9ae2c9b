import {
  CELL_PARAMETERS,
  type CellHistograms,
  type Histogram,
  type SsxRunStats,
} from '../../domain/processing';
import type { UnitCell } from '../../domain/sample';
import { ApiError } from '../errors';
import { opt } from './common.mapper';
import type { CellHistogramsDto, HistogramDto, SsxStatsDto } from './ssx-processing.dto';

export function mapSsxStats(dto: SsxStatsDto): SsxRunStats {
  return {
    dataCollectionId: dto.dataCollectionId,
    hits: dto.nbHits,
    indexed: dto.nbIndexed,
    latticeType: opt(dto.laticeType),
    estimatedResolutionA: opt(dto.estimatedResolution),
  };
}

/**
 * py-ispyb bins with numpy (`x` = the 51 edges of 50 equal bins, `y` = the 50 counts). Answers
 * whose `x` is as long as `y` exist (the recorded captures were cut to 3 + 3 items, and a server
 * might send left edges only): `x[i]` is then still the left edge of bin `i`, so the missing last
 * edge is extrapolated with the bin width, which is exact for numpy's equal-width bins; such a
 * histogram is flagged `lastEdgeInferred`. Extra edges or counts beyond a consistent pair are
 * dropped. `undefined` when there is nothing to draw (no counts, or one bin of unknown width).
 */
export function mapHistogram(dto: HistogramDto | null | undefined): Histogram | undefined {
  if (!dto) return undefined;
  const bins = Math.min(dto.y.length, dto.x.length);
  if (bins === 0) return undefined;
  const counts = dto.y.slice(0, bins);
  const median = opt(dto.median);
  if (dto.x.length > bins) return { edges: dto.x.slice(0, bins + 1), counts, median };
  const last = dto.x[bins - 1];
  const beforeLast = dto.x[bins - 2];
  if (last === undefined || beforeLast === undefined) return undefined;
  return {
    edges: [...dto.x.slice(0, bins), last + (last - beforeLast)],
    counts,
    median,
    lastEdgeInferred: true,
  };
}

export function mapCellHistograms(dto: CellHistogramsDto): CellHistograms {
  return {
    a: mapHistogram(dto.a),
    b: mapHistogram(dto.b),
    c: mapHistogram(dto.c),
    alpha: mapHistogram(dto.alpha),
    beta: mapHistogram(dto.beta),
    gamma: mapHistogram(dto.gamma),
  };
}

/** True when no cell parameter has a histogram (no indexed cells for these runs). */
export function isEmptyCellHistograms(histograms: CellHistograms): boolean {
  return CELL_PARAMETERS.every((p) => histograms[p] === undefined);
}

export interface ParsedUnitCells {
  cells: UnitCell[];
  /** Rows dropped because they did not hold six numbers. */
  skipped: number;
}

/**
 * Reads a `/ssx/datacollection/processing/cells` answer (`{unit_cells: [[a,b,c,α,β,γ], …]}`) held
 * in memory. For small answers only: a real run has up to 10⁶ rows, which belong in a worker.
 * Hand-written rather than a zod schema, as validating a million rows through zod is slow, and a
 * few bad rows should be counted, not fail the whole answer. Rows with fewer than six numbers
 * (the recorded capture was cut to three values per row) are skipped and counted; values beyond
 * the sixth are ignored.
 */
export function parseUnitCells(json: unknown): ParsedUnitCells {
  const rows =
    typeof json === 'object' && json !== null && 'unit_cells' in json
      ? (json as { unit_cells: unknown }).unit_cells
      : undefined;
  if (!Array.isArray(rows)) {
    throw new ApiError(
      'contract',
      'The server\'s answer does not match the ISPyB contract: field "unit_cells" is not a list.',
      { field: 'unit_cells' },
    );
  }
  const cells: UnitCell[] = [];
  let skipped = 0;
  for (const row of rows as unknown[]) {
    const [a, b, c, alpha, beta, gamma] = Array.isArray(row) ? (row as unknown[]) : [];
    if (
      isFiniteNumber(a) &&
      isFiniteNumber(b) &&
      isFiniteNumber(c) &&
      isFiniteNumber(alpha) &&
      isFiniteNumber(beta) &&
      isFiniteNumber(gamma)
    ) {
      cells.push({ a, b, c, alpha, beta, gamma });
    } else {
      skipped += 1;
    }
  }
  return { cells, skipped };
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
