import { useQueryClient, type FetchQueryOptions, type QueryKey } from '@tanstack/react-query';

/**
 * `usePrefetchQuery` for a list whose length depends on data (one read per run): starts every
 * read during render, not after the commit, so they run in parallel with the ones that suspend.
 */
export function usePrefetchQueries<TData, TKey extends QueryKey>(
  queries: readonly FetchQueryOptions<TData, Error, TData, TKey>[],
): void {
  const client = useQueryClient();
  for (const query of queries) {
    if (!client.getQueryState(query.queryKey)) void client.prefetchQuery(query);
  }
}
