import { describe, expect, it } from 'vitest';
import {
  cleanedColumns,
  draftCells,
  normaliseHeader,
  readSheet,
  setCell,
  templateColumns,
  templateExample,
  validateSheet,
  type ImportSheet,
} from './sample-import';

const PROTEINS = [
  { id: 11, acronym: 'HEWL' },
  { id: 12, acronym: 'PYP' },
];

/** A sheet from rows of cells, as `parseCsv` would return them. */
function sheetOf(rows: string[][], delimiter = ','): ImportSheet {
  return readSheet({ rows, lines: rows.map((_, i) => i + 1), delimiter });
}

const TEMPLATE = templateColumns();
const example = templateExample('HEWL');
const exampleRow = (patch: Record<string, string> = {}) =>
  TEMPLATE.map((key) => ({ ...example, ...patch })[key] ?? '');

function errorsOf(sheet: ImportSheet, row = 0) {
  return validateSheet(sheet, { proteins: PROTEINS }).results[row]?.errors ?? [];
}

describe('readSheet', () => {
  it('accepts the template and its example row', () => {
    const validation = validateSheet(sheetOf([TEMPLATE, exampleRow()]), { proteins: PROTEINS });
    expect(validation.errorCount).toBe(0);
    const [draft] = validation.drafts;
    expect(draft).toMatchObject({
      name: 'slurry-01',
      proteinId: 11,
      location: 1,
      sizeUm: { x: 10, y: 10, z: 5 },
      densityPerMl: 1e7,
      volumeUl: 200,
      support: 'Injector',
    });
    expect(draft?.crystalComponents).toEqual([
      {
        type: 'Ligand',
        name: 'GlcNAc3',
        composition: 'C24H41N3O16',
        amount: { kind: 'concentration', value: 0.01, unit: 'M' },
        pH: undefined,
        group: 1,
      },
    ]);
    expect(draft?.sampleComponents.map((c) => c.amount)).toEqual([
      { kind: 'concentration', value: 0.1, unit: 'M' },
      { kind: 'concentration', value: 7, unit: '%(w/v)' },
      { kind: 'ratio', value: 1 },
    ]);
    expect(draft?.sampleComponents[0]?.pH).toBe(4.5);
  });

  it('reads headers loosely and reports unknown, doubled and missing columns', () => {
    expect(normaliseHeader(' Size X (µm) ')).toBe('size_x_um');
    expect(normaliseHeader('Volume (µL)')).toBe('volume_ul');
    const sheet = sheetOf([
      ['name', 'protien', 'name', 'sample1_colour'],
      ['a', 'b', 'c', 'd'],
    ]);
    expect(sheet.fileErrors).toEqual([
      'Unknown columns: protien, sample1_colour. Use the template’s headers.',
      'Column given twice: name.',
      'Missing required columns: protein, volume_ul.',
    ]);
    // Missing required columns are added empty, so they can be filled in the preview.
    expect(sheet.columns).toContain('volume_ul');
  });

  it('says when a file is empty, has no rows, or too many', () => {
    expect(sheetOf([]).fileErrors).toEqual(['The file is empty.']);
    expect(sheetOf([TEMPLATE]).fileErrors).toEqual(['The file has a header but no samples.']);
    const big = readSheet(
      { rows: [TEMPLATE, exampleRow(), exampleRow()], lines: [1, 2, 3], delimiter: ',' },
      1,
    );
    expect(big.fileErrors).toEqual(['The file has 2 samples; import at most 1 at a time.']);
    expect(big.rows).toHaveLength(1);
  });
});

