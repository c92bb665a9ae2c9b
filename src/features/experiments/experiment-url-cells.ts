import {
  CELL_PAIRS,
  DEFAULT_BINS,
  DEFAULT_DENSITY_PAIR,
  MAX_BINS,
  MIN_BINS,
  samePair,
  type CellPair,
} from '../../domain/cell-statistics-summary';
import type { UrlCodec } from '../../lib/url-state';

/**
 * How the unit-cell panels of an experiment page are drawn, kept in the URL so that a shared
 * link shows the same histograms and density: `?cellBins=80&cellOutliers=all&cellPair=b-c&
 * pairOutliers=hidden`. Defaults are left out. Both panels of the tab (the run, the pooled
 * experiment) follow the same settings, so they stay comparable.
 */
export interface CellsViewState {
  /** Bins per histogram, `MIN_BINS…MAX_BINS`. */
  bins: number;
  /** Histograms and the statistics table without the cells beyond 1.5 × IQR (the default). */
  hideOutliers: boolean;
  /** Parameters of the 2-D density (x, y). */
  pair: CellPair;
  /** The density counts only cells inside the bounds of both parameters. */
  pairHideOutliers: boolean;
}

export const DEFAULT_CELLS_VIEW: CellsViewState = {
  bins: DEFAULT_BINS,
  hideOutliers: true,
  pair: DEFAULT_DENSITY_PAIR,
  pairHideOutliers: false,
};

const KEYS = {
  bins: 'cellBins',
  hideOutliers: 'cellOutliers',
  pair: 'cellPair',
  pairHideOutliers: 'pairOutliers',
} as const;

/** `a-c`: URL-safe and readable (`:` would be escaped). */
const pairParam = ([x, y]: CellPair) => `${x}-${y}`;

function readBins(raw: string | null): number {
  const n = raw === null || raw.trim() === '' ? NaN : Number(raw);
  // an out-of-range count is clamped rather than dropped: `cellBins=500` still means "many"
  return Number.isInteger(n) ? Math.min(MAX_BINS, Math.max(MIN_BINS, n)) : DEFAULT_BINS;
}

function readOutliers(raw: string | null, fallback: boolean): boolean {
  if (raw === 'hidden') return true;
  if (raw === 'all') return false;
  return fallback;
}

function writeOutliers(hide: boolean, fallback: boolean): string | undefined {
  if (hide === fallback) return undefined;
  return hide ? 'hidden' : 'all';
}

export const cellsViewCodec: UrlCodec<CellsViewState> = {
  decode(params) {
    const rawPair = params.get(KEYS.pair);
    return {
      bins: readBins(params.get(KEYS.bins)),
      hideOutliers: readOutliers(params.get(KEYS.hideOutliers), DEFAULT_CELLS_VIEW.hideOutliers),
      pair: CELL_PAIRS.find((p) => pairParam(p) === rawPair) ?? DEFAULT_DENSITY_PAIR,
      pairHideOutliers: readOutliers(
        params.get(KEYS.pairHideOutliers),
        DEFAULT_CELLS_VIEW.pairHideOutliers,
      ),
    };
  },
  encode(state) {
    return {
      [KEYS.bins]: state.bins === DEFAULT_CELLS_VIEW.bins ? undefined : String(state.bins),
      [KEYS.hideOutliers]: writeOutliers(state.hideOutliers, DEFAULT_CELLS_VIEW.hideOutliers),
      [KEYS.pair]: samePair(state.pair, DEFAULT_DENSITY_PAIR) ? undefined : pairParam(state.pair),
      [KEYS.pairHideOutliers]: writeOutliers(
        state.pairHideOutliers,
        DEFAULT_CELLS_VIEW.pairHideOutliers,
      ),
    };
  },
};
