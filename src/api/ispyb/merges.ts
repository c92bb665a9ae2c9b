import { queryOptions } from '@tanstack/react-query';
import type { Capabilities } from '../capabilities';
import type { MergedDataset, MergedDatasetSummary } from '../../domain/merged-dataset';
import type { HttpClient } from '../http';
import { mergeDetailSchema, mergePageSchema } from './merges.dto';
import { mapMerge, mapMergeDetail } from './merges.mapper';
import { fetchAllPages } from './paging';

/** The route of the merged-datasets extension, as `capabilities.hasRoute` is asked. */
export const MERGES_ROUTE = '/ssx/merges';

/** Whether this server implements the merged-datasets extension (docs/extensions/). */
export function hasMergedDatasets(capabilities: Capabilities): boolean {
  return capabilities.hasRoute('get', MERGES_ROUTE);
}

/** Every merged dataset of an experiment, all pages. */
export async function fetchGroupMerges(
  http: HttpClient,
  groupId: number,
  signal?: AbortSignal,
): Promise<MergedDatasetSummary[]> {
  const dtos = await fetchAllPages(
    http,
    MERGES_ROUTE,
    mergePageSchema,
    { dataCollectionGroupIds: String(groupId) },
    signal,
  );
  return dtos.map(mapMerge);
}

/** One merged dataset with its per-shell table (checked: see `mapMergeDetail`). */
export async function fetchMerge(
  http: HttpClient,
  mergeId: number,
  signal?: AbortSignal,
): Promise<MergedDataset> {
  return mapMergeDetail(
    await http.get(`${MERGES_ROUTE}/${mergeId}`, mergeDetailSchema, { signal }),
  );
}

export const groupMergesQuery = (http: HttpClient, groupId: number) =>
  queryOptions({
    queryKey: ['dataCollectionGroups', groupId, 'merges'],
    queryFn: ({ signal }) => fetchGroupMerges(http, groupId, signal),
  });

export const mergeQuery = (http: HttpClient, mergeId: number) =>
  queryOptions({
    queryKey: ['merges', mergeId],
    queryFn: ({ signal }) => fetchMerge(http, mergeId, signal),
  });