describe('validateSheet', () => {
  it('requires name, protein and volume', () => {
    const errors = errorsOf(
      sheetOf([TEMPLATE, exampleRow({ name: '', protein: '', volume_ul: '' })]),
    );
    expect(errors.map((e) => e.column)).toEqual(['name', 'protein', 'volume_ul']);
    expect(errors[2]?.message).toBe('Volume (µL) is required.');
  });

  it('rejects an unknown protein, naming the proposal’s', () => {
    const [error] = errorsOf(sheetOf([TEMPLATE, exampleRow({ protein: 'BSA' })]));
    expect(error).toEqual({
      column: 'protein',
      message: 'Unknown protein “BSA”: this proposal has HEWL, PYP.',
    });
    expect(errorsOf(sheetOf([TEMPLATE, exampleRow({ protein: 'hewl' })]))).toEqual([]);
  });

  it('rejects bad units and numbers with units typed in', () => {
    const errors = errorsOf(
      sheetOf([
        TEMPLATE,
        exampleRow({ sample1_unit: 'mmol', size_x_um: '10 µm', crystal1_unit: 'MM' }),
      ]),
    );
    expect(errors).toEqual([
      { column: 'size_x_um', message: '“10 µm” is not a number: write the number only, in µm.' },
      {
        column: 'crystal1_unit',
        message: 'Unknown unit “MM”: use M, mM, µM (or uM), nM, %(w/v), %(v/v), mg/ml or ratio.',
      },
      {
        column: 'sample1_unit',
        message: 'Unknown unit “mmol”: use M, mM, µM (or uM), nM, %(w/v), %(v/v), mg/ml or ratio.',
      },
    ]);
  });

  it('rejects unknown component types and half-filled components', () => {
    const errors = errorsOf(
      sheetOf([
        TEMPLATE,
        exampleRow({
          sample1_type: 'Salt',
          sample2_name: '',
          sample3_unit: '',
          sample3_amount: '2',
        }),
      ]),
    );
    expect(errors).toEqual([
      {
        column: 'sample1_type',
        message:
          'Unknown component type “Salt”: use one of Buffer, Ligand, JetMaterial, Small Molecule, Protein, DNA, RNA.',
      },
      { column: 'sample2_name', message: 'Component name is required.' },
      {
        column: 'sample3_unit',
        message: 'Give the amount’s unit: M, mM, µM (or uM), nM, %(w/v), %(v/v), mg/ml or ratio.',
      },
    ]);
  });

  it('rejects numbers out of range', () => {
    const errors = errorsOf(
      sheetOf([
        TEMPLATE,
        exampleRow({
          size_z_um: '5000',
          volume_ul: '0',
          location: '2.5',
          sample1_ph: '15',
          sample2_amount: '120',
          support: 'bucket',
        }),
      ]),
    );
    expect(errors.map((e) => [e.column, e.message])).toEqual([
      ['location', '2.5 is not a whole number.'],
      ['size_z_um', '5000 is out of range: 0.1–1,000 µm.'],
      ['volume_ul', '0 is out of range: 0.1–10,000 µL.'],
      ['support', 'Unknown support “bucket”: use Injector, Chip, Tape drive.'],
      ['sample1_ph', '15 is out of range: 0–14 pH.'],
      ['sample2_amount', '120 is out of range: 0–100 %(w/v).'],
    ]);
  });

  it('rejects names ISPyB would not take, and a name or position used twice', () => {
    const sheet = sheetOf([
      TEMPLATE,
      exampleRow({ name: 'my sample' }),
      exampleRow({ name: 'B1', location: '2' }),
      exampleRow({ name: 'b1', location: '2' }),
      exampleRow({ name: 'C1', location: '7' }),
    ]);
    const validation = validateSheet(sheet, {
      proteins: PROTEINS,
      takenLocations: new Set([7]),
    });
    expect(validation.results[0]?.errors[0]?.column).toBe('name');
    expect(validation.results[2]?.errors.map((e) => e.message)).toEqual([
      'Also used on line 3: each name once per container.',
      'Also used on line 3: each position once per container.',
    ]);
    expect(validation.results[3]?.errors.map((e) => e.message)).toEqual([
      'This position is already taken in the container.',
    ]);
    expect(validation.errorRows).toEqual([0, 2, 3]);
    expect(validation.drafts.map((d) => d.name)).toEqual(['B1']);
  });

  it('accepts decimal commas in semicolon files only', () => {
    const semicolon = sheetOf([TEMPLATE, exampleRow({ volume_ul: '1,5' })], ';');
    expect(validateSheet(semicolon, { proteins: PROTEINS }).drafts[0]?.volumeUl).toBe(1.5);
    const comma = sheetOf([TEMPLATE, exampleRow({ volume_ul: '1,5' })]);
    expect(errorsOf(comma)[0]?.column).toBe('volume_ul');
  });

  it('flags cells past the header as a row error', () => {
    const sheet = sheetOf([
      ['name', 'protein', 'volume_ul'],
      ['A1', 'HEWL', '10', 'stray'],
    ]);
    expect(errorsOf(sheet)).toEqual([
      {
        column: undefined,
        message: '1 cell past the last column: is a delimiter missing from a quoted value?',
      },
    ]);
  });

  it('re-validates after a cell is fixed', () => {
    const sheet = sheetOf([TEMPLATE, exampleRow({ protein: 'BSA' })]);
    expect(errorsOf(sheet)).toHaveLength(1);
    const fixed = setCell(sheet, 0, 'protein', ' PYP ');
    expect(errorsOf(fixed)).toEqual([]);
    expect(sheet.rows[0]?.cells.protein).toBe('BSA');
  });

  it('validates 5 000 rows', () => {
    const rows = Array.from({ length: 5000 }, (_, i) =>
      exampleRow({
        name: `s${i}`,
        location: String((i % 999) + 1),
        protein: i % 2 ? 'HEWL' : 'PYP',
        ...(i % 1000 === 0 ? { sample1_unit: 'mmol' } : {}),
      }),
    );
    const validation = validateSheet(sheetOf([TEMPLATE, ...rows]), { proteins: PROTEINS });
    expect(validation.results).toHaveLength(5000);
    // positions repeat every 999 rows, 5 rows carry a bad unit
    expect(validation.errorRows.length).toBe(5000 - 999 + 1);
    expect(validation.drafts).toHaveLength(999 - 1);
  });
});

describe('cleaned file', () => {
  it('writes drafts back in canonical form, one group per component', () => {
    const sheet = sheetOf([TEMPLATE, exampleRow({ support: 'injector', sample1_type: 'buffer' })]);
    const { drafts } = validateSheet(sheet, { proteins: PROTEINS });
    const columns = cleanedColumns(drafts);
    expect(columns).toEqual(templateColumns(1, 3));
    const [draft] = drafts;
    if (!draft) throw new Error('no draft');
    const cells = draftCells(draft, columns);
    expect(cells).toMatchObject({
      support: 'Injector',
      sample1_type: 'Buffer',
      sample1_amount: '0.1',
      sample1_unit: 'M',
      crystal1_amount: '0.01',
    });
    // the cleaned row validates to the same draft
    const again = validateSheet(sheetOf([columns, columns.map((k) => cells[k] ?? '')]), {
      proteins: PROTEINS,
    });
    expect(again.drafts[0]).toEqual(draft);
  });

  it('remembers which group of the file a component came from', () => {
    const sheet = sheetOf([
      TEMPLATE,
      exampleRow({
        sample1_type: '',
        sample1_name: '',
        sample1_composition: '',
        sample1_amount: '',
        sample1_unit: '',
        sample1_ph: '',
      }),
    ]);
    const [draft] = validateSheet(sheet, { proteins: PROTEINS }).drafts;
    expect(draft?.sampleComponents.map((c) => c.group)).toEqual([2, 3]);
  });
});
