import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/errors';

/** Retries only what may succeed on a second try; never a 401/403/404/422 or a contract error. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failureCount, error) =>
          failureCount < 1 && isApiError(error) && error.retryable && error.kind !== 'timeout',
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
