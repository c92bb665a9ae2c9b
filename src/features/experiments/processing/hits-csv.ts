import type { BlockHits, HitRatePoint } from '../../../domain/image-hits';
import type { CsvColumn } from '../../../lib/csv';

/** Rates as percentages with two decimals: what a spreadsheet user expects to read. */
function pct(fraction: number | undefined): number | undefined {
  return fraction === undefined ? undefined : Math.round(fraction * 10_000) / 100;
}

export const BATCH_CSV_COLUMNS: readonly CsvColumn<HitRatePoint>[] = [
  { header: 'first image', value: (p) => p.imageStart },
  { header: 'last image', value: (p) => p.imageEnd },
  { header: 'images', value: (p) => p.images },
  { header: 'hits', value: (p) => p.hits },
  { header: 'indexed', value: (p) => p.indexed },
  { header: 'hit rate (%)', value: (p) => pct(p.hitRate) },
  { header: 'indexed rate (% of images)', value: (p) => pct(p.indexedRate) },
];

export const BLOCK_CSV_COLUMNS: readonly CsvColumn<BlockHits>[] = [
  { header: 'block', value: (b) => b.label },
  { header: 'block number', value: (b) => b.block },
  { header: 'images', value: (b) => b.images },
  { header: 'hits', value: (b) => b.hits },
  { header: 'indexed', value: (b) => b.indexed },
  { header: 'hit rate (%)', value: (b) => pct(b.hitRate) },
  { header: 'indexed rate (% of images)', value: (b) => pct(b.indexedRate) },
];
