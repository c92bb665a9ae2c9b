/**
 * SSX sample import: the column scheme of the CSV a scientist fills in a spreadsheet, and the
 * validation of its rows into sample drafts. Pure; the file is read into cells by the caller.
 *
 * One row is one slurry sample. Components repeat as numbered groups of six columns,
 * `crystal1_type, crystal1_name, crystal1_composition, crystal1_amount, crystal1_unit, crystal1_ph`
 * (what the crystals are soaked in or made with) and `sample1_…` (the slurry's buffer, jet
 * material…); a file may have any number of groups, and empty groups are ignored.
 */
import type { Amount } from './sample';

export const SAMPLE_FIELDS = [
  'name',
  'protein',
  'location',
  'size_x_um',
  'size_y_um',
  'size_z_um',
  'density_per_ml',
  'volume_ul',
  'support',
  'comments',
] as const;
export type SampleField = (typeof SAMPLE_FIELDS)[number];

export const COMPONENT_FIELDS = ['type', 'name', 'composition', 'amount', 'unit', 'ph'] as const;
export type ComponentField = (typeof COMPONENT_FIELDS)[number];
export type ComponentOwner = 'crystal' | 'sample';

/** Columns a file must have (and every row must fill). */
export const REQUIRED_FIELDS: readonly SampleField[] = ['name', 'protein', 'volume_ul'];

/** What a header cell says, for messages and the preview's column titles. */
export const FIELD_LABELS: Record<SampleField, string> = {
  name: 'Name',
  protein: 'Protein (acronym)',
  location: 'Position',
  size_x_um: 'Size X (µm)',
  size_y_um: 'Size Y (µm)',
  size_z_um: 'Size Z (µm)',
  density_per_ml: 'Density (crystals/mL)',
  volume_ul: 'Volume (µL)',
  support: 'Support',
  comments: 'Comments',
};

const COMPONENT_FIELD_LABELS: Record<ComponentField, string> = {
  type: 'type',
  name: 'name',
  composition: 'composition',
  amount: 'amount',
  unit: 'unit',
  ph: 'pH',
};

/** ISPyB's ComponentType names that describe what a slurry holds (`Element` is for proteins). */
export const COMPONENT_TYPES = [
  'Buffer',
  'Ligand',
  'JetMaterial',
  'Small Molecule',
  'Protein',
  'DNA',
  'RNA',
] as const;

/** How a slurry meets the beam, as ISPyB-backed SSX beamlines record it. */
export const SUPPORTS = ['Injector', 'Chip', 'Tape drive'] as const;
export type Support = (typeof SUPPORTS)[number];

/** ISPyB's ConcentrationType symbols a composition may use. */
export const CONCENTRATION_SYMBOLS = ['M', '%(w/v)', '%(v/v)', 'mg/ml'] as const;
export type ConcentrationSymbol = (typeof CONCENTRATION_SYMBOLS)[number];

/** The `unit` of a component that makes its amount a ratio (parts, e.g. 1:3 → 1 then 3). */
export const RATIO_UNIT = 'ratio';

/**
 * Units a scientist writes → ISPyB symbol and factor. ISPyB stores molarity in M only, so mM, µM
 * and nM are converted (`50 mM` → `0.05 M`). Molar prefixes are case-sensitive (mM ≠ MM).
 */
const UNIT_ALIASES: Record<string, { symbol: ConcentrationSymbol; factor: number }> = {
  M: { symbol: 'M', factor: 1 },
  mM: { symbol: 'M', factor: 1e-3 },
  µM: { symbol: 'M', factor: 1e-6 },
  μM: { symbol: 'M', factor: 1e-6 },
  uM: { symbol: 'M', factor: 1e-6 },
  nM: { symbol: 'M', factor: 1e-9 },
  '%(w/v)': { symbol: '%(w/v)', factor: 1 },
  '%(v/v)': { symbol: '%(v/v)', factor: 1 },
  'mg/ml': { symbol: 'mg/ml', factor: 1 },
  'mg/mL': { symbol: 'mg/ml', factor: 1 },
};

export const ACCEPTED_UNITS = 'M, mM, µM (or uM), nM, %(w/v), %(v/v), mg/ml or ratio';

/** Upper bounds that catch typos (a size in mm typed as µm, a density without its exponent…). */
export const LIMITS = {
  sizeUm: [0.1, 1000],
  densityPerMl: [1, 1e13],
  volumeUl: [0.1, 10_000],
  location: [1, 999],
  molar: 20,
  percent: 100,
  mgPerMl: 2000,
  pH: [0, 14],
} as const;

