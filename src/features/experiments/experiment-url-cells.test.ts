import { describe, expect, it } from 'vitest';
import { CELL_PAIRS, MAX_BINS, MIN_BINS } from '../../domain/cell-statistics-summary';
import { cellsViewCodec, DEFAULT_CELLS_VIEW, type CellsViewState } from './experiment-url-cells';

const decode = (qs: string) => cellsViewCodec.decode(new URLSearchParams(qs));
const encode = (state: CellsViewState) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(cellsViewCodec.encode(state))) {
    if (value !== undefined) params.set(key, value);
  }
  return params.toString();
};

describe('cellsViewCodec', () => {
  it('reads an empty query as the defaults and writes the defaults as nothing', () => {
    expect(decode('')).toEqual(DEFAULT_CELLS_VIEW);
    expect(encode(DEFAULT_CELLS_VIEW)).toBe('');
  });

  it('round-trips every setting', () => {
    const state: CellsViewState = {
      bins: 120,
      hideOutliers: false,
      pair: ['b', 'gamma'],
      pairHideOutliers: true,
    };
    const qs = encode(state);
    expect(qs).toBe('cellBins=120&cellOutliers=all&cellPair=b-gamma&pairOutliers=hidden');
    expect(decode(qs)).toEqual(state);
  });

  it.each(CELL_PAIRS.map((pair) => [pair.join('-'), pair] as const))(
    'round-trips the %s density',
    (_, pair) => {
      const state = { ...DEFAULT_CELLS_VIEW, pair };
      expect(decode(encode(state))).toEqual(state);
    },
  );

  it('clamps bin counts and ignores what it cannot read', () => {
    expect(decode('cellBins=5').bins).toBe(MIN_BINS);
    expect(decode('cellBins=5000').bins).toBe(MAX_BINS);
    expect(decode('cellBins=12.5&cellOutliers=maybe&cellPair=c-a&pairOutliers=').bins).toBe(
      DEFAULT_CELLS_VIEW.bins,
    );
    // c-a is not one of the pairs (x before y in a, b, c, α, β, γ order)
    expect(decode('cellPair=c-a&cellOutliers=maybe')).toEqual(DEFAULT_CELLS_VIEW);
  });
});
