import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/errors';

/**
 * Retries only what may succeed on a second try; never a 401/403/404/422 or a contract error.
 * Requests go out even when the browser says it is offline (`networkMode: 'always'`): TanStack's
 * default would pause them silently, leaving a spinner that blames a "slow" server; failing
 * instead shows "Cannot reach the ISPyB server" with a Retry.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        networkMode: 'always',
        retry: (failureCount, error) =>
          failureCount < 1 && isApiError(error) && error.retryable && error.kind !== 'timeout',
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}
