import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';
import { parseCsv } from './csv-parse';

describe('parseCsv', () => {
  it('reads quoted cells with delimiters, escaped quotes and line breaks', () => {
    const table = parseCsv('a,b,c\r\n"x, y","say ""hi""","two\nlines"\r\n');
    expect(table.rows).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'two\nlines'],
    ]);
    expect(table.lines).toEqual([1, 2]);
  });

  it('drops a byte-order mark and blank lines, keeps line numbers of the file', () => {
    const table = parseCsv('\uFEFFname,protein\n\nA1,HEWL\n,\nA2,PYP');
    expect(table.rows).toEqual([
      ['name', 'protein'],
      ['A1', 'HEWL'],
      ['A2', 'PYP'],
    ]);
    expect(table.lines).toEqual([1, 3, 5]);
  });

  it('detects a semicolon or tab delimiter from the header line', () => {
    expect(parseCsv('a;b;c\n1,5;2;3').rows[1]).toEqual(['1,5', '2', '3']);
    expect(parseCsv('a;b;c\n1,5;2;3').delimiter).toBe(';');
    expect(parseCsv('a\tb\n1\t2').rows[1]).toEqual(['1', '2']);
    expect(parseCsv('"a;b",c\n1,2').delimiter).toBe(',');
  });

  it('reads back what toCsv wrote, formula guards included', () => {
    const rows = [{ name: '=cmd', note: 'a, "b"' }];
    const text = toCsv(rows, [
      { header: 'name', value: (r) => r.name },
      { header: 'note', value: (r) => r.note },
    ]);
    expect(parseCsv(text).rows[1]).toEqual(['=cmd', 'a, "b"']);
  });

  it('returns no rows for an empty file', () => {
    expect(parseCsv('').rows).toEqual([]);
  });
});
