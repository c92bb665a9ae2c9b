import type { CellColumns, ColumnExtent } from '../../domain/cell-statistics';
import { CELL_PARAMETERS, type CellParameter } from '../../domain/processing';
import { ApiError } from '../errors';

/**
 * Incremental reader of py-ispyb's `/ssx/datacollection/processing/cells` answer,
 * `{"unit_cells": [[a, b, c, alpha, beta, gamma], …]}`, straight into six Float64Array columns.
 *
 * The answer arrives in chunks cut anywhere (inside a number, a key, a UTF-8 sequence, between a
 * backslash and what it escapes); nothing but the current row is held as JS values, so 10⁶ rows
 * (~44 MB of text) never exist as one string or as 10⁶ arrays. It reads UTF-8 bytes as they come
 * off the network (every byte that matters is ASCII, and no byte of a multi-byte UTF-8 sequence
 * is), which is twice as fast as decoding to strings first; text is accepted too. Rows holding fewer than six finite numbers, or anything
 * else than numbers in the first six places, are skipped and counted (the recorded real capture
 * has 3-value rows); numbers beyond the sixth are ignored, as in `parseUnitCells`. Other keys of
 * the top-level object are skipped. This is a tokenizer for one known shape, not a validating
 * JSON parser: it accepts a few things JSON does not (e.g. `+1`), which is harmless here.
 */
export interface UnitCellParser {
  /** Feeds the next piece: UTF-8 bytes (fastest) or text. */
  push(chunk: Uint8Array | string): void;
  /**
   * Ends the input and returns the columns (views of exactly `rows` values). Throws an
   * `ApiError` (`malformed` for cut-off text, `contract` when there is no `unit_cells` list).
   */
  finish(): ParsedCellColumns;
  /** Complete rows so far. */
  readonly rows: number;
  /** Rows skipped so far. */
  readonly skipped: number;
}

export interface ParsedCellColumns {
  columns: CellColumns;
  rows: number;
  skipped: number;
  /**
   * Minimum and maximum of each column, kept up to date after every chunk (over that chunk's
   * rows, still in cache), so the statistics after the last byte need no pass for them.
   */
  extents: Record<CellParameter, ColumnExtent>;
}

export interface UnitCellParserOptions {
  /** Rows to allocate room for at first (e.g. from Content-Length / 45); grows as needed. */
  capacity?: number;
}

const MAX_DEPTH = 64;
const OBJECT = 1;
const ARRAY = 2;

/** 10^0 … 10^22: exactly representable, so `m / 10^k` is correctly rounded (Clinger's fast path). */
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);
/** Digits that keep an integer mantissa below 2^53. */
const MAX_FAST_DIGITS = 15;

const CELLS_KEY = 'unit_cells';

const utf8 = new TextDecoder();
const encoder = new TextEncoder();

/** Text of bytes `start…end` (number or literal tokens, key pieces). */
function text(chunk: Uint8Array, start: number, end: number): string {
  return utf8.decode(chunk.subarray(start, end));
}

function isDelimiter(c: number): boolean {
  // space, tab, LF, CR, comma, colon, brackets, braces, quote
  return (
    c === 32 ||
    c === 44 ||
    c === 93 ||
    c === 10 ||
    c === 13 ||
    c === 9 ||
    c === 58 ||
    c === 91 ||
    c === 123 ||
    c === 125 ||
    c === 34
  );
}

function malformed(message: string): ApiError {
  return new ApiError(
    'malformed',
    `The unit cells sent by the server are not valid JSON: ${message}.`,
  );
}

function contract(message: string): ApiError {
  return new ApiError(
    'contract',
    `The server's answer does not match the ISPyB contract: field "unit_cells" ${message}.`,
    { field: CELLS_KEY },
  );
}

class Parser implements UnitCellParser {
  rows = 0;
  skipped = 0;

  private capacity: number;
  /** Rows whose values are already in `extents`. */
  private measured = 0;
  private readonly extents = Object.fromEntries(
    CELL_PARAMETERS.map((p) => [p, { min: Infinity, max: -Infinity }]),
  ) as Record<CellParameter, ColumnExtent>;
  private a: Float64Array;
  private b: Float64Array;
  private c: Float64Array;
  private alpha: Float64Array;
  private beta: Float64Array;
  private gamma: Float64Array;

