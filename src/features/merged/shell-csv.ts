import type { MergeStatistics } from '../../domain/merged-dataset';
import type { CsvColumn } from '../../lib/csv';

export interface ShellCsvRow {
  number: number;
  shell: MergeStatistics;
  kept: boolean;
}

/** The per-shell table as CSV, numbers as stored (no separators) so spreadsheets read them. */
export const SHELL_CSV_COLUMNS: readonly CsvColumn<ShellCsvRow>[] = [
  { header: 'Shell', value: (r) => r.number },
  { header: 'd max (Å)', value: (r) => r.shell.dMaxA },
  { header: 'd min (Å)', value: (r) => r.shell.dMinA },
  { header: 'Reflections', value: (r) => r.shell.reflections },
  { header: 'Unique', value: (r) => r.shell.unique },
  { header: 'Completeness (%)', value: (r) => r.shell.completenessPct },
  { header: 'Multiplicity', value: (r) => r.shell.multiplicity },
  { header: 'Mean I/sigma(I)', value: (r) => r.shell.meanIOverSigma },
  { header: 'CC1/2', value: (r) => r.shell.ccHalf },
  { header: 'CC*', value: (r) => r.shell.ccStar },
  { header: 'Rsplit (%)', value: (r) => r.shell.rSplitPct },
  { header: 'Within cut-off', value: (r) => (r.kept ? 'yes' : 'no') },
];
