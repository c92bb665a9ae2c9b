/**
 * One SSX experiment (a data collection group) seen as a whole: its runs in order, the
 * images → hits → indexed funnel, the timing of each run and the quality of its rates.
 */
import type { DataCollection, DataCollectionGroup } from './data-collection';
import {
  hitRate,
  indexingRate,
  type ProcessingState,
  type RunProcessingStatus,
  type SsxRunStats,
} from './processing';
import { pumpProbeDelay, type EventChain, type TimingEvent } from './timing';
import { formatSI } from './units';

export interface Experiment {
  /** Summed over every run: `runCount`, earliest start, latest end, the latest run. */
  group: DataCollectionGroup;
  /** In collection order (start time, then id): run 1 is `runs[0]`. */
  runs: DataCollection[];
}

const time = (d: Date | undefined): number => d?.getTime() ?? Number.POSITIVE_INFINITY;

/** Collection order: by start time, runs without one last, ties by id. */
export function orderRuns(runs: readonly DataCollection[]): DataCollection[] {
  return [...runs].sort((a, b) => time(a.start) - time(b.start) || a.id - b.id);
}

// ---------------------------------------------------------------------------------------------
// Funnel

export interface ExperimentFunnel {
  runCount: number;
  /** Runs with a processing summary. */
  processedRunCount: number;
  /** Ids of runs without a processing summary (not processed yet, failed, or never sent). */
  unprocessedRunIds: number[];
  /** Images of every run whose image count is known. */
  images: number;
  /** Runs whose image count is unknown. */
  runsWithoutImageCount: number;
  /** Images of the processed runs only: the denominator of the rates. */
  processedImages: number;
  hits: number;
  indexed: number;
  /** hits / processed images */
  hitRate: number | undefined;
  /** indexed / hits */
  indexingRate: number | undefined;
  /** indexed / processed images */
  indexedPerImage: number | undefined;
}

/**
 * Cumulative images → hits → indexed over the runs of an experiment. Rates use only the runs
 * that have both a processing summary and an image count, so a run still being processed does
 * not pull the hit rate down.
 */
export function experimentFunnel(
  runs: readonly DataCollection[],
  stats: readonly SsxRunStats[],
): ExperimentFunnel {
  const byRun = new Map(stats.map((s) => [s.dataCollectionId, s]));
  let images = 0;
  let runsWithoutImageCount = 0;
  let processedImages = 0;
  let hits = 0;
  let indexed = 0;
  let processedRunCount = 0;
  let hitsWithImages = 0;
  const unprocessedRunIds: number[] = [];
  for (const run of runs) {
    const n = run.numberOfImages;
    if (n === undefined) runsWithoutImageCount += 1;
    else images += n;
    const s = byRun.get(run.id);
    if (!s) {
      unprocessedRunIds.push(run.id);
      continue;
    }
    processedRunCount += 1;
    hits += s.hits;
    indexed += s.indexed;
    if (n !== undefined) {
      processedImages += n;
      hitsWithImages += s.hits;
    }
  }
  return {
    runCount: runs.length,
    processedRunCount,
    unprocessedRunIds,
    images,
    runsWithoutImageCount,
    processedImages,
    hits,
    indexed,
    hitRate: hitRate(hitsWithImages, processedImages),
    indexingRate: indexingRate(indexed, hits),
    indexedPerImage: processedImages ? indexedOfImaged(runs, byRun) / processedImages : undefined,
  };
}

function indexedOfImaged(
  runs: readonly DataCollection[],
  byRun: ReadonlyMap<number, SsxRunStats>,
): number {
  let sum = 0;
  for (const run of runs) {
    const s = byRun.get(run.id);
    if (s && run.numberOfImages !== undefined) sum += s.indexed;
  }
  return sum;
}

// ---------------------------------------------------------------------------------------------
// Rate quality

/** Fractions: a rate below `poor` is poor, at or above `good` is good, fair in between. */
export interface RateThresholds {
  poor: number;
  good: number;
}

export interface QualityThresholds {
  hit: RateThresholds;
  indexing: RateThresholds;
}

/** Typical SSX: hit rates 1–60 %, indexing rates 30–90 %. */
export const DEFAULT_THRESHOLDS: QualityThresholds = {
  hit: { poor: 0.05, good: 0.2 },
  indexing: { poor: 0.4, good: 0.7 },
};

export type RateQuality = 'good' | 'fair' | 'poor' | 'unknown';

export function classifyRate(rate: number | undefined, thresholds: RateThresholds): RateQuality {
  if (rate === undefined || !Number.isFinite(rate)) return 'unknown';
  if (rate >= thresholds.good) return 'good';
  if (rate < thresholds.poor) return 'poor';
  return 'fair';
}

// ---------------------------------------------------------------------------------------------
// Timing of a run

