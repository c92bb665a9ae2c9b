import { describe, expect, it } from 'vitest';
import {
  binEdges,
  binHistogram,
  density2d,
  describeColumn,
  extent,
  filterOutliers,
  iqrBounds,
  meanStd,
  median,
  quantile,
  quantilesInPlace,
  RankIndex,
  RankSelector,
  selectInPlace,
} from './cell-statistics';

/** Deterministic PRNG (mulberry32) so failures reproduce. */
function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Normal-ish values rounded to 0.001 like real cells (many ties). */
function randomCells(n: number, seed: number, mean = 79.1, spread = 0.4): Float64Array {
  const next = rng(seed);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    const v = mean + spread * (next() + next() + next() - 1.5) * 2;
    out[i] = Math.round(v * 1000) / 1000;
  }
  return out;
}

/** The obvious implementation: search each value's bin among the edges. */
function naiveHistogram(values: Float64Array, edges: Float64Array): number[] {
  const bins = edges.length - 1;
  const counts = new Array<number>(bins).fill(0);
  for (const v of values) {
    for (let i = 0; i < bins; i += 1) {
      const lo = edges[i] as number;
      const hi = edges[i + 1] as number;
      if (v >= lo && (v < hi || (i === bins - 1 && v === hi))) {
        counts[i] = (counts[i] ?? 0) + 1;
        break;
      }
    }
  }
  return counts;
}

function sortedQuantile(values: Float64Array, p: number): number {
  const sorted = Float64Array.from(values).sort();
  const position = (sorted.length - 1) * p;
  const lo = Math.floor(position);
  const a = sorted[lo] as number;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
  return a + (b - a) * (position - lo);
}

// numpy 2.x reference values for this array (computed once, pasted here)
const SMALL = Float64Array.from([3.5, 1.25, 9.0, 4.0, 4.0, 7.75, 2.0, 10.0, 0.5, 6.0, 4.0]);

describe('binHistogram', () => {
  it('matches numpy.histogram on a small array', () => {
    const h = binHistogram(SMALL, { bins: 4 });
    expect([...h.counts]).toEqual([3, 4, 1, 3]);
    expect([...h.edges]).toEqual([0.5, 2.875, 5.25, 7.625, 10]);
    expect([...h.centres]).toEqual([1.6875, 4.0625, 6.4375, 8.8125]);
  });

  it('ignores values outside an explicit range and closes the last bin', () => {
    const h = binHistogram(SMALL, { bins: 3, range: [1, 9] });
    expect([...h.counts]).toEqual([3, 4, 2]); // 9.0 lies on the last edge: counted
    expect(h.edges[0]).toBe(1);
    expect(h.edges[3]).toBe(9);
    expect(h.edges[1]).toBeCloseTo(3.6666666667, 9);
  });

  it('widens a zero-width range to ±0.5 like numpy', () => {
    const h = binHistogram(Float64Array.from([5, 5]), { bins: 2 });
    expect([...h.edges]).toEqual([4.5, 5, 5.5]);
    expect([...h.counts]).toEqual([0, 2]);
  });

  it('returns zero counts for no values', () => {
    const h = binHistogram(new Float64Array(0), { bins: 3 });
    expect([...h.counts]).toEqual([0, 0, 0]);
  });

  it('rejects a bad bin count', () => {
    expect(() => binHistogram(SMALL, { bins: 0 })).toThrow(RangeError);
    expect(() => binHistogram(SMALL, { bins: 2.5 })).toThrow(RangeError);
  });

  it('agrees with a naive edge search on random cells, for every bin count', () => {
    for (const [seed, bins] of [
      [1, 10],
      [2, 37],
      [3, 50],
      [4, 200],
      [5, 7],
    ] as const) {
      const values = randomCells(5_000, seed);
      const h = binHistogram(values, { bins });
      expect([...h.counts]).toEqual(naiveHistogram(values, h.edges));
      expect(h.counts.reduce((s, c) => s + c, 0)).toBe(values.length);
      // with a range that cuts both tails
      const cut = binHistogram(values, { bins, range: [79.0, 79.3] });
      expect([...cut.counts]).toEqual(naiveHistogram(values, cut.edges));
    }
  });

  it('puts values that sit exactly on inner edges in the upper bin', () => {
    const edges = binEdges(0, 1, 10);
    const values = Float64Array.from(edges);
    const h = binHistogram(values, { bins: 10 });
    expect([...h.counts]).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 2]);
  });
});

