import type { CellParameter } from './processing';

/**
 * Statistics of unit-cell columns (one typed array per cell parameter), written for 10⁶ values:
 * no full sorts, no per-value allocation. Values are assumed finite (the cell parser keeps only
 * finite numbers); conventions follow numpy, which py-ispyb bins with, so a client histogram of
 * the same cells and range matches the server's to the count.
 */

export type NumberColumn = Float64Array | Float32Array;

/** Smallest and largest value of a column (`Infinity`, `-Infinity` for none). */
export interface ColumnExtent {
  min: number;
  max: number;
}

/** A histogram of equal-width bins: `edges.length === counts.length + 1`. */
export interface BinnedHistogram {
  edges: Float64Array;
  counts: Uint32Array;
  centres: Float64Array;
}

export interface BinOptions {
  bins: number;
  /**
   * `[low, high]` of the first and last edge; values outside are not counted. Default: the
   * minimum and maximum of `values`. A zero-width range is widened to ±0.5 (as numpy does).
   */
  range?: readonly [number, number] | undefined;
}

/** Minimum and maximum, or `undefined` for no values. */
export function extent(values: NumberColumn): [number, number] | undefined {
  const n = values.length;
  if (n === 0) return undefined;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i += 1) {
    const v = values[i] as number;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return [min, max];
}

/** numpy's `linspace(low, high, bins + 1)`: `low + i·step`, the last edge exactly `high`. */
export function binEdges(low: number, high: number, bins: number): Float64Array {
  const edges = new Float64Array(bins + 1);
  const step = (high - low) / bins;
  for (let i = 0; i < bins; i += 1) edges[i] = i * step + low;
  edges[bins] = high;
  return edges;
}

function resolveRange(
  values: NumberColumn,
  range: readonly [number, number] | undefined,
): [number, number] {
  let [low, high] = range ?? extent(values) ?? [0, 1];
  if (!(low < high)) {
    if (low > high) throw new RangeError(`Histogram range [${low}, ${high}] is reversed.`);
    low -= 0.5;
    high += 0.5;
  }
  return [low, high];
}

function checkBins(bins: number): void {
  if (!Number.isInteger(bins) || bins < 1) {
    throw new RangeError(`The bin count must be a positive integer (got ${bins}).`);
  }
}

/**
 * Bin index of `v` as numpy computes it for equal bins (every bin half-open `[e_i, e_i+1)` except
 * the last, which is closed), or -1 outside `[edges[0], edges[bins]]`.
 */
function binOf(v: number, low: number, high: number, norm: number, edges: Float64Array): number {
  if (v < low || v > high) return -1;
  const bins = edges.length - 1;
  let index = Math.floor((v - low) * norm);
  if (index >= bins) index = bins - 1;
  // rounding in (v - low) · norm can be one bin off: correct against the edges themselves
  if (v < (edges[index] as number)) index -= 1;
  else if (index !== bins - 1 && v >= (edges[index + 1] as number)) index += 1;
  return index;
}

/** Bin centres: the midpoints of consecutive edges. */
export function binCentres(edges: ArrayLike<number>): Float64Array {
  const centres = new Float64Array(Math.max(0, edges.length - 1));
  for (let i = 0; i < centres.length; i += 1) {
    centres[i] = ((edges[i] as number) + (edges[i + 1] as number)) / 2;
  }
  return centres;
}

/**
 * numpy.histogram with `bins` equal bins: edges from `range` (default min..max), values outside
 * the range ignored, the last bin closed on the right.
 */
export function binHistogram(values: NumberColumn, options: BinOptions): BinnedHistogram {
  const { bins } = options;
  checkBins(bins);
  const [low, high] = resolveRange(values, options.range);
  const edges = binEdges(low, high, bins);
  const counts = new Uint32Array(bins);
  const norm = bins / (high - low);
  const n = values.length;
  for (let i = 0; i < n; i += 1) {
    const index = binOf(values[i] as number, low, high, norm, edges);
    if (index >= 0) counts[index] = (counts[index] as number) + 1;
  }
  return { edges, counts, centres: binCentres(edges) };
}

export interface Density2dOptions {
  binsX: number;
  binsY: number;
  rangeX: readonly [number, number];
  rangeY: readonly [number, number];
}

/**
 * Counts of (x, y) pairs on a `binsX × binsY` grid (numpy.histogram2d edge rule), row-major with
 * y rows: `grid[iy * binsX + ix]`, `iy = 0` the lowest y. Pairs outside either range are ignored.
 */
