import type { UnitCellRecipe } from './dataset.types';
import { createRng, type Rng } from './random';

/**
 * Indexed unit cells of a run, regenerated on demand from the run's recipe. A run can hold 10⁶
 * cells (48 MB as doubles, ~45 MB as JSON text), so nothing here is cached in the dataset: the
 * JSON route streams them in chunks and the histogram route reduces them to 50 bins.
 */

export const CELL_PARAMETERS = ['a', 'b', 'c', 'alpha', 'beta', 'gamma'] as const;
export type CellParameter = (typeof CELL_PARAMETERS)[number];

const round3 = (value: number): number => Math.round(value * 1000) / 1000;

function writeCell(rng: Rng, recipe: UnitCellRecipe, out: Float64Array, offset: number): void {
  const draw = rng.next();
  const outlier = draw < recipe.outlierFraction;
  const second =
    !outlier &&
    recipe.secondLattice !== null &&
    draw < recipe.outlierFraction + recipe.secondLattice.fraction;
  const mean = second && recipe.secondLattice ? recipe.secondLattice.mean : recipe.mean;
  const equalAB = mean[0] === mean[1];
  const spread = recipe.lengthSpread;

  let a = mean[0] * (1 + rng.normal(0, spread));
  let b = equalAB ? a : mean[1] * (1 + rng.normal(0, spread));
  let c = mean[2] * (1 + rng.normal(0, spread));
  let alpha = mean[3] + rng.normal(0, recipe.angleSpread);
  let beta = mean[4] + rng.normal(0, recipe.angleSpread);
  let gamma = mean[5] + rng.normal(0, recipe.angleSpread);

  if (outlier) {
    // Mis-indexed patterns: a doubled axis, or a cell distorted well beyond the scatter.
    if (rng.next() < 0.35) {
      c *= 2;
    } else {
      const scale = rng.float(0.8, 1.25);
      a *= scale;
      b = equalAB ? a : b * rng.float(0.8, 1.25);
      c *= rng.float(0.8, 1.25);
      alpha += rng.float(-6, 6);
      beta += rng.float(-6, 6);
      gamma += rng.float(-6, 6);
    }
  }

  out[offset] = round3(a);
  out[offset + 1] = round3(b);
  out[offset + 2] = round3(c);
  out[offset + 3] = round3(alpha);
  out[offset + 4] = round3(beta);
  out[offset + 5] = round3(gamma);
}

/** Pulls a run's cells in batches, always in the same order for the same recipe. */
export interface CellSource {
  readonly total: number;
  readonly remaining: number;
  /** Up to `count` cells as `[a, b, c, alpha, beta, gamma, a, …]`; empty when done. */
  next(count: number): Float64Array;
}

export function createCellSource(recipe: UnitCellRecipe): CellSource {
  const rng = createRng(recipe.seed);
  let produced = 0;
  return {
    total: recipe.count,
    get remaining() {
      return recipe.count - produced;
    },
    next(count) {
      const n = Math.max(0, Math.min(count, recipe.count - produced));
      const out = new Float64Array(n * 6);
      for (let i = 0; i < n; i += 1) writeCell(rng, recipe, out, i * 6);
      produced += n;
      return out;
    },
  };
}

const ASCII = {
  minus: 45,
  dot: 46,
  zero: 48,
  comma: 44,
  space: 32,
  open: 91,
  close: 93,
} as const;

function writeDigits(buffer: Uint8Array, position: number, integer: number): number {
  if (integer < 10) {
    buffer[position] = ASCII.zero + integer;
    return position + 1;
  }
  const digits = String(integer);
  for (let i = 0; i < digits.length; i += 1) buffer[position + i] = digits.charCodeAt(i);
  return position + digits.length;
}

/**
 * Writes a value already rounded to 3 decimals as Python prints it (`79.1`, `90.0`, `38.304`),
 * straight into bytes: formatting 6×10⁶ numbers through `String()` and `TextEncoder` was the
 * bottleneck of the 10⁶-cell answer.
 */
function writeNumber(buffer: Uint8Array, start: number, value: number): number {
  let position = start;
  let milli = Math.round(value * 1000);
  if (milli < 0) {
    buffer[position++] = ASCII.minus;
    milli = -milli;
  }
  const integer = Math.floor(milli / 1000);
  const fraction = milli - integer * 1000;
  position = writeDigits(buffer, position, integer);
  buffer[position++] = ASCII.dot;
  const d1 = Math.floor(fraction / 100);
  const d2 = Math.floor(fraction / 10) % 10;
  const d3 = fraction % 10;
  buffer[position++] = ASCII.zero + d1;
  if (d2 !== 0 || d3 !== 0) buffer[position++] = ASCII.zero + d2;
  if (d3 !== 0) buffer[position++] = ASCII.zero + d3;
  return position;
}