export type RunTiming =
  /** The server has no event chain for the run (or no event-chain route at all). */
  | { kind: 'no-chains' }
  /** Chains, but nothing excites the sample: a dark (reference) run. */
  | { kind: 'dark' }
  /** Laser pump then X-ray probe(s); several delays for hit-and-return. Seconds, ascending. */
  | { kind: 'pump-probe'; delays: number[] }
  /** Reaction trigger (mix-and-inject…) then X-ray probe(s). Seconds, ascending. */
  | { kind: 'mixing'; delays: number[] };

const isProbe = (e: TimingEvent) => e.type === 'XrayExposure';
const isReadout = (e: TimingEvent) => e.type === 'XrayDetection';

/**
 * Delays from a trigger (laser or reaction) to the X-ray probes that follow it. A single,
 * unrepeated trigger followed by several probes is hit-and-return: every probe counts. Otherwise
 * (one event × `repetition`, or one event per pulse) the delay is from the first trigger to the
 * first probe after it, as `pumpProbeDelay` defines it.
 */
function triggerDelays(chain: EventChain, triggerType: string): number[] {
  const triggers = chain.events.filter((e) => e.type === triggerType);
  const first = triggers[0];
  if (!first) return [];
  const probes = chain.events.some(isProbe)
    ? chain.events.filter(isProbe)
    : chain.events.filter(isReadout);
  const after = probes.filter((p) => p.offset >= first.offset);
  if (triggers.length === 1 && (first.repetition ?? 1) <= 1) {
    return after.map((p) => p.offset - first.offset);
  }
  const next = after[0];
  return next ? [next.offset - first.offset] : [];
}

/** Sorted, without values equal to 1 part in 10⁹ (float offsets from separate events). */
function uniqueDelays(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) {
    const last = out.at(-1);
    if (last === undefined || Math.abs(v - last) > Math.max(1e-15, Math.abs(last) * 1e-9)) {
      out.push(v);
    }
  }
  return out;
}

export function runTiming(chains: readonly EventChain[]): RunTiming {
  if (chains.length === 0) return { kind: 'no-chains' };
  const lasers = chains.filter((c) => c.events.some((e) => e.type === 'LaserExcitation'));
  if (lasers.length > 0) {
    const delays = lasers.flatMap((c) => {
      const all = triggerDelays(c, 'LaserExcitation');
      const first = pumpProbeDelay(c);
      return first === undefined ? all : [first, ...all];
    });
    return { kind: 'pump-probe', delays: uniqueDelays(delays) };
  }
  const mixing = chains.filter((c) => c.events.some((e) => e.type === 'ReactionTrigger'));
  if (mixing.length > 0) {
    return {
      kind: 'mixing',
      delays: uniqueDelays(mixing.flatMap((c) => triggerDelays(c, 'ReactionTrigger'))),
    };
  }
  return { kind: 'dark' };
}

/** "dark", "1 µs", "1 ms, 10 ms, 100 ms", "50 ms after mixing", "–" without chains. */
export function runTimingLabel(timing: RunTiming): string {
  switch (timing.kind) {
    case 'no-chains':
      return '–';
    case 'dark':
      return 'dark';
    case 'pump-probe':
      return timing.delays.length
        ? timing.delays.map((d) => formatSI(d, 's')).join(', ')
        : 'pumped (no probe after the laser)';
    case 'mixing': {
      const delays = timing.delays.map((d) => formatSI(d, 's')).join(', ');
      return delays ? `${delays} after mixing` : 'mixed (no probe after the trigger)';
    }
  }
}

/** Sort value: dark first (−1), then by first delay; without chains `undefined` (sorted last). */
export function timingSortValue(timing: RunTiming | undefined): number | undefined {
  if (!timing || timing.kind === 'no-chains') return undefined;
  if (timing.kind === 'dark') return -1;
  return timing.delays[0] ?? Number.MAX_VALUE;
}

/** A time series worth comparing: at least two runs with different, known timings, one excited. */
export function isDelaySeries(timings: readonly RunTiming[]): boolean {
  const known = timings.filter((t) => t.kind !== 'no-chains');
  if (!known.some((t) => t.kind === 'pump-probe' || t.kind === 'mixing')) return false;
  return new Set(known.map(runTimingLabel)).size >= 2;
}

// ---------------------------------------------------------------------------------------------
// Run outcome and processing state

export type RunOutcome = 'success' | 'failed' | 'running' | 'other' | 'unknown';

/** ISPyB `runStatus` is free text ("Data collection successful", "Aborted", "Failed"…). */
export function runOutcome(runStatus: string | undefined): RunOutcome {
  const s = runStatus?.trim().toLowerCase();
  if (!s) return 'unknown';
  if (/success/.test(s)) return 'success';
  if (/fail|abort|error|stopp?ed/.test(s)) return 'failed';
  if (/running|collecting|in progress/.test(s)) return 'running';
  return 'other';
}