export function density2d(
  x: NumberColumn,
  y: NumberColumn,
  options: Density2dOptions,
): Uint32Array {
  const { binsX, binsY } = options;
  checkBins(binsX);
  checkBins(binsY);
  if (x.length !== y.length) throw new RangeError('x and y must have the same length.');
  const [lowX, highX] = resolveRange(x, options.rangeX);
  const [lowY, highY] = resolveRange(y, options.rangeY);
  const edgesX = binEdges(lowX, highX, binsX);
  const edgesY = binEdges(lowY, highY, binsY);
  const normX = binsX / (highX - lowX);
  const normY = binsY / (highY - lowY);
  const grid = new Uint32Array(binsX * binsY);
  const n = x.length;
  for (let i = 0; i < n; i += 1) {
    const ix = binOf(x[i] as number, lowX, highX, normX, edgesX);
    if (ix < 0) continue;
    const iy = binOf(y[i] as number, lowY, highY, normY, edgesY);
    if (iy < 0) continue;
    const cell = iy * binsX + ix;
    grid[cell] = (grid[cell] as number) + 1;
  }
  return grid;
}

function swap(arr: NumberColumn, i: number, j: number): void {
  const t = arr[i] as number;
  arr[i] = arr[j] as number;
  arr[j] = t;
}

/**
 * Floyd–Rivest selection: reorders `arr[left..right]` in place so that `arr[k]` is the value of
 * rank `k`, smaller-or-equal values before it and greater-or-equal after. O(n) on average, and
 * robust to the many ties of cells rounded to 0.001.
 */
export function selectInPlace(
  arr: NumberColumn,
  k: number,
  left = 0,
  right = arr.length - 1,
): void {
  while (right > left) {
    if (right - left > 600) {
      const n = right - left + 1;
      const m = k - left + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (m - n / 2 < 0 ? -1 : 1);
      const newLeft = Math.max(left, Math.floor(k - (m * s) / n + sd));
      const newRight = Math.min(right, Math.floor(k + ((n - m) * s) / n + sd));
      selectInPlace(arr, k, newLeft, newRight);
    }
    const t = arr[k] as number;
    let i = left;
    let j = right;
    swap(arr, left, k);
    if ((arr[right] as number) > t) swap(arr, left, right);
    while (i < j) {
      swap(arr, i, j);
      i += 1;
      j -= 1;
      while ((arr[i] as number) < t) i += 1;
      while ((arr[j] as number) > t) j -= 1;
    }
    if (arr[left] === t) swap(arr, left, j);
    else {
      j += 1;
      swap(arr, j, right);
    }
    if (j <= k) left = j + 1;
    if (k <= j) right = j - 1;
  }
}

/** numpy's `_lerp`: exact at both ends. */
function lerp(a: number, b: number, t: number): number {
  const diff = b - a;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}

/**
 * Values of given ranks in `scratch`, found by selection and reordering `scratch` in place. Each
 * selected rank splits the array (smaller-or-equal values before, greater-or-equal after), so
 * later ranks are searched only between the nearest ranks already fixed: the quartiles, the
 * median and the median of the values inside the IQR bounds cost little more than one selection.
 */
export class RankSelector {
  /** Positions holding their rank, ascending. */
  private readonly fixed: number[] = [];

  constructor(private readonly scratch: NumberColumn) {}

  get length(): number {
    return this.scratch.length;
  }

  value(rank: number): number {
    const n = this.scratch.length;
    if (!(rank >= 0 && rank < n)) return NaN;
    const fixed = this.fixed;
    // nearest fixed positions around `rank` (binary search)
    let lo = 0;
    let hi = fixed.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((fixed[mid] as number) < rank) lo = mid + 1;
      else hi = mid;
    }
    if (fixed[lo] === rank) return this.scratch[rank] as number;
    const left = lo > 0 ? (fixed[lo - 1] as number) + 1 : 0;
    const right = lo < fixed.length ? (fixed[lo] as number) - 1 : n - 1;
    selectInPlace(this.scratch, rank, left, right);
    fixed.splice(lo, 0, rank);
    return this.scratch[rank] as number;
  }

  /** numpy's linear quantile at `p` ∈ [0, 1]. */
  quantile(p: number): number {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`Quantile ${p} is outside [0, 1].`);
    const n = this.scratch.length;
    if (n === 0) return NaN;
    return this.atPosition((n - 1) * p);
  }

  /** The value at a fractional sorted position, interpolated linearly between its two ranks. */
  atPosition(position: number): number {
    const lo = Math.floor(position);
    const frac = position - lo;
    const low = this.value(lo);
    if (frac === 0 || lo + 1 >= this.scratch.length) return low;
    return lerp(low, this.value(lo + 1), frac);
  }
}