  private depth = 0;
  private readonly stack = new Uint8Array(MAX_DEPTH + 1);
  /** Something was seen at depth 0 (the document started). */
  private started = false;
  /** Inside a string; `escaped` after its backslash. */
  private inString = false;
  private escaped = false;
  /** The string being read is a key of the top-level object (captured). */
  private capturingKey = false;
  private key = '';
  /** Top-level object: the next string is a key. */
  private expectKey = false;
  private lastKey = '';
  /** Inside the `unit_cells` array (depth 2). */
  private inCells = false;
  private cellsFound = false;
  private cellsWrongType = false;
  /** Inside a row (an array at depth 3 within `unit_cells`). */
  private inRow = false;
  private rowValues = 0;
  private rowValid = true;
  /** A scalar (number or literal) cut by the end of a chunk. */
  private pending: string | null = null;

  constructor(options: UnitCellParserOptions) {
    this.capacity = Math.max(1024, Math.floor(options.capacity ?? 65_536));
    this.a = new Float64Array(this.capacity);
    this.b = new Float64Array(this.capacity);
    this.c = new Float64Array(this.capacity);
    this.alpha = new Float64Array(this.capacity);
    this.beta = new Float64Array(this.capacity);
    this.gamma = new Float64Array(this.capacity);
  }

  private grow(): void {
    // ×4: a 10⁶-row answer without a size reaches its capacity in two copies, not four
    const capacity = this.capacity * 4;
    const grown = (old: Float64Array) => {
      const next = new Float64Array(capacity);
      next.set(old);
      return next;
    };
    this.a = grown(this.a);
    this.b = grown(this.b);
    this.c = grown(this.c);
    this.alpha = grown(this.alpha);
    this.beta = grown(this.beta);
    this.gamma = grown(this.gamma);
    this.capacity = capacity;
  }

  /** Stores the value at `rowValues` of the open row. */
  private store(value: number): void {
    const row = this.rows;
    switch (this.rowValues) {
      case 0:
        this.a[row] = value;
        break;
      case 1:
        this.b[row] = value;
        break;
      case 2:
        this.c[row] = value;
        break;
      case 3:
        this.alpha[row] = value;
        break;
      case 4:
        this.beta[row] = value;
        break;
      case 5:
        this.gamma[row] = value;
        break;
      default:
        break; // beyond the sixth: ignored
    }
    this.rowValues += 1;
  }

  /** A scalar token ended: a number (`isNumber`, finite) or anything else (literal, NaN…). */
  private scalar(value: number, isNumber: boolean): void {
    const depth = this.depth;
    if (depth === 3 && this.inRow) {
      if (isNumber) {
        if (this.rowValues < 6) this.store(value);
        else this.rowValues += 1;
      } else if (this.rowValues < 6) {
        this.rowValid = false;
      }
    } else if (depth === 2 && this.inCells) {
      this.skipped += 1;
    } else {
      this.nonArrayValue();
    }
  }

  /** A value that is not an array was found at `depth` (scalar, string or object start). */
  private nonArrayValue(): void {
    const depth = this.depth;
    if (depth === 0) {
      if (this.started) throw malformed('more than one value at the top level');
      this.started = true;
      throw contract('is missing: the answer is not an object');
    }
    if (depth === 1 && !this.expectKey && this.lastKey === CELLS_KEY) this.cellsWrongType = true;
    if (depth === 2 && this.inCells) this.skipped += 1;
    if (depth === 3 && this.inRow && this.rowValues < 6) this.rowValid = false;
  }

  private slowScalar(text: string): void {
    const value = Number(text);
    this.scalar(value, text.length > 0 && Number.isFinite(value));
  }

  private open(kind: number): void {
    const depth = this.depth;
    if (depth === 0) {
      if (this.started) throw malformed('more than one value at the top level');
      this.started = true;
      if (kind !== OBJECT) throw contract('is missing: the answer is not an object');
    } else if (kind === ARRAY && depth === 1 && !this.expectKey && this.lastKey === CELLS_KEY) {
      this.inCells = true;
      this.cellsFound = true;
    } else if (kind === ARRAY && depth === 2 && this.inCells) {
      this.inRow = true;
      this.rowValues = 0;
      this.rowValid = true;
      if (this.rows >= this.capacity) this.grow();
    } else {
      this.nonArrayValue();
    }
    if (depth >= MAX_DEPTH) throw malformed('nested too deeply');
    this.depth = depth + 1;
    this.stack[this.depth] = kind;
    if (kind === OBJECT && this.depth === 1) this.expectKey = true;
  }

  private close(kind: number): void {
    const depth = this.depth;
    if (depth === 0 || this.stack[depth] !== kind) throw malformed('brackets do not match');
    if (depth === 3 && this.inRow) {
      this.inRow = false;
      if (this.rowValid && this.rowValues >= 6) this.rows += 1;
      else this.skipped += 1;
    } else if (depth === 2 && this.inCells) {
      this.inCells = false;
    }
    this.depth = depth - 1;
  }

