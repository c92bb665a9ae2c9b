import { queryOptions } from '@tanstack/react-query';
import type { RunImageHits } from '../../domain/image-hits';
import type { Capabilities } from '../capabilities';
import type { HttpClient } from '../http';
import { runImageHitsListSchema } from './image-hits.dto';
import { mapRunImageHits } from './image-hits.mapper';

export const IMAGE_HITS_ROUTE = '/ssx/datacollection/processing/hits';

/** Whether this server implements ispyb-web's image-hits extension. */
export function hasImageHits(capabilities: Capabilities): boolean {
  return capabilities.hasRoute('get', IMAGE_HITS_ROUTE);
}

/**
 * Hits per batch (and per chip position) of one run; `null` when the server has no results
 * for it (the route leaves such runs out of its list, as the stats route does).
 */
export async function fetchRunImageHits(
  http: HttpClient,
  dataCollectionId: number,
  batchSize: number,
  signal?: AbortSignal,
): Promise<RunImageHits | null> {
  const list = await http.get(IMAGE_HITS_ROUTE, runImageHitsListSchema, {
    params: { dataCollectionIds: String(dataCollectionId), batchSize },
    signal,
  });
  const dto = list.find((entry) => entry.dataCollectionId === dataCollectionId);
  // null, not undefined: TanStack Query refuses an undefined result
  return dto ? mapRunImageHits(dto) : null;
}

export const runImageHitsQuery = (http: HttpClient, dataCollectionId: number, batchSize: number) =>
  queryOptions({
    queryKey: ['ssxProcessing', 'imageHits', dataCollectionId, batchSize],
    queryFn: ({ signal }) => fetchRunImageHits(http, dataCollectionId, batchSize, signal),
  });
