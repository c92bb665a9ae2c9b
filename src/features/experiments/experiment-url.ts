import {
  DEFAULT_THRESHOLDS,
  RUN_SORT_KEYS,
  type QualityThresholds,
  type RateThresholds,
  type RunSortKey,
} from '../../domain/experiment';
import { readEnum, readPositiveInt, type UrlCodec } from '../../lib/url-state';

export const EXPERIMENT_TABS = [
  'parameters',
  'timing',
  'cells',
  'sample',
  'device',
  'processing',
] as const;
export type ExperimentTab = (typeof EXPERIMENT_TABS)[number];

export interface ExperimentUrlState {
  /** Selected run (data collection id); `undefined`: the latest run. */
  run: number | undefined;
  tab: ExperimentTab;
  sort: RunSortKey;
  dir: 'asc' | 'desc';
  /** Fractions; kept in the URL as percentages (`hitGood=20`). */
  thresholds: QualityThresholds;
}

export const DEFAULT_EXPERIMENT_STATE: ExperimentUrlState = {
  run: undefined,
  tab: 'parameters',
  sort: 'run',
  dir: 'asc',
  thresholds: DEFAULT_THRESHOLDS,
};

const PARAMS = {
  hit: { poor: 'hitPoor', good: 'hitGood' },
  indexing: { poor: 'idxPoor', good: 'idxGood' },
} as const;

/** A percentage 0–100 from the URL, as a fraction; the fallback for anything else. */
function readPercent(params: URLSearchParams, key: string, fallback: number): number {
  const raw = params.get(key);
  if (raw === null || raw.trim() === '') return fallback;
  const n = Number(raw);
  return Number.isFinite(n) && n >= 0 && n <= 100 ? n / 100 : fallback;
}

function readThresholds(
  params: URLSearchParams,
  keys: { poor: string; good: string },
  defaults: RateThresholds,
): RateThresholds {
  const poor = readPercent(params, keys.poor, defaults.poor);
  const good = readPercent(params, keys.good, defaults.good);
  // a poor limit above the good one is read as the two typed the other way round
  return poor <= good ? { poor, good } : { poor: good, good: poor };
}

/** Percent text without float noise: 0.07 → "7", 0.125 → "12.5". */
function percent(fraction: number): string {
  return String(Number((fraction * 100).toFixed(2)));
}

function encodeThreshold(value: number, fallback: number): string | undefined {
  return Math.abs(value - fallback) < 1e-9 ? undefined : percent(value);
}

/**
 * `?run=&tab=&sort=&dir=&hitPoor=&hitGood=&idxPoor=&idxGood=` of an experiment page; defaults
 * are left out, so a shared link carries only what was chosen.
 */
export const experimentUrlCodec: UrlCodec<ExperimentUrlState> = {
  decode(params) {
    const run = readPositiveInt(params, 'run', 0);
    const sort = readEnum(params, 'sort', RUN_SORT_KEYS, 'run');
    return {
      run: run === 0 ? undefined : run,
      tab: readEnum(params, 'tab', EXPERIMENT_TABS, 'parameters'),
      sort,
      dir: readEnum(params, 'dir', ['asc', 'desc'], 'asc'),
      thresholds: {
        hit: readThresholds(params, PARAMS.hit, DEFAULT_THRESHOLDS.hit),
        indexing: readThresholds(params, PARAMS.indexing, DEFAULT_THRESHOLDS.indexing),
      },
    };
  },
  encode(state) {
    const { hit, indexing } = state.thresholds;
    return {
      run: state.run === undefined ? undefined : String(state.run),
      tab: state.tab === 'parameters' ? undefined : state.tab,
      sort: state.sort === 'run' ? undefined : state.sort,
      dir: state.dir === 'asc' ? undefined : state.dir,
      [PARAMS.hit.poor]: encodeThreshold(hit.poor, DEFAULT_THRESHOLDS.hit.poor),
      [PARAMS.hit.good]: encodeThreshold(hit.good, DEFAULT_THRESHOLDS.hit.good),
      [PARAMS.indexing.poor]: encodeThreshold(indexing.poor, DEFAULT_THRESHOLDS.indexing.poor),
      [PARAMS.indexing.good]: encodeThreshold(indexing.good, DEFAULT_THRESHOLDS.indexing.good),
    };
  },
};

/** Query string of the experiment page for `state` (for links that keep the rest). */
export function experimentSearch(state: ExperimentUrlState): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(experimentUrlCodec.encode(state))) {
    if (value !== undefined && value !== '') params.set(key, value);
  }
  const qs = params.toString();
  return qs ? `?${qs}` : '';
}
