export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | number | undefined;
}

/**
 * RFC 4180 CSV. Cells that a spreadsheet would run as a formula (=, +, -, @ at the start of text)
 * are prefixed with a quote mark: names and comments come from users.
 */
export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  const lines = [columns.map((c) => escapeCell(c.header))];
  for (const row of rows) lines.push(columns.map((c) => escapeCell(c.value(row))));
  return `${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}

function escapeCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