export const MAX_IMPORT_ROWS = 10_000;
const NAME_PATTERN = /^[A-Za-z0-9_-]{1,45}$/;

export type ImportColumn =
  | { kind: 'sample'; key: SampleField }
  | { kind: 'component'; key: string; owner: ComponentOwner; index: number; field: ComponentField };

export function componentKey(owner: ComponentOwner, index: number, field: ComponentField): string {
  return `${owner}${index}_${field}`;
}

/** Column key (`size_x_um`, `sample2_unit`) → what it is; `undefined` for an unknown header. */
export function parseColumnKey(key: string): ImportColumn | undefined {
  const field = SAMPLE_FIELDS.find((f) => f === key);
  if (field) return { kind: 'sample', key: field };
  const match = /^(crystal|sample)([1-9]\d?)_(\w+)$/.exec(key);
  const componentField = COMPONENT_FIELDS.find((f) => f === match?.[3]);
  if (!match || !componentField) return undefined;
  return {
    kind: 'component',
    key,
    owner: match[1] as ComponentOwner,
    index: Number(match[2]),
    field: componentField,
  };
}

export function columnLabel(key: string): string {
  const column = parseColumnKey(key);
  if (!column) return key;
  if (column.kind === 'sample') return FIELD_LABELS[column.key];
  const owner = column.owner === 'crystal' ? 'Crystal' : 'Sample';
  return `${owner} component ${column.index} ${COMPONENT_FIELD_LABELS[column.field]}`;
}

/** `Size X (µm)` or `size x um` → `size_x_um`: headers are compared loosely. */
export function normaliseHeader(cell: string): string {
  return cell
    .trim()
    .toLowerCase()
    .replace(/\s*\(µm\)|\s*\(μm\)/g, '_um')
    .replace(/\s*\(µl\)|\s*\(μl\)/g, '_ul')
    .replace(/[\s-]+/g, '_');
}

export interface ImportRow {
  /** Line of the file it came from (1 = header). */
  line: number;
  /** Cell text by column key. */
  cells: Readonly<Record<string, string>>;
  /** Cells past the header's last column (a stray delimiter): said, never dropped silently. */
  extraCells: number;
}

/** The file as read: column keys in file order and the rows' cells. */
export interface ImportSheet {
  columns: string[];
  rows: ImportRow[];
  /** Problems with the file as a whole (header, size): nothing can be imported while any remain. */
  fileErrors: string[];
  /** `;`- or tab-separated files come from locales that write `1,5`: accept a decimal comma. */
  decimalComma: boolean;
}

/** Header row + data rows (as `parseCsv` returns them) → a sheet. */
export function readSheet(
  table: { rows: string[][]; lines: number[]; delimiter: string },
  maxRows = MAX_IMPORT_ROWS,
): ImportSheet {
  const [header, ...body] = table.rows;
  const decimalComma = table.delimiter !== ',';
  if (!header) {
    return { columns: [], rows: [], fileErrors: ['The file is empty.'], decimalComma };
  }
  const columns = header.map(normaliseHeader);
  const fileErrors: string[] = [];
  const unknown = columns.filter((key) => key !== '' && !parseColumnKey(key));
  if (unknown.length > 0) {
    fileErrors.push(
      `Unknown column${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. Use the template’s headers.`,
    );
  }
  const seen = new Set<string>();
  const duplicates = columns.filter((key) => key !== '' && (seen.has(key) || !seen.add(key)));
  if (duplicates.length > 0) {
    fileErrors.push(
      `Column${duplicates.length > 1 ? 's' : ''} given twice: ${duplicates.join(', ')}.`,
    );
  }
  const missing = REQUIRED_FIELDS.filter((key) => !columns.includes(key));
  if (missing.length > 0) {
    fileErrors.push(
      `Missing required column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}.`,
    );
  }
  if (body.length === 0) fileErrors.push('The file has a header but no samples.');
  if (body.length > maxRows) {
    fileErrors.push(`The file has ${body.length} samples; import at most ${maxRows} at a time.`);
  }
  // Required columns the file lacks are added empty, so the user can fill them in the preview.
  const allColumns = [...columns.filter((key) => key !== ''), ...missing];
  const rows = body.slice(0, maxRows).map((cells, i) => {
    const record: Record<string, string> = {};
    for (const key of allColumns) record[key] = '';
    columns.forEach((key, c) => {
      if (key !== '') record[key] = (cells[c] ?? '').trim();
    });
    return {
      line: table.lines[i + 1] ?? i + 2,
      cells: record,
      extraCells: Math.max(0, cells.length - header.length),
    };
  });
  return { columns: allColumns, rows, fileErrors, decimalComma };
}

