/**
 * Fixed-target chip geometries and the `chipPattern` free text of ISPyB's SSXDataCollection.
 *
 * A chip is a grid of "city blocks", each a grid of apertures (one crystal position each).
 * Blocks are numbered in reading order from the top-left: block 1 is `A1` (row A, column 1),
 * block `blocksX + 1` is `B1`. This is the numbering the drawing and the parser share.
 */
export interface ChipLayout {
  /** Display name, e.g. "Oxford chip". */
  name: string;
  blocksX: number;
  blocksY: number;
  aperturesX: number;
  aperturesY: number;
  /** Aperture pitch in µm, when known. */
  pitchUm: number | undefined;
}

/**
 * Known geometries (Diamond I24 / ID29 chip families). Keyed by a normalised model name:
 * lower case, letters and digits only.
 */
export const KNOWN_CHIP_LAYOUTS: Readonly<Record<string, ChipLayout>> = {
  oxford: {
    name: 'Oxford chip',
    blocksX: 8,
    blocksY: 8,
    aperturesX: 20,
    aperturesY: 20,
    pitchUm: 125,
  },
  oxfordinner: {
    name: 'Oxford inner chip',
    blocksX: 1,
    blocksY: 1,
    aperturesX: 25,
    aperturesY: 25,
    pitchUm: 600,
  },
  minichip: {
    name: 'Mini Oxford chip (one block)',
    blocksX: 1,
    blocksY: 1,
    aperturesX: 20,
    aperturesY: 20,
    pitchUm: 125,
  },
};

export type ChipLayoutMatch =
  /** A geometry from `KNOWN_CHIP_LAYOUTS`. */
  | { kind: 'known'; layout: ChipLayout }
  /** Read from the model text itself ("8x8 blocks of 20x20", "160x160"). */
  | { kind: 'described'; layout: ChipLayout }
  | { kind: 'unknown'; model: string | undefined };