describe('quantiles', () => {
  it('match numpy (linear) on a small array', () => {
    const expected: [number, number][] = [
      [0, 0.5],
      [0.1, 1.25],
      [0.25, 2.75],
      [0.5, 4],
      [0.75, 6.875],
      [0.9, 9],
      [1, 10],
    ];
    for (const [p, q] of expected) expect(quantile(SMALL, p)).toBeCloseTo(q, 12);
    expect(median(SMALL)).toBe(4);
    expect(median(Float64Array.from([1, 2, 3, 4]))).toBe(2.5);
  });

  it('do not reorder the input', () => {
    const copy = Float64Array.from(SMALL);
    median(SMALL);
    expect(SMALL).toEqual(copy);
  });

  it('agree with a sort on random data with ties, in any order of ps', () => {
    for (const seed of [11, 12, 13]) {
      const values = randomCells(20_001 + seed, seed);
      const ps = [0.75, 0.01, 0.5, 0.25, 0.999];
      const got = quantilesInPlace(Float64Array.from(values), ps);
      ps.forEach((p, i) => expect(got[i]).toBeCloseTo(sortedQuantile(values, p), 10));
    }
  });

  it('are NaN for no values', () => {
    expect(median(new Float64Array(0))).toBeNaN();
  });

  it('RankSelector finds any ranks in any order', () => {
    const values = randomCells(3_000, 22);
    const sorted = Float64Array.from(values).sort();
    const selector = new RankSelector(Float64Array.from(values));
    for (const rank of [1500, 10, 2999, 11, 0, 1499, 1501, 750, 2250, 1500]) {
      expect(selector.value(rank)).toBe(sorted[rank]);
    }
    expect(selector.value(3_000)).toBeNaN();
    expect(selector.atPosition(10.5)).toBe(((sorted[10] as number) + (sorted[11] as number)) / 2);
  });

  it('selectInPlace puts the k-th value at k', () => {
    const values = randomCells(3_000, 21);
    const sorted = Float64Array.from(values).sort();
    for (const k of [0, 1, 1499, 2998, 2999]) {
      const scratch = Float64Array.from(values);
      selectInPlace(scratch, k);
      expect(scratch[k]).toBe(sorted[k]);
      expect(Math.max(...scratch.subarray(0, k))).toBeLessThanOrEqual(scratch[k] as number);
    }
  });
});

describe('meanStd, iqrBounds, filterOutliers', () => {
  it('match numpy on a small array', () => {
    const { mean, std, n } = meanStd(SMALL);
    expect(n).toBe(11);
    expect(mean).toBeCloseTo(4.7272727272727275, 12);
    expect(std).toBeCloseTo(2.9742350916101588, 12);
    expect(meanStd(SMALL, 1).std).toBeCloseTo(2.9742350916101588 * Math.sqrt(11 / 10), 12);
    const bounds = iqrBounds(SMALL);
    expect(bounds.lower).toBeCloseTo(-3.4375, 12);
    expect(bounds.upper).toBeCloseTo(13.0625, 12);
  });

  it('filters values outside the bounds, keeping the bounds themselves', () => {
    const values = Float64Array.from([1, 2, 3, 100, -50, 2.5]);
    expect([...filterOutliers(values, { lower: 1, upper: 3 })]).toEqual([1, 2, 3, 2.5]);
  });

  it('describeColumn agrees with the separate functions', () => {
    const values = randomCells(10_000, 31);
    // a few gross outliers
    values[5] = 200;
    values[50] = 10;
    const stats = describeColumn(values);
    const bounds = iqrBounds(values);
    const kept = filterOutliers(values, bounds);
    expect(stats.bounds.lower).toBeCloseTo(bounds.lower, 12);
    expect(stats.bounds.upper).toBeCloseTo(bounds.upper, 12);
    expect(stats.outliers).toBe(values.length - kept.length);
    expect(stats.outliers).toBeGreaterThanOrEqual(2);
    expect(stats.all.median).toBe(median(values));
    expect(stats.all.mean).toBeCloseTo(meanStd(values).mean, 10);
    expect(stats.kept.n).toBe(kept.length);
    expect(stats.kept.median).toBe(median(kept));
    expect(stats.kept.mean).toBeCloseTo(meanStd(kept).mean, 10);
    expect(stats.kept.std).toBeCloseTo(meanStd(kept).std, 10);
    expect([stats.all.min, stats.all.max]).toEqual(extent(values));
    expect([stats.kept.min, stats.kept.max]).toEqual(extent(kept));
    // binning all values over the kept range counts exactly the kept ones (the server's histogram)
    const h = binHistogram(values, { bins: 50, range: [stats.kept.min, stats.kept.max] });
    expect(h.counts.reduce((s, c) => s + c, 0)).toBe(kept.length);
  });
});