/** Another value for one cell; the sheet is not changed in place. */
export function setCell(
  sheet: ImportSheet,
  rowIndex: number,
  key: string,
  value: string,
): ImportSheet {
  const row = sheet.rows[rowIndex];
  if (!row) return sheet;
  const rows = sheet.rows.slice();
  rows[rowIndex] = { ...row, cells: { ...row.cells, [key]: value.trim() }, extraCells: 0 };
  return { ...sheet, rows };
}

export interface ComponentDraft {
  type: (typeof COMPONENT_TYPES)[number];
  name: string;
  composition: string | undefined;
  amount: Exclude<Amount, { kind: 'pH' }>;
  pH: number | undefined;
  /** Its group number in the file (`sample2_…` → 2): server errors are shown on that group's cells. */
  group: number;
}

/** A validated row: what will be created. */
export interface SampleDraft {
  name: string;
  proteinId: number;
  proteinAcronym: string;
  location: number | undefined;
  sizeUm: { x: number | undefined; y: number | undefined; z: number | undefined };
  densityPerMl: number | undefined;
  volumeUl: number;
  support: Support | undefined;
  comments: string | undefined;
  crystalComponents: ComponentDraft[];
  sampleComponents: ComponentDraft[];
}

export interface CellError {
  /** Column key; `undefined` for the row as a whole. */
  column: string | undefined;
  message: string;
}

export interface RowResult {
  errors: CellError[];
  /** Only when the row has no error. */
  draft: SampleDraft | undefined;
}

export interface ValidationContext {
  /** The proposal's proteins: a sample's protein must be one of them. */
  proteins: readonly { id: number; acronym: string }[];
  /** Names and positions already used in the target container. */
  takenNames?: ReadonlySet<string>;
  takenLocations?: ReadonlySet<number>;
}

export interface SheetValidation {
  results: RowResult[];
  errorCount: number;
  /** Indexes of the rows with at least one error. */
  errorRows: number[];
  drafts: SampleDraft[];
}

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

