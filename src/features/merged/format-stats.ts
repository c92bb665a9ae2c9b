import type { MergeStatistics } from '../../domain/merged-dataset';
import { formatCount } from '../../domain/units';

/** How each statistic is written in tables and cards (units in the column headers). */
export const fmt = {
  d: (a: number) => a.toFixed(2),
  range: (s: Pick<MergeStatistics, 'dMaxA' | 'dMinA'>) =>
    `${s.dMaxA.toFixed(2)}–${s.dMinA.toFixed(2)}`,
  count: (n: number) => formatCount(n),
  pct: (n: number) => n.toFixed(1),
  multiplicity: (n: number) => n.toFixed(1),
  iOverSigma: (n: number) => n.toFixed(2),
  cc: (n: number) => n.toFixed(3),
};