/**
 * Quantiles of `scratch` with numpy's default ("linear") method, reordering `scratch` in place
 * (pass a copy). `ps` in any order, each in [0, 1]; NaN for an empty array.
 */
export function quantilesInPlace(scratch: NumberColumn, ps: readonly number[]): number[] {
  const selector = new RankSelector(scratch);
  return ps.map((p) => selector.quantile(p));
}

/** numpy.quantile (linear) without reordering `values`. */
export function quantile(values: NumberColumn, p: number): number {
  return quantilesInPlace(new Float64Array(values), [p])[0] ?? NaN;
}

export function median(values: NumberColumn): number {
  return quantile(values, 0.5);
}

export interface MeanStd {
  n: number;
  mean: number;
  /** Standard deviation with `ddof` (default 0, numpy's default). */
  std: number;
}

/** Two-pass mean and standard deviation; NaN for no values. */
export function meanStd(values: NumberColumn, ddof = 0): MeanStd {
  const n = values.length;
  if (n === 0) return { n, mean: NaN, std: NaN };
  let sum = 0;
  for (let i = 0; i < n; i += 1) sum += values[i] as number;
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < n; i += 1) {
    const d = (values[i] as number) - mean;
    squares += d * d;
  }
  return { n, mean, std: n - ddof > 0 ? Math.sqrt(squares / (n - ddof)) : NaN };
}

export interface IqrBounds {
  q1: number;
  q3: number;
  iqr: number;
  /** q1 − k·IQR */
  lower: number;
  /** q3 + k·IQR */
  upper: number;
  k: number;
}

export function boundsFromQuartiles(q1: number, q3: number, k = 1.5): IqrBounds {
  const iqr = q3 - q1;
  return { q1, q3, iqr, lower: q1 - k * iqr, upper: q3 + k * iqr, k };
}

/** Tukey's fences: values outside `[q1 − k·IQR, q3 + k·IQR]` are outliers (as py-ispyb drops). */
export function iqrBounds(values: NumberColumn, k = 1.5): IqrBounds {
  const [q1 = NaN, q3 = NaN] = quantilesInPlace(new Float64Array(values), [0.25, 0.75]);
  return boundsFromQuartiles(q1, q3, k);
}

export function isInside(value: number, bounds: Pick<IqrBounds, 'lower' | 'upper'>): boolean {
  return value >= bounds.lower && value <= bounds.upper;
}

/** The values inside the bounds (bounds included), in their order. */
export function filterOutliers(
  values: NumberColumn,
  bounds: Pick<IqrBounds, 'lower' | 'upper'>,
): Float64Array {
  const kept = new Float64Array(values.length);
  let m = 0;
  for (let i = 0; i < values.length; i += 1) {
    const v = values[i] as number;
    if (v >= bounds.lower && v <= bounds.upper) kept[m++] = v;
  }
  return kept.slice(0, m);
}

/** Summary of one set of values (all cells, or those inside the IQR bounds). */
export interface ColumnSummary {
  n: number;
  min: number;
  max: number;
  median: number;
  mean: number;
  std: number;
}

export interface ColumnStatistics {
  all: ColumnSummary;
  /** Only the values inside `bounds`. */
  kept: ColumnSummary;
  bounds: IqrBounds;
  /** Values outside `bounds`. */
  outliers: number;
}

/** Buckets of the counting pass of `RankIndex`: 2¹⁶ keeps a bucket's share of 10⁶ cells small. */
const RANK_BUCKETS = 65_536;
/** Below this many values, selection on a copy is cheaper than counting into buckets. */
const SMALL_SELECTION = 4_096;

const isRankOf = (n: number) => (r: number) => Number.isInteger(r) && r >= 0 && r < n;

