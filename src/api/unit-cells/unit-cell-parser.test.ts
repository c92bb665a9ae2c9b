import { describe, expect, it } from 'vitest';
import { CELL_PARAMETERS } from '../../domain/processing';
import { branchResponse, recorded } from '../../testing/fixtures';
import { ApiError } from '../errors';
import { parseUnitCells } from '../ispyb/ssx-processing.mapper';
import { createUnitCellParser, type ParsedCellColumns } from './unit-cell-parser';

function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Feeds `text` in pieces of random length (1…maxPiece) and finishes. */
function parseChunked(text: string, next: () => number, maxPiece: number): ParsedCellColumns {
  const parser = createUnitCellParser({ capacity: 16 });
  let i = 0;
  while (i < text.length) {
    const size = 1 + Math.floor(next() * maxPiece);
    parser.push(text.slice(i, i + size));
    i += size;
  }
  return parser.finish();
}

function rowsOf(parsed: ParsedCellColumns): number[][] {
  return Array.from({ length: parsed.rows }, (_, r) =>
    CELL_PARAMETERS.map((p) => parsed.columns[p][r] as number),
  );
}

/** The reference: JSON.parse, then the main-thread mapper. */
function reference(text: string): { rows: number[][]; skipped: number } {
  const { cells, skipped } = parseUnitCells(JSON.parse(text));
  return { rows: cells.map((c) => [c.a, c.b, c.c, c.alpha, c.beta, c.gamma]), skipped };
}

