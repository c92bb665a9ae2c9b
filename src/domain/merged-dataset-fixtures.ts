/** Shells for tests: strong, complete data unless told otherwise. */
import { ccStarFromCcHalf, type MergeStatistics } from './merged-dataset';

export function shell(
  dMaxA: number,
  dMinA: number,
  extra: Partial<MergeStatistics> = {},
): MergeStatistics {
  return {
    dMaxA,
    dMinA,
    reflections: 10_000,
    unique: 1_000,
    completenessPct: 100,
    multiplicity: 10,
    meanIOverSigma: 10,
    ccHalf: 0.9,
    ccStar: ccStarFromCcHalf(0.9),
    rSplitPct: 10,
    ...extra,
  };
}