  /** Reads string content from `i`; returns the index after the closing quote, or `len`. */
  private readString(chunk: Uint8Array, i: number): number {
    const len = chunk.length;
    let j = i;
    let escaped = this.escaped;
    while (j < len) {
      const c = chunk[j] as number;
      if (escaped) escaped = false;
      else if (c === 92) escaped = true;
      else if (c === 34) break;
      j += 1;
    }
    this.escaped = escaped;
    // key pieces are decoded one by one: a multi-byte character cut between chunks is garbled,
    // which only matters for keys that are not `unit_cells` anyway
    if (this.capturingKey) this.key += text(chunk, i, j);
    if (j === len) return len; // still inside the string
    this.inString = false;
    if (this.capturingKey) {
      this.capturingKey = false;
      // keys are compared raw: `unit_cells` has nothing to escape
      this.lastKey = this.key;
    } else {
      this.nonArrayValue();
    }
    return j + 1;
  }

  private startString(): void {
    this.inString = true;
    this.escaped = false;
    if (this.depth === 1 && this.expectKey) {
      this.capturingKey = true;
      this.key = '';
    } else {
      this.capturingKey = false;
    }
    if (this.depth === 0) this.nonArrayValue();
  }

  /**
   * Everything but the common case (numbers, rows, separators): strings, objects, literals,
   * numbers the fast path cannot read. Returns the index after the token, or -1 when the chunk
   * ended inside it (kept in `pending`).
   */
  private slowToken(chunk: Uint8Array, i: number): number {
    const len = chunk.length;
    const ch = chunk[i] as number;
    switch (ch) {
      case 10:
      case 13:
      case 9:
        return i + 1;
      case 58: // :
        if (this.depth === 1) this.expectKey = false;
        return i + 1;
      case 91: // [
        this.open(ARRAY);
        return i + 1;
      case 93: // ]
        this.close(ARRAY);
        return i + 1;
      case 123: // {
        this.open(OBJECT);
        return i + 1;
      case 125: // }
        this.close(OBJECT);
        return i + 1;
      case 34: // "
        this.startString();
        return this.readString(chunk, i + 1);
      default: {
        // a number the fast path cannot read (exponent, > 15 digits), a literal (true, null,
        // NaN, Infinity…) or garbage: the text up to the next delimiter, through Number()
        let j = i;
        while (j < len && !isDelimiter(chunk[j] as number)) j += 1;
        if (j === len) {
          this.pending = text(chunk, i, len);
          return -1;
        }
        this.slowScalar(text(chunk, i, j));
        return j;
      }
    }
  }

