import {
  cleanedColumns,
  draftCells,
  templateColumns,
  templateExample,
  type SampleDraft,
} from '../../../domain/sample-import';
import { toCsv } from '../../../lib/csv';

/** Excel reads UTF-8 (µ, Å) only with a byte-order mark. */
const BOM = '\uFEFF';

function csvOf(rows: Record<string, string>[], columns: readonly string[]): string {
  return (
    BOM +
    toCsv(
      rows,
      columns.map((key) => ({ header: key, value: (row) => row[key] })),
    )
  );
}

/** The header and one example row, with a protein of the proposal so it validates as is. */
export function templateCsv(proteinAcronym: string): string {
  return csvOf([templateExample(proteinAcronym)], templateColumns());
}

/** The checked rows in canonical form: what a facility without the import route can load. */
export function cleanedCsv(drafts: readonly SampleDraft[]): string {
  const columns = cleanedColumns(drafts);
  return csvOf(
    drafts.map((draft) => draftCells(draft, columns)),
    columns,
  );
}
