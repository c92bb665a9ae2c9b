/**
 * Per-image hits of the demo's serial runs, regenerated on request from the run's totals (nothing
 * is stored): counts per chunk of 100 consecutive images whose sums are exactly the run's
 * `nbHits` / `nbIndexed`, with the drift real runs show — on chips, blocks whose crystals dried
 * out at one corner; in jets, a slow wander, a slow start and sometimes a clog that recovers.
 */
import {
  aperturesPerBlock,
  blockCount,
  chipLayoutFor,
  parseChipPattern,
} from '../../domain/chip-layout';
import type { DatasetIndex } from '../dataset-index';
import { createRng, hashSeed } from '../random';

/** Images per chunk: every batch size the route serves is a multiple of it. */
export const CHUNK_IMAGES = 100;

export interface RunHitChunks {
  dataCollectionId: number;
  images: number;
  hits: number;
  indexed: number;
  /** Per chunk; the last chunk may be shorter than `CHUNK_IMAGES`. */
  chunkImages: Int32Array;
  chunkHits: Int32Array;
  chunkIndexed: Int32Array;
  /** Block (reading order, A1 = 1) of each chunk on a chip run; `undefined` for jets. */
  chunkBlock: Int32Array | undefined;
}

/**
 * `total` spread over slots in proportion to `weights` (largest remainder), none above its cap.
 * What a capped slot cannot take goes to the others, so the sum is always `total` when
 * `total ≤ Σ caps`.
 */
export function allocate(
  total: number,
  weights: ArrayLike<number>,
  caps: ArrayLike<number>,
): Int32Array {
  const n = weights.length;
  const out = new Int32Array(n);
  let remaining = total;
  for (let round = 0; remaining > 0 && round < 20; round += 1) {
    let sum = 0;
    for (let i = 0; i < n; i += 1)
      if ((out[i] ?? 0) < (caps[i] ?? 0)) sum += Math.max(0, weights[i] ?? 0);
    if (sum <= 0) break;
    const fractions: { i: number; f: number }[] = [];
    let given = 0;
    for (let i = 0; i < n; i += 1) {
      const room = (caps[i] ?? 0) - (out[i] ?? 0);
      if (room <= 0) continue;
      const ideal = (remaining * Math.max(0, weights[i] ?? 0)) / sum;
      const whole = Math.min(room, Math.floor(ideal));
      out[i] = (out[i] ?? 0) + whole;
      given += whole;
      if (whole < room) fractions.push({ i, f: ideal - whole });
    }
    remaining -= given;
    fractions.sort((a, b) => b.f - a.f);
    for (const { i } of fractions) {
      if (remaining <= 0) break;
      out[i] = (out[i] ?? 0) + 1;
      remaining -= 1;
    }
  }
  // Weights of zero where the room is: hand out the rest in order (never reached by the demo).
  for (let i = 0; remaining > 0 && i < n; i += 1) {
    const take = Math.min(remaining, (caps[i] ?? 0) - (out[i] ?? 0));
    out[i] = (out[i] ?? 0) + take;
    remaining -= take;
  }
  return out;
}

interface ChipPlan {
  /** Blocks in the order they are shot. */
  blocks: number[];
  perBlock: number;
  totalBlocks: number;
  blocksX: number;
}

function chipPlan(model: string | null, pattern: string | null): ChipPlan | undefined {
  const match = chipLayoutFor(model ?? undefined);
  if (match.kind === 'unknown') return undefined;
  const layout = match.layout;
  const parsed = parseChipPattern(pattern ?? undefined, layout);
  const all = Array.from({ length: blockCount(layout) }, (_, i) => i + 1);
  const blocks = parsed.kind === 'blocks' ? parsed.blocks : all;
  return {
    blocks,
    perBlock: aperturesPerBlock(layout),
    totalBlocks: blockCount(layout),
    blocksX: layout.blocksX,
  };
}

/** A corner block and its two neighbours: where a chip dries first. */
function driedBlocks(plan: ChipPlan, corner: number): Set<number> {
  const rows = Math.ceil(plan.totalBlocks / plan.blocksX);
  const x = corner % 2 === 0 ? 0 : plan.blocksX - 1;
  const y = corner < 2 ? 0 : rows - 1;
  const dx = x === 0 ? 1 : -1;
  const dy = y === 0 ? 1 : -1;
  const at = (cx: number, cy: number) => cy * plan.blocksX + cx + 1;
  return new Set([at(x, y), at(x + dx, y), at(x, y + dy)]);
}