/** Worst case per row: 6 × (sign + 7 digits + dot + 3 decimals) + brackets and separators. */
const MAX_ROW_BYTES = 6 * 12 + 16;

/**
 * `{"unit_cells": [[a, b, c, alpha, beta, gamma], …]}` as a byte stream, generated chunk by
 * chunk while the consumer reads (pull-based), so a 10⁶-row answer never exists as one string.
 */
export function streamCellsJson(
  recipe: UnitCellRecipe,
  rowsPerChunk = 10_000,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const source = createCellSource(recipe);
  let started = false;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const first = !started;
      const prefix = first ? '{"unit_cells": [' : '';
      started = true;
      if (source.remaining === 0) {
        controller.enqueue(encoder.encode(`${prefix}]}`));
        controller.close();
        return;
      }
      const batch = source.next(rowsPerChunk);
      const buffer = new Uint8Array(prefix.length + (batch.length / 6) * MAX_ROW_BYTES);
      let position = encoder.encodeInto(prefix, buffer).written;
      for (let i = 0; i < batch.length; i += 6) {
        if (i > 0 || !first) {
          buffer[position++] = ASCII.comma;
          buffer[position++] = ASCII.space;
        }
        buffer[position++] = ASCII.open;
        for (let p = 0; p < 6; p += 1) {
          if (p > 0) {
            buffer[position++] = ASCII.comma;
            buffer[position++] = ASCII.space;
          }
          position = writeNumber(buffer, position, batch[i + p] ?? 0);
        }
        buffer[position++] = ASCII.close;
      }
      controller.enqueue(buffer.subarray(0, position));
    },
  });
}

export interface Histogram {
  /** 51 bin edges. */
  x: number[];
  /** 50 counts. */
  y: number[];
  median: number;
}

export type CellHistograms = Record<CellParameter, Histogram | null>;

function quantileSorted(sorted: Float64Array, p: number): number {
  const position = (sorted.length - 1) * p;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower] ?? 0;
  const high = sorted[upper] ?? low;
  return low + (high - low) * (position - lower);
}

function lowerBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * py-ispyb's histogram: median of all values; values outside [Q1 − 1.5 IQR, Q3 + 1.5 IQR]
 * dropped; 50 bins between the min and max of the rest (numpy.histogram, which widens a
 * zero-width range to ±0.5). Sorts `values` in place.
 */
export function histogram(values: Float64Array, bins = 50): Histogram | null {
  if (values.length === 0) return null;
  values.sort();
  const median = quantileSorted(values, 0.5);
  const q1 = quantileSorted(values, 0.25);
  const q3 = quantileSorted(values, 0.75);
  const iqr = q3 - q1;
  const kept = values.subarray(
    lowerBound(values, q1 - 1.5 * iqr),
    upperBound(values, q3 + 1.5 * iqr),
  );
  let min = kept[0] ?? median;
  let max = kept[kept.length - 1] ?? median;
  if (min === max) {
    min -= 0.5;
    max += 0.5;
  }
  const width = (max - min) / bins;
  const x = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? max : min + i * width));
  const y = new Array<number>(bins).fill(0);
  for (const value of kept) {
    const index = Math.min(bins - 1, Math.floor((value - min) / width));
    y[index] = (y[index] ?? 0) + 1;
  }
  return { x, y, median };
}

/** Histograms of the six parameters over all cells of several runs. */
export function cellHistograms(recipes: readonly UnitCellRecipe[]): CellHistograms {
  const total = recipes.reduce((sum, recipe) => sum + recipe.count, 0);
  const columns = CELL_PARAMETERS.map(() => new Float64Array(total));
  let row = 0;
  for (const recipe of recipes) {
    const source = createCellSource(recipe);
    while (source.remaining > 0) {
      const batch = source.next(20_000);
      for (let i = 0; i < batch.length; i += 6, row += 1) {
        for (let p = 0; p < 6; p += 1) {
          const column = columns[p];
          if (column) column[row] = batch[i + p] ?? 0;
        }
      }
    }
  }
  const [a, b, c, alpha, beta, gamma] = columns.map((column) => histogram(column));
  return {
    a: a ?? null,
    b: b ?? null,
    c: c ?? null,
    alpha: alpha ?? null,
    beta: beta ?? null,
    gamma: gamma ?? null,
  };
}