/**
 * One processing state per run: running wins (results may change), then success (or a
 * summary exists), then failed; `undefined` when the server says nothing about it.
 */
export function summariseProcessing(
  status: RunProcessingStatus | undefined,
  hasStats: boolean,
): ProcessingState | undefined {
  const states = status?.programs.map((p) => p.state) ?? [];
  if (states.includes('running')) return 'running';
  if (hasStats || states.includes('success')) return 'success';
  if (states.includes('failed')) return 'failed';
  if (states.includes('not-run')) return 'not-run';
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Rows of the runs table

export interface RunRow {
  run: DataCollection;
  /** 1-based position in collection order. */
  number: number;
  stats: SsxRunStats | undefined;
  hitRate: number | undefined;
  indexingRate: number | undefined;
  /** `undefined` while the run's event chains load (or when they failed). */
  timing: RunTiming | undefined;
  outcome: RunOutcome;
  processing: ProcessingState | undefined;
}

export function buildRunRows(
  runs: readonly DataCollection[],
  stats: readonly SsxRunStats[],
  timings: ReadonlyMap<number, RunTiming> = new Map(),
  statuses: readonly RunProcessingStatus[] = [],
): RunRow[] {
  const statsByRun = new Map(stats.map((s) => [s.dataCollectionId, s]));
  const statusByRun = new Map(statuses.map((s) => [s.dataCollectionId, s]));
  return orderRuns(runs).map((run, index) => {
    const s = statsByRun.get(run.id);
    return {
      run,
      number: index + 1,
      stats: s,
      hitRate: s ? hitRate(s.hits, run.numberOfImages) : undefined,
      indexingRate: s ? indexingRate(s.indexed, s.hits) : undefined,
      timing: timings.get(run.id),
      outcome: runOutcome(run.runStatus),
      processing: summariseProcessing(statusByRun.get(run.id), s !== undefined),
    };
  });
}

export const RUN_SORT_KEYS = [
  'run',
  'start',
  'images',
  'hits',
  'indexed',
  'hitRate',
  'indexingRate',
  'lattice',
  'resolution',
  'delay',
  'status',
] as const;
export type RunSortKey = (typeof RUN_SORT_KEYS)[number];

const OUTCOME_ORDER: Record<RunOutcome, number> = {
  success: 0,
  running: 1,
  other: 2,
  failed: 3,
  unknown: 4,
};
const PROCESSING_ORDER: Record<ProcessingState, number> = {
  success: 0,
  running: 1,
  'not-run': 2,
  failed: 3,
};

function sortValue(row: RunRow, key: RunSortKey): number | string | undefined {
  switch (key) {
    case 'run':
      return row.number;
    case 'start':
      return row.run.start?.getTime();
    case 'images':
      return row.run.numberOfImages;
    case 'hits':
      return row.stats?.hits;
    case 'indexed':
      return row.stats?.indexed;
    case 'hitRate':
      return row.hitRate;
    case 'indexingRate':
      return row.indexingRate;
    case 'lattice':
      return row.stats?.latticeType?.toLowerCase();
    case 'resolution':
      return row.stats?.estimatedResolutionA;
    case 'delay':
      return timingSortValue(row.timing);
    case 'status':
      return (
        OUTCOME_ORDER[row.outcome] * 10 +
        (row.processing === undefined ? 9 : PROCESSING_ORDER[row.processing])
      );
  }
}

/** Stable sort; missing values always last whatever the direction; ties by run number. */
export function sortRunRows(
  rows: readonly RunRow[],
  key: RunSortKey,
  dir: 'asc' | 'desc',
): RunRow[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    if (x === undefined || y === undefined) {
      if (x === y) return a.number - b.number;
      return x === undefined ? 1 : -1;
    }
    const c =
      typeof x === 'string' || typeof y === 'string' ? String(x).localeCompare(String(y)) : x - y;
    return c === 0 ? a.number - b.number : sign * c;
  });
}

// ---------------------------------------------------------------------------------------------
// Beam size

/**
 * Beam size in µm. ISPyB keeps `beamSizeAtSample` as written: µm from SSX writers, mm from
 * classic MX beamlines. SSX beams are 1–20 µm, so values below 1 are read as mm.
 */
export function beamSizeUm(
  run: Pick<DataCollection, 'beamSizeX' | 'beamSizeY'>,
): { x: number | undefined; y: number | undefined; convertedFromMm: boolean } | undefined {
  const { beamSizeX: x, beamSizeY: y } = run;
  if (x === undefined && y === undefined) return undefined;
  const inMm = [x, y].every((v) => v === undefined || v < 1);
  const scale = inMm ? 1000 : 1;
  return {
    x: x === undefined ? undefined : x * scale,
    y: y === undefined ? undefined : y * scale,
    convertedFromMm: inMm,
  };
}
