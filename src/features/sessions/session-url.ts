import type { DeliveryDeviceKind } from '../../domain/delivery-device';
import { EXPERIMENT_STATUSES, type ExperimentStatus } from '../../domain/experiment-summary';
import type { UrlCodec } from '../../lib/url-state';

export const DEVICE_KINDS: readonly DeliveryDeviceKind[] = [
  'chip',
  'liquid-jet',
  'viscous-injector',
  'tape',
  'pin',
  'unknown',
];

/**
 * - `timed`: at least one pump–probe delay or reaction time;
 * - `dark`: time-resolved with a dark reference run;
 * - `static`: timing recorded, nothing excites the sample (static or dark runs only).
 */
export const DELAY_FACETS = ['timed', 'dark', 'static'] as const;
export type DelayFacet = (typeof DELAY_FACETS)[number];

export const EXPERIMENT_SORT_KEYS = [
  'type',
  'sample',
  'device',
  'delay',
  'runs',
  'images',
  'hitRate',
  'indexingRate',
  'resolution',
  'status',
  'start',
] as const;
export type ExperimentSortKey = (typeof EXPERIMENT_SORT_KEYS)[number];

export interface SessionUrlState {
  /** Experiment type labels (`SSX-Chip`, `Unspecified`…); empty: every type. */
  types: string[];
  devices: DeliveryDeviceKind[];
  /** Sample name search, trimmed; `''` for none. */
  sample: string;
  delay: DelayFacet | undefined;
  /** s: keep experiments with at least one delay in [min, max]. */
  delayMin: number | undefined;
  delayMax: number | undefined;
  minRuns: number | undefined;
  minImages: number | undefined;
  /** Fractions (0–1); written in the URL as percent. */
  minHitRate: number | undefined;
  minIndexingRate: number | undefined;
  statuses: ExperimentStatus[];
  /** `undefined`: newest first. */
  sort: ExperimentSortKey | undefined;
  dir: 'asc' | 'desc';
}

export const DEFAULT_SESSION_STATE: SessionUrlState = {
  types: [],
  devices: [],
  sample: '',
  delay: undefined,
  delayMin: undefined,
  delayMax: undefined,
  minRuns: undefined,
  minImages: undefined,
  minHitRate: undefined,
  minIndexingRate: undefined,
  statuses: [],
  sort: undefined,
  dir: 'asc',
};

/** The filters of a state with sort and direction kept: what "Clear filters" leaves. */
export function clearFilters(state: SessionUrlState): SessionUrlState {
  return { ...DEFAULT_SESSION_STATE, sort: state.sort, dir: state.dir };
}

/** How many filters are set (a delay range counts once). */
export function activeFilterCount(state: SessionUrlState): number {
  return [
    state.types.length > 0,
    state.devices.length > 0,
    state.sample !== '',
    state.delay !== undefined,
    state.delayMin !== undefined || state.delayMax !== undefined,
    state.minRuns !== undefined,
    state.minImages !== undefined,
    state.minHitRate !== undefined,
    state.minIndexingRate !== undefined,
    state.statuses.length > 0,
  ].filter(Boolean).length;
}

function readList(params: URLSearchParams, key: string): string[] {
  const raw = params.get(key) ?? '';
  return [
    ...new Set(
      raw
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    ),
  ];
}

function readKnown<T extends string>(
  params: URLSearchParams,
  key: string,
  allowed: readonly T[],
): T[] {
  const list = readList(params, key);
  // in the canonical order, so `a,b` and `b,a` are one state
  return allowed.filter((value) => list.includes(value));
}

/** A finite number in [min, max], or `undefined` for anything else (empty, text, `Infinity`). */
function readNumber(
  params: URLSearchParams,
  key: string,
  min: number,
  max: number,
  integer = false,
): number | undefined {
  const raw = params.get(key)?.trim();
  if (!raw || !/^[+]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(raw)) return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min || n > max) return undefined;
  if (integer && !Number.isInteger(n)) return undefined;
  return n;
}

/** Percent in the URL (`hit=20`), fraction in the state (0.2). */
function readPercent(params: URLSearchParams, key: string): number | undefined {
  const pct = readNumber(params, key, 0, 100);
  return pct === undefined ? undefined : pct / 100;
}

const list = (values: readonly string[]) => (values.length ? values.join(',') : undefined);
const num = (value: number | undefined) => (value === undefined ? undefined : String(value));
const pct = (fraction: number | undefined) =>
  fraction === undefined ? undefined : String(Number((fraction * 100).toPrecision(6)));

/** Delays are kept from 1 fs to a day: anything else is a typo. */
const DELAY_LIMITS = [1e-15, 86_400] as const;

/**
 * `?type=&device=&sample=&delay=&dmin=&dmax=&runs=&images=&hit=&indexed=&status=&sort=&dir=`
 * of a session page. Lists are comma-separated; unknown values are dropped; defaults are left
 * out of the URL.
 */
export const sessionUrlCodec: UrlCodec<SessionUrlState> = {
  decode(params) {
    const sortParam = params.get('sort');
    const sort = EXPERIMENT_SORT_KEYS.find((key) => key === sortParam);
    let delayMin = readNumber(params, 'dmin', ...DELAY_LIMITS);
    let delayMax = readNumber(params, 'dmax', ...DELAY_LIMITS);
    if (delayMin !== undefined && delayMax !== undefined && delayMin > delayMax) {
      [delayMin, delayMax] = [delayMax, delayMin];
    }
    return {
      types: readList(params, 'type'),
      devices: readKnown(params, 'device', DEVICE_KINDS),
      sample: (params.get('sample') ?? '').trim(),
      delay: DELAY_FACETS.find((facet) => facet === params.get('delay')),
      delayMin,
      delayMax,
      minRuns: readNumber(params, 'runs', 0, Number.MAX_SAFE_INTEGER, true),
      minImages: readNumber(params, 'images', 0, Number.MAX_SAFE_INTEGER, true),
      minHitRate: readPercent(params, 'hit'),
      minIndexingRate: readPercent(params, 'indexed'),
      statuses: readKnown(params, 'status', EXPERIMENT_STATUSES),
      sort,
      dir: sort && params.get('dir') === 'desc' ? 'desc' : 'asc',
    };
  },
  encode(state) {
    const sample = state.sample.trim();
    return {
      type: list(state.types),
      device: list(DEVICE_KINDS.filter((kind) => state.devices.includes(kind))),
      sample: sample || undefined,
      delay: state.delay,
      dmin: num(state.delayMin),
      dmax: num(state.delayMax),
      runs: num(state.minRuns),
      images: num(state.minImages),
      hit: pct(state.minHitRate),
      indexed: pct(state.minIndexingRate),
      status: list(EXPERIMENT_STATUSES.filter((status) => state.statuses.includes(status))),
      sort: state.sort,
      dir: state.sort && state.dir === 'desc' ? 'desc' : undefined,
    };
  },
};