  push(input: Uint8Array | string): void {
    const chunk = typeof input === 'string' ? encoder.encode(input) : input;
    const len = chunk.length;
    let i = 0;

    if (this.pending !== null) {
      let j = 0;
      while (j < len && !isDelimiter(chunk[j] as number)) j += 1;
      this.pending += text(chunk, 0, j);
      if (j === len) return;
      const token = this.pending;
      this.pending = null;
      this.slowScalar(token);
      i = j;
    }
    if (this.inString) i = this.readString(chunk, i);

    // The hot loop keeps the parser state in locals (V8 keeps them in registers) and handles
    // the bulk of the text itself: numbers in rows, row brackets, commas and spaces.
    let depth = this.depth;
    let inRow = this.inRow;
    let rowValues = this.rowValues;
    let rowValid = this.rowValid;
    let rows = this.rows;
    let { a, b, c, alpha, beta, gamma } = this;
    // (no closures over these locals: V8 would move them to a heap context)

    while (i < len) {
      const ch = chunk[i] as number;
      if (ch === 32) {
        i += 1;
        continue;
      }
      if ((ch >= 48 && ch <= 57) || ch === 45) {
        const start = i;
        let negative = false;
        if (ch === 45) {
          negative = true;
          i += 1;
        }
        let mantissa = 0;
        let digits = 0;
        let fraction = 0;
        let dot = false;
        let d = 0;
        while (i < len) {
          d = chunk[i] as number;
          if (d >= 48 && d <= 57) {
            mantissa = mantissa * 10 + (d - 48);
            digits += 1;
            if (dot) fraction += 1;
          } else if (d === 46 && !dot) {
            dot = true;
          } else {
            break;
          }
          i += 1;
        }
        if (i === len) {
          // cut by the end of the chunk: finished by the next push
          this.depth = depth;
          this.inRow = inRow;
          this.rowValues = rowValues;
          this.rowValid = rowValid;
          this.rows = rows;
          this.pending = text(chunk, start, len);
          return;
        }
        if (digits === 0 || digits > MAX_FAST_DIGITS || !isDelimiter(d)) {
          this.depth = depth;
          this.inRow = inRow;
          this.rowValues = rowValues;
          this.rowValid = rowValid;
          this.rows = rows;
          const next = this.slowToken(chunk, start);
          depth = this.depth;
          inRow = this.inRow;
          rowValues = this.rowValues;
          rowValid = this.rowValid;
          rows = this.rows;
          ({ a, b, c, alpha, beta, gamma } = this);
          if (next < 0) return;
          i = next;
          continue;
        }
        const magnitude = fraction === 0 ? mantissa : mantissa / (POW10[fraction] as number);
        const value = negative ? -magnitude : magnitude;
        if (depth === 3 && inRow) {
          switch (rowValues) {
            case 0:
              a[rows] = value;
              break;
            case 1:
              b[rows] = value;
              break;
            case 2:
              c[rows] = value;
              break;
            case 3:
              alpha[rows] = value;
              break;
            case 4:
              beta[rows] = value;
              break;
            case 5:
              gamma[rows] = value;
              break;
            default:
              break; // beyond the sixth: ignored
          }
          rowValues += 1;
        } else {
          this.depth = depth;
          this.inRow = inRow;
          this.rowValues = rowValues;
          this.rowValid = rowValid;
          this.rows = rows;
          this.scalar(value, true);
          depth = this.depth;
          inRow = this.inRow;
          rowValues = this.rowValues;
          rowValid = this.rowValid;
          rows = this.rows;
          ({ a, b, c, alpha, beta, gamma } = this);
        }
        continue;
      }
      if (ch === 44) {
        if (depth === 1) this.expectKey = true;
        i += 1;
        continue;
      }
      if (ch === 91 && depth === 2 && this.inCells) {
        // a row opens
        inRow = true;
        rowValues = 0;
        rowValid = true;
        if (rows >= this.capacity) {
          this.grow();
          ({ a, b, c, alpha, beta, gamma } = this);
        }
        depth = 3;
        this.stack[3] = ARRAY;
        i += 1;
        continue;
      }
      if (ch === 93 && depth === 3 && inRow) {
        // a row closes
        inRow = false;
        if (rowValid && rowValues >= 6) rows += 1;
        else this.skipped += 1;
        depth = 2;
        i += 1;
        continue;
      }
      this.depth = depth;
      this.inRow = inRow;
      this.rowValues = rowValues;
      this.rowValid = rowValid;
      this.rows = rows;
      const next = this.slowToken(chunk, i);
      depth = this.depth;
      inRow = this.inRow;
      rowValues = this.rowValues;
      rowValid = this.rowValid;
      rows = this.rows;
      ({ a, b, c, alpha, beta, gamma } = this);
      if (next < 0) return;
      i = next;
    }
    this.depth = depth;
    this.inRow = inRow;
    this.rowValues = rowValues;
    this.rowValid = rowValid;
    this.rows = rows;
    this.measure();
  }

  /** Extends `extents` over the rows completed since the last call. */
  private measure(): void {
    const from = this.measured;
    const to = this.rows;
    if (to <= from) return;
    const columns: readonly [CellParameter, Float64Array][] = [
      ['a', this.a],
      ['b', this.b],
      ['c', this.c],
      ['alpha', this.alpha],
      ['beta', this.beta],
      ['gamma', this.gamma],
    ];
    for (const [p, column] of columns) {
      const extent = this.extents[p];
      let { min, max } = extent;
      for (let i = from; i < to; i += 1) {
        const v = column[i] as number;
        if (v < min) min = v;
        if (v > max) max = v;
      }
      extent.min = min;
      extent.max = max;
    }
    this.measured = to;
  }

  finish(): ParsedCellColumns {
    if (this.pending !== null) {
      const token = this.pending;
      this.pending = null;
      this.slowScalar(token);
    }
    if (!this.started) throw malformed('the answer is empty');
    if (this.inString || this.depth > 0) throw malformed('the answer is cut off');
    if (!this.cellsFound) {
      throw contract(this.cellsWrongType ? 'is not a list' : 'is missing');
    }
    // (a push cut inside a number returns early: its rows are measured here)
    this.measure();
    const n = this.rows;
    return {
      rows: n,
      skipped: this.skipped,
      extents: this.extents,
      columns: {
        a: this.a.subarray(0, n),
        b: this.b.subarray(0, n),
        c: this.c.subarray(0, n),
        alpha: this.alpha.subarray(0, n),
        beta: this.beta.subarray(0, n),
        gamma: this.gamma.subarray(0, n),
      },
    };
  }
}

export function createUnitCellParser(options: UnitCellParserOptions = {}): UnitCellParser {
  return new Parser(options);
}