/**
 * Exact values of any ranks of a column, without reordering or copying it: one counting pass
 * into equal-width buckets between `min` and `max` (bucket order is value order, as
 * `floor((v − min)·scale)` is monotonic), then, per question, one pass gathering only the values
 * of the buckets holding a wanted rank and a selection within those few small arrays. Linear
 * passes of simple arithmetic, where selection on a copy swaps its way through memory several
 * times: this is what lets 10⁶ cells × 6 parameters be described in tens of milliseconds. A
 * bucket that still holds many values (one far outlier squeezes the rest into one bucket) is
 * resolved the same way, recursively.
 */
export class RankIndex {
  private readonly counts: Uint32Array | undefined;
  private readonly scale: number;
  private readonly small: RankSelector | undefined;

  constructor(
    private readonly values: NumberColumn,
    private readonly min: number,
    max: number,
  ) {
    const n = values.length;
    this.scale = RANK_BUCKETS / (max - min);
    if (n <= SMALL_SELECTION || !(min < max)) {
      this.small = min < max ? new RankSelector(new Float64Array(values)) : undefined;
      return;
    }
    const counts = new Uint32Array(RANK_BUCKETS);
    const last = RANK_BUCKETS - 1;
    const scale = this.scale;
    for (let i = 0; i < n; i += 1) {
      let k = Math.floor(((values[i] as number) - min) * scale);
      if (k > last) k = last;
      counts[k] = (counts[k] as number) + 1;
    }
    this.counts = counts;
  }

  /** The values of `ranks` (NaN for a rank outside `0…n − 1`), in the order asked. */
  valuesAt(ranks: readonly number[]): number[] {
    const valid = isRankOf(this.values.length);
    if (this.small) {
      const small = this.small;
      return ranks.map((r) => (valid(r) ? small.value(r) : NaN));
    }
    const counts = this.counts;
    if (!counts) return ranks.map((r) => (valid(r) ? this.min : NaN));
    // the bucket holding each wanted rank, and that rank's place inside the bucket
    const slotOfBucket = new Int32Array(RANK_BUCKETS).fill(-1);
    const slotBuckets: number[] = [];
    const places = ranks.map(() => ({ slot: -1, rank: 0 }));
    const order = ranks
      .map((rank, index) => ({ rank, index }))
      .filter(({ rank }) => valid(rank))
      .sort((x, y) => x.rank - y.rank);
    let bucket = 0;
    let before = 0;
    for (const { rank, index } of order) {
      while (before + (counts[bucket] as number) <= rank) {
        before += counts[bucket] as number;
        bucket += 1;
      }
      let slot = slotOfBucket[bucket] as number;
      if (slot < 0) {
        slot = slotBuckets.length;
        slotOfBucket[bucket] = slot;
        slotBuckets.push(bucket);
      }
      places[index] = { slot, rank: rank - before };
    }
    const gathered = slotBuckets.map((k) => new Float64Array(counts[k] as number));
    const filled = new Uint32Array(gathered.length);
    const lows = slotBuckets.map(() => Infinity);
    const highs = slotBuckets.map(() => -Infinity);
    const { values, min, scale } = this;
    const last = RANK_BUCKETS - 1;
    const n = values.length;
    for (let i = 0; i < n; i += 1) {
      const v = values[i] as number;
      let k = Math.floor((v - min) * scale);
      if (k > last) k = last;
      const slot = slotOfBucket[k] as number;
      if (slot < 0) continue;
      const target = gathered[slot] as Float64Array;
      target[filled[slot] as number] = v;
      filled[slot] = (filled[slot] as number) + 1;
      if (v < (lows[slot] as number)) lows[slot] = v;
      if (v > (highs[slot] as number)) highs[slot] = v;
    }
    const out = ranks.map(() => NaN);
    gathered.forEach((bucketValues, slot) => {
      const asked = places.flatMap((p, index) => (p.slot === slot ? [index] : []));
      const inner = new RankIndex(bucketValues, lows[slot] as number, highs[slot] as number);
      const found = inner.valuesAt(asked.map((index) => (places[index] as { rank: number }).rank));
      asked.forEach((index, j) => {
        out[index] = found[j] as number;
      });
    });
    return out;
  }
}

/** The two ranks around a fractional sorted position, and how far between them it lies. */
function around(position: number): { lo: number; frac: number } {
  const lo = Math.floor(position);
  return { lo, frac: position - lo };
}