describe('RankIndex', () => {
  const sortedOf = (values: Float64Array) => Float64Array.from(values).sort();

  it('finds every asked rank of a large column with ties, without touching the column', () => {
    const values = randomCells(60_000, 51);
    const before = Float64Array.from(values);
    const sorted = sortedOf(values);
    const [min, max] = extent(values) ?? [NaN, NaN];
    const index = new RankIndex(values, min, max);
    const ranks = [59_999, 0, 30_000, 29_999, 14_999, 15_000, 30_000, 45_000, 12_345];
    expect(index.valuesAt(ranks)).toEqual(ranks.map((r) => sorted[r]));
    // asked again (the counts are reused) and with ranks that do not exist
    expect(index.valuesAt([-1, 60_000, 0.5, 7])).toEqual([NaN, NaN, NaN, sorted[7]]);
    expect(values).toEqual(before);
  });

  it('resolves a bucket crowded by far outliers (recursion) and all-equal columns', () => {
    const values = randomCells(50_000, 52);
    values[10] = 1e9;
    values[20] = -1e9;
    const sorted = sortedOf(values);
    const index = new RankIndex(values, -1e9, 1e9);
    const ranks = [0, 1, 24_999, 25_000, 49_998, 49_999];
    expect(index.valuesAt(ranks)).toEqual(ranks.map((r) => sorted[r]));
    const flat = new Float64Array(10_000).fill(90);
    expect(new RankIndex(flat, 90, 90).valuesAt([0, 5_000, 9_999])).toEqual([90, 90, 90]);
  });

  it('handles small and empty columns', () => {
    const small = Float64Array.from([5, 1, 4, 2, 3]);
    expect(new RankIndex(small, 1, 5).valuesAt([4, 0, 2])).toEqual([5, 1, 3]);
    expect(small).toEqual(Float64Array.from([5, 1, 4, 2, 3]));
    expect(new RankIndex(new Float64Array(0), Infinity, -Infinity).valuesAt([0])).toEqual([NaN]);
  });

  it('gives describeColumn the reference figures on 10⁵ cells, with or without a known extent', () => {
    const values = randomCells(100_000, 53, 38.01, 0.3);
    for (let i = 0; i < 3_000; i += 1) values[i * 31] = 30 + (i % 17); // outliers both sides
    const sorted = sortedOf(values);
    const q = (p: number) => sortedQuantile(sorted, p);
    const bounds = {
      lower: q(0.25) - 1.5 * (q(0.75) - q(0.25)),
      upper: q(0.75) + 1.5 * (q(0.75) - q(0.25)),
    };
    const kept = filterOutliers(values, bounds);
    const [min, max] = extent(values) ?? [NaN, NaN];
    for (const stats of [describeColumn(values), describeColumn(values, 1.5, { min, max })]) {
      expect(stats.all.median).toBe(q(0.5));
      expect(stats.bounds.q1).toBe(q(0.25));
      expect(stats.bounds.q3).toBe(q(0.75));
      expect(stats.kept.n).toBe(kept.length);
      expect(stats.kept.median).toBe(sortedQuantile(sortedOf(kept), 0.5));
      expect(stats.all.mean).toBeCloseTo(meanStd(values).mean, 10);
      expect(stats.all.std).toBeCloseTo(meanStd(values).std, 10);
      expect(stats.kept.mean).toBeCloseTo(meanStd(kept).mean, 10);
      expect(stats.kept.std).toBeCloseTo(meanStd(kept).std, 10);
      expect([stats.kept.min, stats.kept.max]).toEqual(extent(kept));
    }
  });
});

describe('density2d', () => {
  it('matches numpy.histogram2d (transposed, row-major by y)', () => {
    const x = Float64Array.from([0, 1, 2, 3, 4, 4, 2.5]);
    const y = Float64Array.from([0, 0, 1, 1, 2, 2, 0.5]);
    const grid = density2d(x, y, { binsX: 2, binsY: 2, rangeX: [0, 4], rangeY: [0, 2] });
    expect([...grid]).toEqual([2, 1, 0, 4]);
  });

  it('agrees with two 1-D histograms in its margins and ignores points outside', () => {
    const x = randomCells(4_000, 41, 64.2, 0.3);
    const y = randomCells(4_000, 42, 34.8, 0.2);
    const rangeX: [number, number] = [64.0, 64.4];
    const rangeY: [number, number] = [34.6, 35.0];
    const grid = density2d(x, y, { binsX: 20, binsY: 10, rangeX, rangeY });
    const inY = Float64Array.from(
      [...x].filter((_, i) => (y[i] as number) >= rangeY[0] && (y[i] as number) <= rangeY[1]),
    );
    const marginX = new Array<number>(20).fill(0);
    for (let iy = 0; iy < 10; iy += 1) {
      for (let ix = 0; ix < 20; ix += 1) {
        marginX[ix] = (marginX[ix] ?? 0) + (grid[iy * 20 + ix] ?? 0);
      }
    }
    expect(marginX).toEqual([...binHistogram(inY, { bins: 20, range: rangeX }).counts]);
  });
});