function parseError(text: string): ApiError {
  const parser = createUnitCellParser();
  try {
    parser.push(text);
    parser.finish();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error(`no error for ${text}`);
}

/** A document like py-ispyb's, with every kind of number and a few bad rows. */
function randomDocument(next: () => number, rows: number): string {
  const number = () => {
    const kind = next();
    if (kind < 0.6) return (Math.round((60 + next() * 40) * 1000) / 1000).toFixed(3);
    if (kind < 0.75) return String(Math.round(90 + next() * 30));
    if (kind < 0.85) return `${(next() * 100).toPrecision(17)}`; // 17 digits: the slow path
    if (kind < 0.9) return `-${(next() * 10).toFixed(2)}`;
    if (kind < 0.95) return `${(next() * 9 + 1).toFixed(3)}e1`;
    return '0.0';
  };
  const parts: string[] = [];
  for (let r = 0; r < rows; r += 1) {
    const kind = next();
    if (kind < 0.05) parts.push(`[${[number(), number(), number()].join(', ')}]`);
    else if (kind < 0.07) parts.push(`[${number()}, "x", 1, 2, 3, 4]`);
    else if (kind < 0.08) parts.push('null');
    else if (kind < 0.09) parts.push(`[${number()}, 2, 3, 4, 5, [6]]`);
    else if (kind < 0.1) parts.push(`{"a": [1, 2, 3, 4, 5, 6]}`);
    else if (kind < 0.12) parts.push(`[${Array.from({ length: 7 }, number).join(',')}]`);
    else parts.push(`[${Array.from({ length: 6 }, number).join(', ')}]`);
  }
  return `{"note": "a \\"quoted\\" [string], {x}", "unit_cells": [${parts.join(',\n ')}], "n": ${rows}}`;
}

describe('createUnitCellParser', () => {
  it('reads a small answer', () => {
    const parser = createUnitCellParser();
    parser.push('{"unit_cells": [[79.49, 79.53, 38.01, 90.0, 90.0, 90.0], ');
    parser.push('[78.87, 78.77, 38.01, 90.0, 90.0, 90.0, 1.0], [1, 2, 3]]}');
    const parsed = parser.finish();
    expect(parsed.rows).toBe(2);
    expect(parsed.skipped).toBe(1);
    expect(rowsOf(parsed)).toEqual([
      [79.49, 79.53, 38.01, 90, 90, 90],
      [78.87, 78.77, 38.01, 90, 90, 90],
    ]);
    expect(parsed.columns.a).toHaveLength(2);
  });

  it('skips and counts the 3-value rows of the recorded real answers', () => {
    for (const json of [
      recorded('ssx-processing-cells'),
      branchResponse('ssx-webservice', '/ssx/datacollection/processing/cells?dataCollectionId=2'),
    ]) {
      const parser = createUnitCellParser();
      parser.push(JSON.stringify(json, null, 2));
      expect(parser.finish()).toMatchObject({ rows: 0, skipped: 3 });
    }
  });

  it('gives the same rows as JSON.parse whatever the chunking', () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const next = rng(seed);
      const text = randomDocument(next, 400);
      const expected = reference(text);
      for (const maxPiece of [1, 2, 3, 7, 64, 4096]) {
        const parsed = parseChunked(text, next, maxPiece);
        expect(expected.skipped).toBeGreaterThan(10);
        expect(parsed.skipped).toBe(expected.skipped);
        expect(rowsOf(parsed)).toEqual(expected.rows);
      }
    }
  });

  it('gives the same rows from UTF-8 bytes cut anywhere, even inside a character', () => {
    for (const seed of [7, 8, 9]) {
      const next = rng(seed);
      const text = randomDocument(next, 300).replace('"note": "a', '"note": "Å, °, – ✓ 🧪, a');
      const bytes = new TextEncoder().encode(text);
      const expected = reference(text);
      for (const maxPiece of [1, 2, 5, 333]) {
        const parser = createUnitCellParser({ capacity: 8 });
        let i = 0;
        while (i < bytes.length) {
          const size = 1 + Math.floor(next() * maxPiece);
          parser.push(bytes.subarray(i, i + size));
          i += size;
        }
        const parsed = parser.finish();
        expect(parsed.skipped).toBe(expected.skipped);
        expect(rowsOf(parsed)).toEqual(expected.rows);
      }
    }
  });

  it('reads numbers exactly as Number() does (fast path and slow path)', () => {
    const next = rng(99);
    const values = Array.from({ length: 3000 }, (_, i) => {
      if (i % 3 === 0) return (next() * 200).toFixed(1 + (i % 6));
      if (i % 3 === 1) return (next() * 1e6).toPrecision(1 + (i % 17));
      return `-${(next() * 0.01).toFixed(9)}`;
    });
    const rows = [];
    for (let i = 0; i + 6 <= values.length; i += 6)
      rows.push(`[${values.slice(i, i + 6).join(',')}]`);
    const parsed = parseChunked(`{"unit_cells":[${rows.join(',')}]}`, next, 50);
    const flat = rowsOf(parsed).flat();
    expect(flat).toEqual(values.map(Number));
  });

  it('treats NaN, Infinity and literals as bad values', () => {
    const parser = createUnitCellParser();
    parser.push(
      '{"unit_cells":[[1,2,3,4,5,NaN],[1,2,3,4,5,-Infinity],[1,2,3,4,5,true],[1,2,3,4,5,6]]}',
    );
    expect(parser.finish()).toMatchObject({ rows: 1, skipped: 3 });
  });

  it('grows its columns past the initial capacity', () => {
    const row = '[64.2, 30.9, 34.8, 90.0, 105.8, 90.0]';
    const parser = createUnitCellParser({ capacity: 1 });
    parser.push(`{"unit_cells": [${Array.from({ length: 5000 }, () => row).join(', ')}]}`);
    const parsed = parser.finish();
    expect(parsed.rows).toBe(5000);
    expect(parsed.columns.beta[4999]).toBe(105.8);
  });

  it('keeps the extent of each column while reading, whatever the chunking', () => {
    for (const seed of [11, 12]) {
      const next = rng(seed);
      const text = randomDocument(next, 500);
      for (const maxPiece of [3, 97, 100_000]) {
        const parsed = parseChunked(text, next, maxPiece);
        for (const p of CELL_PARAMETERS) {
          const column = [...parsed.columns[p]];
          expect(parsed.extents[p]).toEqual({ min: Math.min(...column), max: Math.max(...column) });
        }
      }
    }
  });

  it('reads an empty list', () => {
    const parser = createUnitCellParser();
    parser.push('{"unit_cells": []}');
    expect(parser.finish()).toMatchObject({ rows: 0, skipped: 0 });
  });

  it('says what is wrong with other answers', () => {
    expect(parseError('{"unit_cells": [[1,2,3,4,5,6]')).toMatchObject({ kind: 'malformed' });
    expect(parseError('{"unit_cells": [[1,2,3,4,5,6]]}]')).toMatchObject({ kind: 'malformed' });
    expect(parseError('   ')).toMatchObject({ kind: 'malformed' });
    expect(parseError('{"unit_cells": "none"}')).toMatchObject({ kind: 'contract' });
    expect(parseError('{"unit_cells": null}').message).toContain('not a list');
    expect(parseError('{"cells": [[1,2,3,4,5,6]]}').details.field).toBe('unit_cells');
    expect(parseError('[[1,2,3,4,5,6]]')).toMatchObject({ kind: 'contract' });
    expect(parseError('null')).toMatchObject({ kind: 'contract' });
  });
});