/** numpy's linear interpolation at a sorted position, from the values of its two ranks. */
function atPosition(position: number, valueOf: (rank: number) => number, n: number): number {
  const { lo, frac } = around(position);
  const low = valueOf(lo);
  if (frac === 0 || lo + 1 >= n) return low;
  return lerp(low, valueOf(lo + 1), frac);
}

/**
 * Everything the unit-cell view shows about one column, in a few linear passes and without
 * copying it: the quartiles and median by a `RankIndex`, mean and σ of all values and of those
 * inside the IQR bounds in one more pass, then the median of the kept values,
 * whose ranks are known once the values below the lower bound are counted. `known` is the
 * column's extent when the parser already tracked it (saves a pass).
 */
export function describeColumn(
  values: NumberColumn,
  k = 1.5,
  known?: ColumnExtent,
): ColumnStatistics {
  const n = values.length;
  let min = known?.min ?? Infinity;
  let max = known?.max ?? -Infinity;
  if (!known) {
    for (let i = 0; i < n; i += 1) {
      const v = values[i] as number;
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  const positions = [0.25, 0.5, 0.75].map((p) => (n - 1) * p);
  const ranks = positions.flatMap((position) => {
    const { lo } = around(position);
    return lo + 1 < n ? [lo, lo + 1] : [lo];
  });
  const index = new RankIndex(values, min, max);
  const rankValues = new Map<number, number>();
  index.valuesAt(ranks).forEach((v, i) => rankValues.set(ranks[i] as number, v));
  const valueOf = (rank: number) => rankValues.get(rank) ?? NaN;
  const [q1 = NaN, medianAll = NaN, q3 = NaN] =
    n > 0 ? positions.map((position) => atPosition(position, valueOf, n)) : [];
  const bounds = boundsFromQuartiles(q1, q3, k);
  const { lower, upper } = bounds;

  // one pass for both sets, summing deviations d from the median: as |mean − median| ≤ σ, the
  // subtracted term of the one-pass variance Σd²/n − (Σd/n)² is at most the variance itself,
  // so little cancels and it matches numpy's two-pass figure
  const shift = Number.isFinite(medianAll) ? medianAll : 0;
  let sum = 0;
  let squares = 0;
  let below = 0;
  let m = 0;
  let keptMin = Infinity;
  let keptMax = -Infinity;
  let keptSum = 0;
  let keptSquares = 0;
  for (let i = 0; i < n; i += 1) {
    const v = values[i] as number;
    const d = v - shift;
    sum += d;
    squares += d * d;
    if (v < lower) below += 1;
    else if (v <= upper) {
      m += 1;
      keptSum += d;
      keptSquares += d * d;
      if (v < keptMin) keptMin = v;
      if (v > keptMax) keptMax = v;
    }
  }
  const variance = (total: number, sumSquares: number, count: number) => {
    const meanD = total / count;
    return Math.max(0, sumSquares / count - meanD * meanD);
  };
  const mean = n > 0 ? shift + sum / n : NaN;
  const keptMean = m > 0 ? shift + keptSum / m : NaN;
  // the kept values are ranks below … below + m − 1 of the whole column
  let keptMedian = NaN;
  if (m > 0) {
    const position = below + (m - 1) / 2;
    const { lo, frac } = around(position);
    const [low = NaN, high = NaN] = index.valuesAt(frac === 0 ? [lo] : [lo, lo + 1]);
    keptMedian = frac === 0 ? low : lerp(low, high, frac);
  }
  return {
    all: {
      n,
      min: n > 0 ? min : NaN,
      max: n > 0 ? max : NaN,
      median: medianAll,
      mean,
      std: n > 0 ? Math.sqrt(variance(sum, squares, n)) : NaN,
    },
    kept: {
      n: m,
      min: m > 0 ? keptMin : NaN,
      max: m > 0 ? keptMax : NaN,
      median: keptMedian,
      mean: keptMean,
      std: m > 0 ? Math.sqrt(variance(keptSum, keptSquares, m)) : NaN,
    },
    bounds,
    outliers: n - m,
  };
}

/** Cells as six parallel columns, `length` rows each. */
export type CellColumns = Record<CellParameter, Float64Array>;

/** The range a histogram or density axis of one parameter spans: kept or all values. */
export function columnRange(
  stats: ColumnStatistics,
  hideOutliers: boolean,
): [number, number] | undefined {
  const summary = hideOutliers ? stats.kept : stats.all;
  return summary.n > 0 ? [summary.min, summary.max] : undefined;
}
