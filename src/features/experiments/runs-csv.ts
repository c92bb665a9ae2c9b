import { formatDateTime } from '../../components/format';
import type { RunRow } from '../../domain/experiment';
import { runTimingLabel } from '../../domain/experiment';
import type { CsvColumn } from '../../lib/csv';

const pct = (fraction: number | undefined) =>
  fraction === undefined ? undefined : Number((fraction * 100).toFixed(2));

/** The runs table as CSV: numbers unformatted (no thousands separators) so spreadsheets read them. */
export const RUN_CSV_COLUMNS: readonly CsvColumn<RunRow>[] = [
  { header: 'Run', value: (r) => r.number },
  { header: 'Data collection id', value: (r) => r.run.id },
  {
    header: 'Start (facility local time)',
    value: (r) => (r.run.start ? formatDateTime(r.run.start) : undefined),
  },
  { header: 'Images', value: (r) => r.run.numberOfImages },
  { header: 'Hits', value: (r) => r.stats?.hits },
  { header: 'Indexed', value: (r) => r.stats?.indexed },
  { header: 'Hit rate (%)', value: (r) => pct(r.hitRate) },
  { header: 'Indexing rate (%)', value: (r) => pct(r.indexingRate) },
  { header: 'Lattice', value: (r) => r.stats?.latticeType },
  { header: 'Estimated resolution (Å)', value: (r) => r.stats?.estimatedResolutionA },
  {
    header: 'Pump–probe delay',
    value: (r) => (r.timing ? runTimingLabel(r.timing) : undefined),
  },
  {
    header: 'Delays (s)',
    value: (r) =>
      r.timing && (r.timing.kind === 'pump-probe' || r.timing.kind === 'mixing')
        ? r.timing.delays.join(' ')
        : undefined,
  },
  { header: 'Run status', value: (r) => r.run.runStatus },
  { header: 'Processing', value: (r) => r.processing },
];
