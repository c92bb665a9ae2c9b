/** The cells of a delimited text file, as read by `parseCsv`. */
export interface CsvTable {
  /** `,`, `;` (spreadsheets in locales with a decimal comma) or a tab. */
  delimiter: ',' | ';' | '\t';
  /** Rows of cells; blank lines are dropped. */
  rows: string[][];
  /** 1-based line number in the file where each row starts (quoted cells may span lines). */
  lines: number[];
}

const DELIMITERS = [',', ';', '\t'] as const;

/** The delimiter used most on the first line, outside quotes (`,` when none is found). */
function detectDelimiter(text: string): CsvTable['delimiter'] {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch] += 1;
  }
  return DELIMITERS.reduce((best, d) => (counts[d] > counts[best] ? d : best), ',' as const);
}

/**
 * RFC 4180 reader: quoted cells with `""` escapes and line breaks, CRLF or LF, a UTF-8 byte-order
 * mark (Excel writes one), the delimiter detected from the header line. Cells are returned as
 * written, except a leading `'` that `toCsv` adds before `=`, `+`, `-` or `@` (so a file this app
 * wrote reads back as it was).
 */
export function parseCsv(input: string): CsvTable {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const rows: string[][] = [];
  const lines: number[] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;

  const endCell = () => {
    row.push(unescapeFormula(cell));
    cell = '';
  };
  const endRow = () => {
    endCell();
    if (row.some((c) => c.trim() !== '')) {
      rows.push(row);
      lines.push(rowLine);
    }
    row = [];
  };

  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 1;
        } else quoted = false;
      } else {
        if (ch === '\n') line += 1;
        cell += ch;
      }
    } else if (ch === '"' && cell.trim() === '') {
      cell = '';
      quoted = true;
    } else if (ch === delimiter) {
      endCell();
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      endRow();
      line += 1;
      rowLine = line;
    } else {
      cell += ch;
    }
  }
  if (cell !== '' || row.length > 0) endRow();
  return { delimiter, rows, lines };
}

function unescapeFormula(cell: string): string {
  return /^'[=+\-@]/.test(cell) ? cell.slice(1) : cell;
}
