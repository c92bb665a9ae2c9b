import { combineShells, type MergeStatistics } from './merged-dataset';

/**
 * Where to cut a merged dataset's resolution: the rule a crystallographer applies to the
 * per-shell statistics (CC½ ≥ 0.3, or ⟨I/σ(I)⟩ ≥ 1), and what the cut keeps.
 */

export const CUTOFF_METRICS = ['ccHalf', 'iOverSigma'] as const;
export type CutoffMetric = (typeof CUTOFF_METRICS)[number];

export interface CutoffRule {
  metric: CutoffMetric;
  threshold: number;
}

/** The usual defaults: CC½ ≥ 0.3 (paired refinement would go further), ⟨I/σ⟩ ≥ 1. */
export const DEFAULT_THRESHOLDS: Readonly<Record<CutoffMetric, number>> = {
  ccHalf: 0.3,
  iOverSigma: 1,
};

export const DEFAULT_CUTOFF_RULE: CutoffRule = { metric: 'ccHalf', threshold: 0.3 };

/** Bounds a user may set: CC½ is a correlation, ⟨I/σ⟩ above 10 would cut away good data. */
export const THRESHOLD_BOUNDS: Readonly<
  Record<CutoffMetric, { min: number; max: number; step: number }>
> = {
  ccHalf: { min: 0, max: 1, step: 0.05 },
  iOverSigma: { min: 0, max: 10, step: 0.5 },
};

function metricValue(shell: MergeStatistics, metric: CutoffMetric): number {
  return metric === 'ccHalf' ? shell.ccHalf : shell.meanIOverSigma;
}

/** "CC½ ≥ 0.3", "⟨I/σ(I)⟩ ≥ 1" */
export function describeRule(rule: CutoffRule): string {
  const name = rule.metric === 'ccHalf' ? 'CC½' : '⟨I/σ(I)⟩';
  return `${name} ≥ ${Number(rule.threshold.toFixed(3))}`;
}

/**
 * Index of the last shell to keep: shells are taken from low resolution while they meet the
 * rule, so one noisy low shell cannot push the cut-off past a failing one. `undefined` when even
 * the first shell fails (nothing passes the rule); the whole table when every shell passes.
 */
export function suggestCutoff(
  shells: readonly MergeStatistics[],
  rule: CutoffRule,
): number | undefined {
  let last: number | undefined;
  for (const [index, shell] of shells.entries()) {
    if (metricValue(shell, rule.metric) < rule.threshold) break;
    last = index;
  }
  return last;
}

export interface CutoffOutcome {
  /** Index of the last shell kept. */
  lastShell: number;
  /** Å: the high-resolution limit after the cut. */
  dMinA: number;
  kept: MergeStatistics[];
  dropped: MergeStatistics[];
  /** The kept shells together (see `combineShells` for what is exact and what is a mean). */
  retained: MergeStatistics;
  /** Reflections and unique reflections the cut removes. */
  droppedReflections: number;
  droppedUnique: number;
}

/** What keeping shells 0…`lastShell` (clamped to the table) changes. `undefined` without shells. */
export function applyCutoff(
  shells: readonly MergeStatistics[],
  lastShell: number,
): CutoffOutcome | undefined {
  if (shells.length === 0) return undefined;
  const index = Math.min(Math.max(0, Math.round(lastShell)), shells.length - 1);
  const kept = shells.slice(0, index + 1);
  const dropped = shells.slice(index + 1);
  const retained = combineShells(kept);
  if (!retained) return undefined;
  return {
    lastShell: index,
    dMinA: retained.dMinA,
    kept,
    dropped,
    retained,
    droppedReflections: dropped.reduce((sum, s) => sum + s.reflections, 0),
    droppedUnique: dropped.reduce((sum, s) => sum + s.unique, 0),
  };
}

/** The shell whose high-resolution limit is closest to `dMinA` (how a cut kept in the URL is read back). */
export function shellIndexForResolution(
  shells: readonly MergeStatistics[],
  dMinA: number,
): number | undefined {
  let best: number | undefined;
  let bestDistance = Infinity;
  shells.forEach((shell, index) => {
    const distance = Math.abs(shell.dMinA - dMinA);
    if (distance < bestDistance) {
      best = index;
      bestDistance = distance;
    }
  });
  return best;
}
