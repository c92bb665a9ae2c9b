/**
 * Hits over the course of one run, from ispyb-web's image-hits extension
 * (`docs/extensions/image-hits.md`): counts per batch of consecutive images and, for chips, per
 * position. py-ispyb itself only has the run's totals (`/ssx/.../stats`).
 */
import { blockCount, blockLabel, type ChipLayout } from './chip-layout';

/** Consecutive images `imageStart`…`imageEnd` (1-based, inclusive). */
export interface HitBatch {
  imageStart: number;
  imageEnd: number;
  images: number;
  hits: number;
  indexed: number;
}

/**
 * Counts at one chip position over the whole run (every chip, every hit-and-return readout).
 * `aperture` is `undefined` when the server counts per block.
 */
export interface PositionHits {
  /** Block number in reading order (A1 = 1), as `chip-layout` numbers them. */
  block: number;
  aperture: { row: number; column: number } | undefined;
  images: number;
  hits: number;
  indexed: number;
}

export interface RunImageHits {
  dataCollectionId: number;
  /** Images per batch the server used (it may round what was asked). */
  batchSize: number;
  images: number;
  hits: number;
  indexed: number;
  batches: HitBatch[];
  /** `undefined` for runs that are not on a chip, or when the server does not say. */
  positions: PositionHits[] | undefined;
}

/** One point of the hit-rate-over-time chart; rates are fractions. */
export interface HitRatePoint {
  imageStart: number;
  imageEnd: number;
  /** Middle of the batch: where the point is drawn on the image axis. */
  imageMid: number;
  images: number;
  hits: number;
  indexed: number;
  hitRate: number | undefined;
  /** indexed / images, so both series share one axis and read as "of all images". */
  indexedRate: number | undefined;
}

const MIN_BATCH = 1_000;
/** Points a line chart can draw at once without becoming a smear (and without lag). */
const MAX_POINTS = 600;

/**
 * The batch size to ask for: 1 000 images, or a round larger size (1, 2 or 5 × 10ⁿ) that keeps a
 * run to at most 600 points (a 2.4 M-image jet run gets batches of 5 000).
 */
export function chooseBatchSize(images: number | undefined): number {
  if (!images || images <= MIN_BATCH * MAX_POINTS) return MIN_BATCH;
  const wanted = images / MAX_POINTS;
  const decade = 10 ** Math.floor(Math.log10(wanted));
  for (const step of [1, 2, 5, 10]) {
    if (step * decade >= wanted) return step * decade;
  }
  return 10 * decade;
}

export function hitRatePoints(batches: readonly HitBatch[]): HitRatePoint[] {
  return batches.map((b) => ({
    imageStart: b.imageStart,
    imageEnd: b.imageEnd,
    imageMid: (b.imageStart + b.imageEnd) / 2,
    images: b.images,
    hits: b.hits,
    indexed: b.indexed,
    hitRate: b.images > 0 ? b.hits / b.images : undefined,
    indexedRate: b.images > 0 ? b.indexed / b.images : undefined,
  }));
}

/** A disagreement between the batches and the run's totals, in words; `undefined` if none. */
export function checkImageHits(run: RunImageHits): string | undefined {
  let previousEnd = 0;
  for (const b of run.batches) {
    if (b.imageStart <= previousEnd) {
      return `batches overlap or are out of order at image ${b.imageStart}`;
    }
    if (b.hits > b.images || b.indexed > b.hits) {
      return `images ${b.imageStart}–${b.imageEnd} count more hits than images or more indexed than hits`;
    }
    previousEnd = b.imageEnd;
  }
  const hits = run.batches.reduce((sum, b) => sum + b.hits, 0);
  const indexed = run.batches.reduce((sum, b) => sum + b.indexed, 0);
  if (hits !== run.hits || indexed !== run.indexed) {
    return `the batches add up to ${hits} hits and ${indexed} indexed, the run to ${run.hits} and ${run.indexed}`;
  }
  return undefined;
}

/** A stretch of the run whose hit rate fell well below the run's own (a clog, a dry block). */
export interface HitRateDip {
  imageStart: number;
  imageEnd: number;
  /** Mean hit rate in the stretch, fraction. */
  hitRate: number;
}

/**
 * Stretches of consecutive batches whose hit rate is below half the run's: said in words next to
 * the chart, so the finding does not depend on seeing the line.
 */
export function findHitRateDips(run: RunImageHits): HitRateDip[] {
  const overall = run.images > 0 ? run.hits / run.images : 0;
  if (overall === 0) return [];
  const dips: HitRateDip[] = [];
  let current: { start: number; end: number; images: number; hits: number } | undefined;
  const close = () => {
    if (current) {
      dips.push({
        imageStart: current.start,
        imageEnd: current.end,
        hitRate: current.images > 0 ? current.hits / current.images : 0,
      });
    }
    current = undefined;
  };
  for (const b of run.batches) {
    const low = b.images > 0 && b.hits / b.images < overall / 2;
    if (!low) {
      close();
      continue;
    }
    current = current
      ? {
          ...current,
          end: b.imageEnd,
          images: current.images + b.images,
          hits: current.hits + b.hits,
        }
      : { start: b.imageStart, end: b.imageEnd, images: b.images, hits: b.hits };
  }
  close();
  return dips;
}

/** Totals of one chip block, summed over its apertures when the server counts per aperture. */
export interface BlockHits {
  block: number;
  /** `A1`, `B3`… */
  label: string;
  images: number;
  hits: number;
  indexed: number;
  hitRate: number | undefined;
  indexedRate: number | undefined;
}

/**
 * Per-block totals in block order. Positions on blocks the layout does not have are left out
 * (and counted in `outside`, so the page can say so rather than drop them silently).
 */
export function hitsPerBlock(
  positions: readonly PositionHits[],
  layout: ChipLayout,
): { blocks: BlockHits[]; outside: number } {
  const max = blockCount(layout);
  const sums = new Map<number, { images: number; hits: number; indexed: number }>();
  let outside = 0;
  for (const p of positions) {
    if (!Number.isInteger(p.block) || p.block < 1 || p.block > max) {
      outside += 1;
      continue;
    }
    const sum = sums.get(p.block) ?? { images: 0, hits: 0, indexed: 0 };
    sum.images += p.images;
    sum.hits += p.hits;
    sum.indexed += p.indexed;
    sums.set(p.block, sum);
  }
  const blocks = [...sums.entries()]
    .sort(([a], [b]) => a - b)
    .map(([block, s]) => ({
      block,
      label: blockLabel(layout, block),
      ...s,
      hitRate: s.images > 0 ? s.hits / s.images : undefined,
      indexedRate: s.images > 0 ? s.indexed / s.images : undefined,
    }));
  return { blocks, outside };
}
