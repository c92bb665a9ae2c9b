import type { UnitCellRecipe } from './dataset.types';
import { HttpError, jsonResponse } from './http.util';
import { ID_LIST_PATTERN, parseQuery } from './query.util';
import { route, type AuthedContext, type Route } from './router';
import { cellHistograms, streamCellsJson, type CellHistograms } from './unit-cells';
import { canSeeDataCollection } from './visibility';

/** `/ssx/datacollection/processing/*` (contract-notes 3.12): what W reads from ssx_stats.json / ssx_cells.json. */

const IDS = {
  dataCollectionIds: { kind: 'string', pattern: ID_LIST_PATTERN, required: true },
} as const;

function idList(text: string | undefined): number[] {
  return (text ?? '').split(',').map((part) => Number.parseInt(part, 10));
}

function visibleProcessing({ db, viewer }: AuthedContext, dataCollectionId: number) {
  if (!canSeeDataCollection(db, viewer, dataCollectionId)) return undefined;
  return db.ssxProcessing.get(dataCollectionId);
}

const HISTOGRAM_CACHE_SIZE = 8;

/** Keyed by the runs actually used, so users who see different subsets never share an entry. */
function cachedHistograms(ctx: AuthedContext, recipes: UnitCellRecipe[]): CellHistograms {
  const key = `histogram:${recipes
    .map((recipe) => recipe.seed)
    .sort((a, b) => a - b)
    .join(',')}`;
  const cached = ctx.cache.get(key) as CellHistograms | undefined;
  if (cached) return cached;
  const computed = cellHistograms(recipes);
  ctx.cache.set(key, computed);
  // Oldest first: a Map iterates in insertion order.
  const histogramKeys = [...ctx.cache.keys()].filter((k) => k.startsWith('histogram:'));
  for (const old of histogramKeys.slice(
    0,
    Math.max(0, histogramKeys.length - HISTOGRAM_CACHE_SIZE),
  )) {
    ctx.cache.delete(old);
  }
  return computed;
}

export const ssxRoutes: Route[] = [
  route('GET', '/ssx/datacollection/processing/stats', (ctx) => {
    const ids = idList(parseQuery(ctx.query, IDS).dataCollectionIds);
    const results = ids.flatMap((id) => {
      const stats = visibleProcessing(ctx, id);
      return stats
        ? [
            {
              nbHits: stats.nbHits,
              nbIndexed: stats.nbIndexed,
              laticeType: stats.laticeType,
              estimatedResolution: stats.estimatedResolution,
              dataCollectionId: stats.dataCollectionId,
            },
          ]
        : [];
    });
    return jsonResponse(results);
  }),

  route('GET', '/ssx/datacollection/processing/cells', (ctx) => {
    const { dataCollectionId } = parseQuery(ctx.query, {
      dataCollectionId: { kind: 'int', required: true },
    });
    const stats = visibleProcessing(ctx, dataCollectionId ?? 0);
    if (!stats) throw new HttpError(404, 'Item not found');
    // Streamed: a run can have 10⁶ cells.
    return new Response(streamCellsJson(stats.cells), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  }),

  route('GET', '/ssx/datacollection/processing/cells/histogram', (ctx) => {
    const ids = idList(parseQuery(ctx.query, IDS).dataCollectionIds);
    const recipes = [...new Set(ids)]
      .map((id) => visibleProcessing(ctx, id)?.cells)
      .filter((recipe): recipe is UnitCellRecipe => recipe !== undefined && recipe.count > 0);
    const histograms: CellHistograms =
      recipes.length === 0
        ? { a: null, b: null, c: null, alpha: null, beta: null, gamma: null }
        : cachedHistograms(ctx, recipes);
    return jsonResponse({ ...histograms, dataCollectionIds: ids });
  }),
];
