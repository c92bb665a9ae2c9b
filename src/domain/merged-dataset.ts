/**
 * Merged serial datasets (the ispyb-web merged-datasets extension, docs/extensions/): indexed
 * patterns of several runs scaled and merged, with statistics overall and per resolution shell.
 * Resolution limits in Å; completeness and Rsplit in %; CC½ and CC* as fractions (0–1).
 */

/** Statistics of one resolution shell, or of a whole dataset. */
export interface MergeStatistics {
  /** Å, low-resolution limit (the larger d). */
  dMaxA: number;
  /** Å, high-resolution limit (the smaller d). */
  dMinA: number;
  /** Observations merged. */
  reflections: number;
  /** Unique reflections measured. */
  unique: number;
  /** % of the possible unique reflections. */
  completenessPct: number;
  multiplicity: number;
  /** ⟨I/σ(I)⟩ */
  meanIOverSigma: number;
  /** 0–1 */
  ccHalf: number;
  /** 0–1; derived from CC½ when the server does not send it. */
  ccStar: number;
  /** % */
  rSplitPct: number;
}

/** One run that went into a merge. */
export interface MergeRun {
  dataCollectionId: number;
  /** Patterns of this run indexed for this merge (a hit-and-return run splits by delay). */
  indexed: number;
  /** Of those, the patterns kept by scaling and merged. */
  merged: number;
}

export type MergeState = 'success' | 'failed' | 'running';

/** What the pump–probe delay or reaction time of a merge is, as the merging pipeline was told. */
export type MergeDelayType = 'pump-probe' | 'reaction';

export interface UnitCellParameters {
  a: number;
  b: number;
  c: number;
  alpha: number;
  beta: number;
  gamma: number;
}

export interface MergedDatasetSummary {
  id: number;
  groupId: number;
  name: string;
  program: string | undefined;
  state: MergeState;
  message: string | undefined;
  /** s; `undefined` for a dark reference or a static (unpumped) experiment. */
  delayS: number | undefined;
  delayType: MergeDelayType | undefined;
  spaceGroup: string | undefined;
  cell: UnitCellParameters | undefined;
  runs: MergeRun[];
  /** `undefined` while merging runs or after it failed. */
  overall: MergeStatistics | undefined;
}

export interface MergedDataset extends MergedDatasetSummary {
  /** Low to high resolution, checked by `checkShells`. */
  shells: MergeStatistics[];
}

/** CC* = √(2 CC½ / (1 + CC½)) (Karplus & Diederichs 2012); 0 for CC½ ≤ 0. */
export function ccStarFromCcHalf(ccHalf: number): number {
  return ccHalf > 0 ? Math.sqrt((2 * ccHalf) / (1 + ccHalf)) : 0;
}

/** 1/d² in Å⁻² */
export function invD2(dA: number): number {
  return 1 / (dA * dA);
}

/** Where a shell is drawn on a 1/d² axis: the middle of its limits in 1/d². */
export function shellCentreInvD2(shell: Pick<MergeStatistics, 'dMaxA' | 'dMinA'>): number {
  return (invD2(shell.dMaxA) + invD2(shell.dMinA)) / 2;
}

export function mergedPatterns(runs: readonly MergeRun[]): number {
  return runs.reduce((sum, run) => sum + run.merged, 0);
}

export function indexedPatterns(runs: readonly MergeRun[]): number {
  return runs.reduce((sum, run) => sum + run.indexed, 0);
}

// ---------------------------------------------------------------------------------------------
// Consistency of the per-shell table

export interface ShellProblem {
  /** 0-based index of the offending shell. */
  index: number;
  message: string;
}

const TOLERANCE_A = 1e-3;

function range(shell: MergeStatistics): string {
  return `${shell.dMaxA.toFixed(2)}–${shell.dMinA.toFixed(2)} Å`;
}

/**
 * Shells must go from low to high resolution without overlapping (gaps are allowed: a pipeline
 * may leave out an empty shell). Each problem names the shell by its 1-based number and range.
 */
export function checkShells(shells: readonly MergeStatistics[]): ShellProblem[] {
  const problems: ShellProblem[] = [];
  shells.forEach((shell, index) => {
    const n = index + 1;
    if (!(shell.dMinA > 0) || !(shell.dMaxA > shell.dMinA)) {
      problems.push({
        index,
        message: `Shell ${n} (${range(shell)}): its low-resolution limit must be larger than its high-resolution limit, and both positive.`,
      });
      return;
    }
    const previous = shells[index - 1];
    if (!previous || !(previous.dMaxA > previous.dMinA)) return;
    if (shell.dMinA >= previous.dMaxA - TOLERANCE_A) {
      problems.push({
        index,
        message: `Shell ${n} (${range(shell)}) is out of order: it is at lower resolution than shell ${n - 1} (${range(previous)}); shells must go from low to high resolution.`,
      });
    } else if (shell.dMaxA > previous.dMinA + TOLERANCE_A) {
      problems.push({
        index,
        message: `Shell ${n} (${range(shell)}) overlaps shell ${n - 1} (${range(previous)}).`,
      });
    }
  });
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Statistics of several shells together

/**
 * The statistics of consecutive shells taken together. Counts add up and completeness and
 * multiplicity are exact (possible reflections are recovered from each shell's completeness).
 * ⟨I/σ⟩, CC½ and Rsplit cannot be recomputed without the reflections: they are the means of the
 * shells weighted by unique reflections, which is how the UI labels them. `undefined` without shells.
 */
export function combineShells(shells: readonly MergeStatistics[]): MergeStatistics | undefined {
  const first = shells[0];
  const last = shells.at(-1);
  if (!first || !last) return undefined;
  let reflections = 0;
  let unique = 0;
  let possible = 0;
  let iOverSigma = 0;
  let ccHalf = 0;
  let rSplit = 0;
  for (const shell of shells) {
    reflections += shell.reflections;
    unique += shell.unique;
    possible += shell.completenessPct > 0 ? shell.unique / (shell.completenessPct / 100) : 0;
    iOverSigma += shell.meanIOverSigma * shell.unique;
    ccHalf += shell.ccHalf * shell.unique;
    rSplit += shell.rSplitPct * shell.unique;
  }
  const weight = unique > 0 ? unique : 1;
  const combinedCcHalf = ccHalf / weight;
  return {
    dMaxA: Math.max(...shells.map((s) => s.dMaxA)),
    dMinA: Math.min(...shells.map((s) => s.dMinA)),
    reflections,
    unique,
    completenessPct: possible > 0 ? (100 * unique) / possible : 0,
    multiplicity: unique > 0 ? reflections / unique : 0,
    meanIOverSigma: iOverSigma / weight,
    ccHalf: combinedCcHalf,
    ccStar: ccStarFromCcHalf(combinedCcHalf),
    rSplitPct: rSplit / weight,
  };
}

// ---------------------------------------------------------------------------------------------
// What is plotted and tabulated per shell

export const SHELL_STATISTICS = [
  'completenessPct',
  'multiplicity',
  'meanIOverSigma',
  'ccHalf',
  'ccStar',
  'rSplitPct',
] as const;
export type ShellStatistic = (typeof SHELL_STATISTICS)[number];

export const SHELL_STATISTIC_LABELS: Readonly<Record<ShellStatistic, string>> = {
  completenessPct: 'Completeness (%)',
  multiplicity: 'Multiplicity',
  meanIOverSigma: '⟨I/σ(I)⟩',
  ccHalf: 'CC½',
  ccStar: 'CC*',
  rSplitPct: 'Rsplit (%)',
};