export function generateRunHitChunks(
  db: DatasetIndex,
  dataCollectionId: number,
): RunHitChunks | undefined {
  const stats = db.ssxProcessing.get(dataCollectionId);
  const dc = db.dataCollections.get(dataCollectionId);
  if (!stats || !dc?.numberOfImages) return undefined;
  const images = dc.numberOfImages;
  const ssx = db.ssxDataCollections.get(dataCollectionId);
  const rng = createRng(hashSeed(db.data.seed, 'image-hits', dataCollectionId));
  const n = Math.ceil(images / CHUNK_IMAGES);
  const chunkImages = new Int32Array(n);
  for (let i = 0; i < n; i += 1) chunkImages[i] = Math.min(CHUNK_IMAGES, images - i * CHUNK_IMAGES);

  const hitWeight = new Float64Array(n);
  const indexWeight = new Float64Array(n);
  const plan = ssx?.chipModel ? chipPlan(ssx.chipModel, ssx.chipPattern) : undefined;
  let chunkBlock: Int32Array | undefined;

  if (plan && plan.blocks.length > 0) {
    // Block by block in the pattern's order, chip after chip (pass after pass for hit-and-return).
    chunkBlock = new Int32Array(n);
    const dried = driedBlocks(plan, rng.int(0, 3));
    const blockFactor = new Map<number, number>();
    for (const block of plan.blocks) {
      blockFactor.set(
        block,
        dried.has(block)
          ? rng.float(0.06, 0.16)
          : Math.min(1.4, Math.max(0.6, rng.normal(1, 0.12))),
      );
    }
    const perPass = plan.blocks.length * plan.perBlock;
    for (let i = 0; i < n; i += 1) {
      const position = (i * CHUNK_IMAGES) % perPass;
      const block = plan.blocks[Math.floor(position / plan.perBlock)] ?? 0;
      chunkBlock[i] = block;
      hitWeight[i] =
        (chunkImages[i] ?? 0) * (blockFactor.get(block) ?? 1) * Math.max(0.3, rng.normal(1, 0.1));
      indexWeight[i] = Math.max(0.5, rng.normal(1, 0.06));
    }
  } else {
    // A jet: slow wander, a slow start while the jet settles, and sometimes a clog that clears.
    const phase = rng.float(0, 2 * Math.PI);
    const cycles = rng.float(1, 3);
    const clog = rng.chance(0.6)
      ? { start: rng.float(0.3, 0.6), length: rng.float(0.04, 0.08) }
      : undefined;
    for (let i = 0; i < n; i += 1) {
      const t = i / n;
      let factor = 1 + 0.12 * Math.sin(2 * Math.PI * cycles * t + phase);
      if (t < 0.03) factor *= 0.55 + 15 * t;
      let indexFactor = 1;
      if (clog && t >= clog.start && t < clog.start + clog.length) {
        // down to ~3 % of the usual rate at the middle of the clog, back up at its ends
        const u = (t - clog.start) / clog.length;
        factor *= 0.03 + 0.97 * Math.abs(2 * u - 1) ** 3;
        indexFactor = 0.8;
      }
      hitWeight[i] = (chunkImages[i] ?? 0) * factor * Math.max(0.3, rng.normal(1, 0.08));
      indexWeight[i] = indexFactor * Math.max(0.5, rng.normal(1, 0.05));
    }
  }

  const chunkHits = allocate(stats.nbHits, hitWeight, chunkImages);
  const indexedWeight = new Float64Array(n);
  for (let i = 0; i < n; i += 1) indexedWeight[i] = (chunkHits[i] ?? 0) * (indexWeight[i] ?? 0);
  const chunkIndexed = allocate(stats.nbIndexed, indexedWeight, chunkHits);
  return {
    dataCollectionId,
    images,
    hits: stats.nbHits,
    indexed: stats.nbIndexed,
    chunkImages,
    chunkHits,
    chunkIndexed,
    chunkBlock,
  };
}

export interface BatchCounts {
  imageStart: number;
  imageEnd: number;
  images: number;
  nbHits: number;
  nbIndexed: number;
}

/** `batchSize` must be a multiple of `CHUNK_IMAGES`. */
export function batchesOf(run: RunHitChunks, batchSize: number): BatchCounts[] {
  const per = batchSize / CHUNK_IMAGES;
  const out: BatchCounts[] = [];
  for (let first = 0; first < run.chunkImages.length; first += per) {
    let images = 0;
    let hits = 0;
    let indexed = 0;
    const last = Math.min(run.chunkImages.length, first + per);
    for (let i = first; i < last; i += 1) {
      images += run.chunkImages[i] ?? 0;
      hits += run.chunkHits[i] ?? 0;
      indexed += run.chunkIndexed[i] ?? 0;
    }
    const imageStart = first * CHUNK_IMAGES + 1;
    out.push({
      imageStart,
      imageEnd: imageStart + images - 1,
      images,
      nbHits: hits,
      nbIndexed: indexed,
    });
  }
  return out;
}

export interface BlockCounts {
  blockNumber: number;
  images: number;
  nbHits: number;
  nbIndexed: number;
}

/** Per block, in block order; `undefined` for a jet run. */
export function blocksOf(run: RunHitChunks): BlockCounts[] | undefined {
  if (!run.chunkBlock) return undefined;
  const sums = new Map<number, BlockCounts>();
  for (let i = 0; i < run.chunkBlock.length; i += 1) {
    const blockNumber = run.chunkBlock[i] ?? 0;
    const sum = sums.get(blockNumber) ?? { blockNumber, images: 0, nbHits: 0, nbIndexed: 0 };
    sum.images += run.chunkImages[i] ?? 0;
    sum.nbHits += run.chunkHits[i] ?? 0;
    sum.nbIndexed += run.chunkIndexed[i] ?? 0;
    sums.set(blockNumber, sum);
  }
  return [...sums.values()].sort((a, b) => a.blockNumber - b.blockNumber);
}
