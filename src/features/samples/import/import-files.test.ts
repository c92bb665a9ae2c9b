import { describe, expect, it } from 'vitest';
import { readSheet, validateSheet } from '../../../domain/sample-import';
import { parseCsv } from '../../../lib/csv-parse';
import { cleanedCsv, templateCsv } from './import-files';

const proteins = [{ id: 801, acronym: 'PYP' }];

describe('import files', () => {
  it('writes a template (with a BOM for Excel) that reads back as one valid sample', () => {
    const text = templateCsv('PYP');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const validation = validateSheet(readSheet(parseCsv(text)), { proteins });
    expect(validation.errorCount).toBe(0);
    expect(validation.drafts).toHaveLength(1);
  });

  it('writes the checked rows back so that they read to the same samples', () => {
    const { drafts } = validateSheet(readSheet(parseCsv(templateCsv('PYP'))), { proteins });
    const again = validateSheet(readSheet(parseCsv(cleanedCsv(drafts))), { proteins });
    expect(again.drafts).toEqual(drafts);
  });
});
