import { useQueryClient, type FetchQueryOptions, type QueryKey } from '@tanstack/react-query';

/**
 * Starts reads during render (not after the commit) so the ones that suspend one after another
 * run in parallel; a read already in the cache is left alone.
 */
export function usePrefetchQueries<TData, TKey extends QueryKey>(
  queries: readonly FetchQueryOptions<TData, Error, TData, TKey>[],
): void {
  const client = useQueryClient();
  for (const query of queries) {
    if (!client.getQueryState(query.queryKey)) void client.prefetchQuery(query);
  }
}