function normaliseModel(model: string): string {
  return model.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

const BLOCKS_OF = /(\d+)\s*[x×]\s*(\d+)\s*blocks?\s*(?:of\s*)?(\d+)\s*[x×]\s*(\d+)/i;
const GRID = /(\d+)\s*[x×]\s*(\d+)/i;

function positive(...values: number[]): boolean {
  return values.every((v) => Number.isInteger(v) && v > 0 && v <= 10_000);
}

/**
 * The geometry of a chip model. An explicit "NxM blocks of PxQ" in the text wins (it is what the
 * writer meant), then the known models by name (the longest name that the model starts with),
 * then a bare "RxC" grid of apertures; anything else is unknown.
 */
export function chipLayoutFor(model: string | undefined): ChipLayoutMatch {
  const text = model?.trim();
  if (!text) return { kind: 'unknown', model: undefined };

  const blocks = BLOCKS_OF.exec(text);
  if (blocks) {
    const [bx, by, ax, ay] = blocks.slice(1, 5).map(Number) as [number, number, number, number];
    if (positive(bx, by, ax, ay)) {
      const known = knownByName(text);
      return {
        kind: 'described',
        layout: {
          name: known?.name ?? text,
          blocksX: bx,
          blocksY: by,
          aperturesX: ax,
          aperturesY: ay,
          pitchUm:
            known && known.blocksX === bx && known.aperturesX === ax ? known.pitchUm : undefined,
        },
      };
    }
  }

  const known = knownByName(text);
  if (known) return { kind: 'known', layout: known };

  const grid = GRID.exec(text);
  if (grid) {
    const [ax, ay] = grid.slice(1, 3).map(Number) as [number, number];
    if (positive(ax, ay)) {
      return {
        kind: 'described',
        layout: {
          name: text,
          blocksX: 1,
          blocksY: 1,
          aperturesX: ax,
          aperturesY: ay,
          pitchUm: undefined,
        },
      };
    }
  }
  return { kind: 'unknown', model: text };
}

function knownByName(text: string): ChipLayout | undefined {
  const key = normaliseModel(text);
  const names = Object.keys(KNOWN_CHIP_LAYOUTS).sort((a, b) => b.length - a.length);
  const hit = names.find((name) => key === name || key.startsWith(name));
  return hit === undefined ? undefined : KNOWN_CHIP_LAYOUTS[hit];
}

export function blockCount(layout: ChipLayout): number {
  return layout.blocksX * layout.blocksY;
}

export function aperturesPerBlock(layout: ChipLayout): number {
  return layout.aperturesX * layout.aperturesY;
}

/** Every aperture of the chip: 8 × 8 blocks of 20 × 20 = 25 600 on an Oxford chip. */
export function chipPositions(layout: ChipLayout): number {
  return blockCount(layout) * aperturesPerBlock(layout);
}

/** `A1` for block 1; rows beyond Z continue as AA, AB… */
export function blockLabel(layout: ChipLayout, blockNumber: number): string {
  const index = blockNumber - 1;
  const row = Math.floor(index / layout.blocksX);
  const col = (index % layout.blocksX) + 1;
  return `${rowLetters(row)}${col}`;
}

function rowLetters(row: number): string {
  let n = row;
  let out = '';
  do {
    out = String.fromCharCode(65 + (n % 26)) + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return out;
}

function rowIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export type ChipPattern =
  | { kind: 'not-recorded' }
  /** Every aperture; `note` keeps what else the text said ("HARE (return to each aperture)"). */
  | { kind: 'full'; text: string; note: string | undefined }
  /** Block numbers (1-based, reading order), sorted, without duplicates. */
  | { kind: 'blocks'; text: string; blocks: number[] }
  | { kind: 'unknown'; text: string; reason: string };

const FULL = /\b(full|all|entire|whole)\b/i;
/** `A1`, `h8`, `AA12` */
const ADDRESS = /^([a-z]{1,2})(\d{1,3})$/i;
const NUMBER = /^\d{1,4}$/;

/**
 * Reads `chipPattern` leniently: "full", "full chip, 160x160", "blocks 1-8", "block 3",
 * "1-8, 10, 12-14", "A1-A4", "A1, B2-B4". Ranges run in reading order (`A7-B2` is A7, A8, B1,
 * B2 on an 8-wide chip). Letter addresses and range checks need the layout; without it,
 * numbered blocks are still read. Anything else is `unknown`, with the reason.
 */
export function parseChipPattern(
  pattern: string | undefined,
  layout?: ChipLayout | undefined,
): ChipPattern {
  const text = pattern?.trim();
  if (!text) return { kind: 'not-recorded' };

  const full = FULL.exec(text);
  if (full) {
    const note = text
      .replace(full[0], '')
      .replace(/^[\s,;:–-]*(chip\b)?[\s,;:–-]*/i, '')
      .trim();
    return { kind: 'full', text, note: note || undefined };
  }

  const body = text.replace(/^\s*(city\s+)?blocks?\s*[:=]?\s*/i, '');
  const parts = body
    .replace(/\s*(?:-|–|\.\.)\s*|\s+to\s+/gi, '-')
    .split(/\s*(?:[,;]|\band\b)\s*|\s+/i)
    .filter(Boolean);
  if (parts.length === 0) return unknown(text, 'no blocks named');

  const blocks = new Set<number>();
  for (const part of parts) {
    const range = part.split('-');
    if (range.length > 2 || range.some((t) => t === '')) {
      return unknown(text, `cannot read “${part}”`);
    }
    const numbers: number[] = [];
    for (const token of range) {
      const n = blockNumber(token, layout);
      if (typeof n === 'string') return unknown(text, n);
      numbers.push(n);
    }
    const [from, to = from] = numbers as [number, number?];
    if (to < from) return unknown(text, `the range “${part}” runs backwards`);
    for (let n = from; n <= to; n += 1) blocks.add(n);
  }
  if (layout) {
    const max = blockCount(layout);
    const outside = [...blocks].filter((n) => n > max);
    if (outside.length > 0) {
      return unknown(text, `block ${outside[0]} is not on a chip of ${max} blocks`);
    }
  }
  return { kind: 'blocks', text, blocks: [...blocks].sort((a, b) => a - b) };
}

function unknown(text: string, reason: string): ChipPattern {
  return { kind: 'unknown', text, reason };
}

/** A block number, or why the token is not one. */
function blockNumber(token: string, layout: ChipLayout | undefined): number | string {
  if (NUMBER.test(token)) {
    const n = Number(token);
    return n >= 1 ? n : `there is no block ${token}`;
  }
  const address = ADDRESS.exec(token);
  if (address) {
    if (!layout) return `“${token}” needs the chip geometry, which is unknown`;
    const row = rowIndex(address[1] ?? '');
    const col = Number(address[2]);
    if (col < 1 || col > layout.blocksX || row >= layout.blocksY) {
      return `block ${token.toUpperCase()} is not on a chip of ${layout.blocksY} × ${layout.blocksX} blocks`;
    }
    return row * layout.blocksX + col;
  }
  return `cannot read “${token}”`;
}

/** Apertures covered by the pattern; `undefined` when that cannot be known. */
export function patternPositions(pattern: ChipPattern, layout: ChipLayout): number | undefined {
  switch (pattern.kind) {
    case 'full':
      return chipPositions(layout);
    case 'blocks':
      return pattern.blocks.length * aperturesPerBlock(layout);
    default:
      return undefined;
  }
}

/** Whether a block (1-based) is covered; `undefined` when the pattern is not known. */
export function isBlockShot(pattern: ChipPattern, blockNumber: number): boolean | undefined {
  switch (pattern.kind) {
    case 'full':
      return true;
    case 'blocks':
      return pattern.blocks.includes(blockNumber);
    default:
      return undefined;
  }
}

/** Compact form of block numbers: [1,2,3,5] → "1–3, 5". */
export function formatBlockRanges(blocks: readonly number[], layout?: ChipLayout): string {
  const label = (n: number) => (layout ? blockLabel(layout, n) : String(n));
  const out: string[] = [];
  let i = 0;
  while (i < blocks.length) {
    const start = blocks[i] as number;
    let end = start;
    while (i + 1 < blocks.length && blocks[i + 1] === end + 1) {
      i += 1;
      end += 1;
    }
    out.push(start === end ? label(start) : `${label(start)}–${label(end)}`);
    i += 1;
  }
  return out.join(', ');
}
