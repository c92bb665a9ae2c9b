import { describe, expect, it } from 'vitest';
import type { UnitCellRecipe } from './dataset.types';
import { cellHistograms, createCellSource, histogram, streamCellsJson } from './unit-cells';

const recipe: UnitCellRecipe = {
  seed: 42,
  count: 2_500,
  mean: [79.1, 79.1, 38.0, 90, 90, 90],
  lengthSpread: 0.004,
  angleSpread: 0.1,
  outlierFraction: 0.03,
  secondLattice: null,
};

describe('unit cells', () => {
  it('streams exactly the cells the source generates, as Python-style JSON', async () => {
    const text = await new Response(streamCellsJson(recipe, 700)).text();
    expect(text.startsWith('{"unit_cells": [[')).toBe(true);
    const parsed = (JSON.parse(text) as { unit_cells: number[][] }).unit_cells;
    const expected = createCellSource(recipe).next(recipe.count);
    expect(parsed).toHaveLength(recipe.count);
    expect(parsed.flat()).toEqual([...expected]);
    // a = b when the mean has a = b (tetragonal).
    expect(parsed.filter((cell) => cell[0] === cell[1]).length).toBe(recipe.count);
    expect(text).toMatch(/\d\.0[,\]]/);
  });

  it('streams an empty list when a run has no cells', async () => {
    expect(await new Response(streamCellsJson({ ...recipe, count: 0 })).text()).toBe(
      '{"unit_cells": []}',
    );
  });

  it('mixes in a second lattice when asked', () => {
    const cells = createCellSource({
      ...recipe,
      count: 5_000,
      outlierFraction: 0,
      secondLattice: { fraction: 0.1, mean: [91.2, 91.2, 45.9, 90, 90, 120] },
    }).next(5_000);
    let second = 0;
    for (let i = 0; i < cells.length; i += 6) if ((cells[i + 5] ?? 0) > 110) second += 1;
    expect(second / 5_000).toBeGreaterThan(0.07);
    expect(second / 5_000).toBeLessThan(0.13);
  });

  it('bins like numpy after dropping values beyond 1.5 IQR', () => {
    const values = new Float64Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1000]);
    const h = histogram(values);
    expect(h?.x).toHaveLength(51);
    expect(h?.y).toHaveLength(50);
    expect(h?.median).toBe(6);
    expect(h?.x[0]).toBe(1);
    expect(h?.x[50]).toBe(10);
    expect(h?.y.reduce((a, b) => a + b)).toBe(10);
    expect(h?.y[49]).toBe(1);
    const flat = histogram(new Float64Array([90, 90, 90]));
    expect(flat?.x[0]).toBe(89.5);
    expect(flat?.x[50]).toBe(90.5);
    expect(flat?.y[25]).toBe(3);
    expect(histogram(new Float64Array())).toBeNull();
  });

  it('builds six histograms over several runs', () => {
    const result = cellHistograms([recipe, { ...recipe, seed: 43 }]);
    expect(Object.keys(result)).toEqual(['a', 'b', 'c', 'alpha', 'beta', 'gamma']);
    expect(result.a?.median).toBeCloseTo(79.1, 1);
    expect(result.gamma?.median).toBeCloseTo(90, 1);
  });
});
