import { queryOptions } from '@tanstack/react-query';
import type { CellHistograms, SsxRunStats } from '../../domain/processing';
import { ApiError } from '../errors';
import type { DelegatedRequest, HttpClient } from '../http';
import { cellHistogramsSchema, ssxStatsListSchema } from './ssx-processing.dto';
import {
  mapCellHistograms,
  mapSsxStats,
  parseUnitCells,
  type ParsedUnitCells,
} from './ssx-processing.mapper';

/** The `/ssx/*` routes want ids as `1,2,3` (not the JSON array `/processings/status` wants). */
function commaIds(ids: readonly number[]): string {
  return ids.join(',');
}

/** Sorted and de-duplicated, so `[3,2]` and `[2,3,3]` share one cache entry. */
function canonicalIds(ids: readonly number[]): number[] {
  return [...new Set(ids)].sort((a, b) => a - b);
}

/** Hit/indexing summaries; runs without a result file are simply absent from the answer. */
export async function fetchSsxStats(
  http: HttpClient,
  dataCollectionIds: readonly number[],
  signal?: AbortSignal,
): Promise<SsxRunStats[]> {
  // the route rejects an empty list (422): nothing to ask for is an empty answer
  if (dataCollectionIds.length === 0) return [];
  const dto = await http.get('/ssx/datacollection/processing/stats', ssxStatsListSchema, {
    params: { dataCollectionIds: commaIds(dataCollectionIds) },
    signal,
  });
  return dto.map(mapSsxStats);
}

/** Server-binned histograms of the indexed cells of the given runs, pooled. */
export async function fetchCellHistograms(
  http: HttpClient,
  dataCollectionIds: readonly number[],
  signal?: AbortSignal,
): Promise<CellHistograms> {
  if (dataCollectionIds.length === 0) {
    return {
      a: undefined,
      b: undefined,
      c: undefined,
      alpha: undefined,
      beta: undefined,
      gamma: undefined,
    };
  }
  const dto = await http.get(
    '/ssx/datacollection/processing/cells/histogram',
    cellHistogramsSchema,
    {
      params: { dataCollectionIds: commaIds(dataCollectionIds) },
      signal,
    },
  );
  return mapCellHistograms(dto);
}

/**
 * Every indexed cell of a run, as the raw response: up to 10⁶ rows, to be read as a stream
 * (e.g. in a worker). 404 (`not-found`) when the run has no cell file.
 */
export function fetchUnitCellsResponse(
  http: HttpClient,
  dataCollectionId: number,
  signal?: AbortSignal,
): Promise<Response> {
  return http.stream('/ssx/datacollection/processing/cells', {
    params: { dataCollectionId },
    signal,
  });
}

/** The same request, for the unit-cell worker to make itself (where `http` can delegate). */
export function delegateUnitCellsRequest(
  http: HttpClient,
  dataCollectionId: number,
): DelegatedRequest | undefined {
  return http.delegate?.('/ssx/datacollection/processing/cells', { dataCollectionId });
}

/** The same cells read on the main thread: only for small runs, tests and the demo. */
export async function fetchUnitCells(
  http: HttpClient,
  dataCollectionId: number,
  signal?: AbortSignal,
): Promise<ParsedUnitCells> {
  const response = await fetchUnitCellsResponse(http, dataCollectionId, signal);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new ApiError('malformed', 'The server answered with data that is not valid JSON.', {
      status: response.status,
      url: response.url,
    });
  }
  return parseUnitCells(json);
}

export const ssxStatsQuery = (http: HttpClient, dataCollectionIds: readonly number[]) => {
  const ids = canonicalIds(dataCollectionIds);
  return queryOptions({
    queryKey: ['ssxProcessing', 'stats', ids],
    queryFn: ({ signal }) => fetchSsxStats(http, ids, signal),
  });
};

export const cellHistogramsQuery = (http: HttpClient, dataCollectionIds: readonly number[]) => {
  const ids = canonicalIds(dataCollectionIds);
  return queryOptions({
    queryKey: ['ssxProcessing', 'cellHistograms', ids],
    queryFn: ({ signal }) => fetchCellHistograms(http, ids, signal),
  });
};