function parseNumber(raw: string, decimalComma: boolean): number | undefined {
  let text = raw.trim().replace(/[\u202f\u00a0 ]/g, '');
  if (decimalComma) text = text.replace(/^([+-]?\d*),(\d+)/, '$1.$2');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

function number(
  raw: string,
  decimalComma: boolean,
  [min, max]: readonly [number, number],
  unit: string,
): Parsed<number> {
  const n = parseNumber(raw, decimalComma);
  if (n === undefined) {
    return {
      ok: false,
      message: /[a-zµμ]/i.test(raw)
        ? `“${raw}” is not a number: write the number only, in ${unit}.`
        : `“${raw}” is not a number.`,
    };
  }
  if (n < min || n > max) {
    return {
      ok: false,
      message: `${n} is out of range: ${min}–${max.toLocaleString('en-GB')} ${unit}.`,
    };
  }
  return { ok: true, value: n };
}

function canonical<T extends string>(raw: string, values: readonly T[]): T | undefined {
  const wanted = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  return values.find(
    (v) => v.toLowerCase() === wanted || v.toLowerCase().replace(' ', '') === wanted,
  );
}

function unitOf(
  raw: string,
): { symbol: ConcentrationSymbol; factor: number } | 'ratio' | undefined {
  const text = raw.trim().replace(/\s+/g, '');
  if (text.toLowerCase() === RATIO_UNIT) return 'ratio';
  return UNIT_ALIASES[text] ?? UNIT_ALIASES[text.toLowerCase()];
}

const MAX_BY_SYMBOL: Record<ConcentrationSymbol, number> = {
  M: LIMITS.molar,
  '%(w/v)': LIMITS.percent,
  '%(v/v)': LIMITS.percent,
  'mg/ml': LIMITS.mgPerMl,
};

/** Numbers are rounded to 12 significant digits after a unit conversion (50 mM → 0.05, not 0.05000000000000001). */
function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

function validateComponent(
  group: number,
  cell: (field: ComponentField) => string,
  key: (field: ComponentField) => string,
  decimalComma: boolean,
  errors: CellError[],
): ComponentDraft | undefined {
  const raw = Object.fromEntries(COMPONENT_FIELDS.map((f) => [f, cell(f)])) as Record<
    ComponentField,
    string
  >;
  if (COMPONENT_FIELDS.every((f) => raw[f] === '')) return undefined;
  const before = errors.length;
  const type = canonical(raw.type, COMPONENT_TYPES);
  if (raw.type === '') errors.push({ column: key('type'), message: 'Component type is required.' });
  else if (!type) {
    errors.push({
      column: key('type'),
      message: `Unknown component type “${raw.type}”: use one of ${COMPONENT_TYPES.join(', ')}.`,
    });
  }
  if (raw.name === '') errors.push({ column: key('name'), message: 'Component name is required.' });
  else if (raw.name.length > 255) {
    errors.push({ column: key('name'), message: 'At most 255 characters.' });
  }
  if (raw.composition.length > 255) {
    errors.push({ column: key('composition'), message: 'At most 255 characters.' });
  }

  let amount: ComponentDraft['amount'] = { kind: 'none' };
  const unit = raw.unit === '' ? undefined : unitOf(raw.unit);
  if (raw.unit !== '' && !unit) {
    errors.push({
      column: key('unit'),
      message: `Unknown unit “${raw.unit}”: use ${ACCEPTED_UNITS}.`,
    });
  }
  if (raw.amount !== '' && raw.unit === '') {
    errors.push({ column: key('unit'), message: `Give the amount’s unit: ${ACCEPTED_UNITS}.` });
  } else if (raw.amount === '' && raw.unit !== '') {
    errors.push({ column: key('amount'), message: 'A unit without an amount: give the amount.' });
  } else if (raw.amount !== '' && unit) {
    const max = unit === 'ratio' ? 1e6 : MAX_BY_SYMBOL[unit.symbol] / unit.factor;
    const label = unit === 'ratio' ? 'parts' : raw.unit.trim();
    const n = number(raw.amount, decimalComma, [0, max], label);
    if (!n.ok) errors.push({ column: key('amount'), message: n.message });
    else if (n.value === 0) {
      errors.push({ column: key('amount'), message: 'An amount must be above 0.' });
    } else {
      amount =
        unit === 'ratio'
          ? { kind: 'ratio', value: n.value }
          : { kind: 'concentration', value: tidy(n.value * unit.factor), unit: unit.symbol };
    }
  }
  let pH: number | undefined;
  if (raw.ph !== '') {
    const n = number(raw.ph, decimalComma, LIMITS.pH, 'pH');
    if (n.ok) pH = n.value;
    else errors.push({ column: key('ph'), message: n.message });
  }
  if (errors.length > before || !type) return undefined;
  return { type, name: raw.name, composition: raw.composition || undefined, amount, pH, group };
}

/** The component groups present in the columns, in order: `[['crystal', 1], ['sample', 1], …]`. */
export function componentGroups(columns: readonly string[]): [ComponentOwner, number][] {
  const groups = new Map<string, [ComponentOwner, number]>();
  for (const key of columns) {
    const column = parseColumnKey(key);
    if (column?.kind === 'component') {
      groups.set(`${column.owner}${column.index}`, [column.owner, column.index]);
    }
  }
  return [...groups.values()].sort(([oa, ia], [ob, ib]) =>
    oa === ob ? ia - ib : oa === 'crystal' ? -1 : 1,
  );
}

export function validateRow(
  row: ImportRow,
  groups: readonly [ComponentOwner, number][],
  decimalComma: boolean,
  proteins: ReadonlyMap<string, { id: number; acronym: string }>,
): RowResult {
  const errors: CellError[] = [];
  const cell = (key: string) => row.cells[key] ?? '';
  if (row.extraCells > 0) {
    errors.push({
      column: undefined,
      message: `${row.extraCells} cell${row.extraCells > 1 ? 's' : ''} past the last column: is a delimiter missing from a quoted value?`,
    });
  }
  for (const key of REQUIRED_FIELDS) {
    if (cell(key) === '')
      errors.push({ column: key, message: `${FIELD_LABELS[key]} is required.` });
  }
  const name = cell('name');
  if (name !== '' && !NAME_PATTERN.test(name)) {
    errors.push({
      column: 'name',
      message:
        'Use letters, digits, _ and - only (at most 45), as ISPyB and the beamline software require.',
    });
  }
  const acronym = cell('protein');
  const protein = proteins.get(acronym.toLowerCase());
  if (acronym !== '' && !protein) {
    const known = [...proteins.values()].map((p) => p.acronym).join(', ');
    errors.push({
      column: 'protein',
      message: known
        ? `Unknown protein “${acronym}”: this proposal has ${known}.`
        : `Unknown protein “${acronym}”: this proposal has no proteins registered yet.`,
    });
  }
  const optionalNumber = (
    key: SampleField,
    limits: readonly [number, number],
    unit: string,
    integer = false,
  ): number | undefined => {
    const raw = cell(key);
    if (raw === '') return undefined;
    const n = number(raw, decimalComma, limits, unit);
    if (!n.ok) {
      errors.push({ column: key, message: n.message });
      return undefined;
    }
    if (integer && !Number.isInteger(n.value)) {
      errors.push({ column: key, message: `${n.value} is not a whole number.` });
      return undefined;
    }
    return n.value;
  };
  const location = optionalNumber('location', LIMITS.location, '', true);
  const x = optionalNumber('size_x_um', LIMITS.sizeUm, 'µm');
  const y = optionalNumber('size_y_um', LIMITS.sizeUm, 'µm');
  const z = optionalNumber('size_z_um', LIMITS.sizeUm, 'µm');
  const densityPerMl = optionalNumber('density_per_ml', LIMITS.densityPerMl, 'crystals/mL');
  const volumeUl = optionalNumber('volume_ul', LIMITS.volumeUl, 'µL');
  const supportText = cell('support');
  const support = supportText === '' ? undefined : canonical(supportText, SUPPORTS);
  if (supportText !== '' && !support) {
    errors.push({
      column: 'support',
      message: `Unknown support “${supportText}”: use ${SUPPORTS.join(', ')}.`,
    });
  }
  const comments = cell('comments');
  if (comments.length > 1024)
    errors.push({ column: 'comments', message: 'At most 1024 characters.' });

  const crystalComponents: ComponentDraft[] = [];
  const sampleComponents: ComponentDraft[] = [];
  for (const [owner, index] of groups) {
    const draft = validateComponent(
      index,
      (field) => cell(componentKey(owner, index, field)),
      (field) => componentKey(owner, index, field),
      decimalComma,
      errors,
    );
    if (draft) (owner === 'crystal' ? crystalComponents : sampleComponents).push(draft);
  }

  if (errors.length > 0 || !protein || volumeUl === undefined) return { errors, draft: undefined };
  return {
    errors,
    draft: {
      name,
      proteinId: protein.id,
      proteinAcronym: protein.acronym,
      location,
      sizeUm: { x, y, z },
      densityPerMl,
      volumeUl,
      support,
      comments: comments || undefined,
      crystalComponents,
      sampleComponents,
    },
  };
}

/**
 * Every row, plus what only the whole file shows: a name or a position used twice (in the file,
 * or already in the container). Linear in the number of cells: 5 000 rows take milliseconds.
 */
export function validateSheet(sheet: ImportSheet, context: ValidationContext): SheetValidation {
  const proteins = new Map(context.proteins.map((p) => [p.acronym.toLowerCase(), p]));
  const groups = componentGroups(sheet.columns);
  const results = sheet.rows.map((row) => validateRow(row, groups, sheet.decimalComma, proteins));

  const firstByName = new Map<string, number>();
  const firstByLocation = new Map<string, number>();
  sheet.rows.forEach((row, i) => {
    const result = results[i];
    if (!result) return;
    const name = (row.cells.name ?? '').toLowerCase();
    const location = row.cells.location ?? '';
    const duplicate = (
      key: 'name' | 'location',
      value: string,
      first: Map<string, number>,
      taken: boolean,
    ) => {
      if (value === '') return;
      const firstRow = first.get(value);
      const message = taken
        ? key === 'name'
          ? 'A sample of this name is already in the container.'
          : 'This position is already taken in the container.'
        : firstRow !== undefined
          ? `Also used on line ${sheet.rows[firstRow]?.line ?? '?'}: each ${key === 'name' ? 'name' : 'position'} once per container.`
          : undefined;
      if (firstRow === undefined) first.set(value, i);
      if (message && !result.errors.some((e) => e.column === key)) {
        result.errors.push({ column: key, message });
        result.draft = undefined;
      }
    };
    duplicate('name', name, firstByName, context.takenNames?.has(name) ?? false);
    const position = Number(location);
    duplicate(
      'location',
      location,
      firstByLocation,
      Number.isInteger(position) && (context.takenLocations?.has(position) ?? false),
    );
  });

  const errorRows: number[] = [];
  let errorCount = 0;
  const drafts: SampleDraft[] = [];
  results.forEach((result, i) => {
    if (result.errors.length > 0) {
      errorRows.push(i);
      errorCount += result.errors.length;
    } else if (result.draft) drafts.push(result.draft);
  });
  return { results, errorCount, errorRows, drafts };
}

/** The template's columns: every sample field, one crystal and three sample component groups. */
export function templateColumns(crystalGroups = 1, sampleGroups = 3): string[] {
  const groups = (owner: ComponentOwner, count: number) =>
    Array.from({ length: count }, (_, i) =>
      COMPONENT_FIELDS.map((field) => componentKey(owner, i + 1, field)),
    ).flat();
  return [...SAMPLE_FIELDS, ...groups('crystal', crystalGroups), ...groups('sample', sampleGroups)];
}

/** The template's example row, a lysozyme slurry for a liquid jet. */
export function templateExample(proteinAcronym: string): Record<string, string> {
  return {
    name: 'slurry-01',
    protein: proteinAcronym,
    location: '1',
    size_x_um: '10',
    size_y_um: '10',
    size_z_um: '5',
    density_per_ml: '1e7',
    volume_ul: '200',
    support: 'Injector',
    comments: 'batch A, grown 2 days',
    crystal1_type: 'Ligand',
    crystal1_name: 'GlcNAc3',
    crystal1_composition: 'C24H41N3O16',
    crystal1_amount: '10',
    crystal1_unit: 'mM',
    crystal1_ph: '',
    sample1_type: 'Buffer',
    sample1_name: 'sodium acetate',
    sample1_composition: 'CH3COONa',
    sample1_amount: '100',
    sample1_unit: 'mM',
    sample1_ph: '4.5',
    sample2_type: 'Small Molecule',
    sample2_name: 'NaCl',
    sample2_composition: 'NaCl',
    sample2_amount: '7',
    sample2_unit: '%(w/v)',
    sample2_ph: '',
    sample3_type: 'JetMaterial',
    sample3_name: 'PEG 6000',
    sample3_composition: '',
    sample3_amount: '1',
    sample3_unit: 'ratio',
    sample3_ph: '',
  };
}

/** A valid row written back in canonical form (units as ISPyB stores them), for the cleaned file. */
export function draftCells(draft: SampleDraft, columns: readonly string[]): Record<string, string> {
  const text = (n: number | undefined) => (n === undefined ? '' : String(n));
  const out: Record<string, string> = {
    name: draft.name,
    protein: draft.proteinAcronym,
    location: text(draft.location),
    size_x_um: text(draft.sizeUm.x),
    size_y_um: text(draft.sizeUm.y),
    size_z_um: text(draft.sizeUm.z),
    density_per_ml: text(draft.densityPerMl),
    volume_ul: text(draft.volumeUl),
    support: draft.support ?? '',
    comments: draft.comments ?? '',
  };
  const write = (owner: ComponentOwner, list: ComponentDraft[]) =>
    list.forEach((c, i) => {
      const key = (field: ComponentField) => componentKey(owner, i + 1, field);
      out[key('type')] = c.type;
      out[key('name')] = c.name;
      out[key('composition')] = c.composition ?? '';
      out[key('amount')] = c.amount.kind === 'none' ? '' : String(c.amount.value);
      out[key('unit')] =
        c.amount.kind === 'ratio'
          ? RATIO_UNIT
          : c.amount.kind === 'concentration'
            ? (c.amount.unit ?? '')
            : '';
      out[key('ph')] = text(c.pH);
    });
  write('crystal', draft.crystalComponents);
  write('sample', draft.sampleComponents);
  for (const key of columns) out[key] ??= '';
  return out;
}

/** Columns for writing drafts back: the file's own, widened to fit every row's components. */
export function cleanedColumns(drafts: readonly SampleDraft[]): string[] {
  const crystal = Math.max(1, ...drafts.map((d) => d.crystalComponents.length));
  const sample = Math.max(1, ...drafts.map((d) => d.sampleComponents.length));
  return templateColumns(crystal, sample);
}
