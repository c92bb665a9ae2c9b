import { useQueries, useSuspenseQueries } from '@tanstack/react-query';
import type { Capabilities } from '../../api/capabilities';
import { isApiError } from '../../api/errors';
import type { HttpClient } from '../../api/http';
import { processingStatusesQuery } from '../../api/ispyb/processings';
import { ssxStatsQuery } from '../../api/ispyb/ssx-processing';
import type { RunProcessingStatus, SsxRunStats } from '../../domain/processing';
import { chunk } from './route-id';

/** Ids per request: a long list in the query string is refused by some proxies. */
export const IDS_PER_REQUEST = 50;

export interface RunStatsState {
  stats: SsxRunStats[];
  /** `unavailable`: the server has no SSX processing route. */
  status: 'unavailable' | 'pending' | 'error' | 'success';
  error: unknown;
  retry: () => void;
}

/**
 * The stats route answers a list and leaves out runs without results: a 404 means the server has
 * no such route after all (a proxy, another py-ispyb line), read as "not provided", as the session
 * page does.
 */
export function isStatsRouteMissing(error: unknown): boolean {
  return isApiError(error) && error.kind === 'not-found';
}

/** Hit/indexing summaries of the runs, without suspending (the runs table shows them as they come). */
export function useRunStats(
  http: HttpClient,
  runIds: readonly number[],
  capabilities: Capabilities,
): RunStatsState {
  const chunks = capabilities.ssxProcessing ? chunk(runIds, IDS_PER_REQUEST) : [];
  return useQueries({
    queries: chunks.map((ids) => ssxStatsQuery(http, ids)),
    combine: (results) => {
      const error = results.find((r) => r.isError)?.error;
      return {
        stats: results.flatMap((r) => r.data ?? []),
        status:
          !capabilities.ssxProcessing || isStatsRouteMissing(error)
            ? 'unavailable'
            : error
              ? 'error'
              : results.some((r) => r.isPending)
                ? 'pending'
                : 'success',
        error,
        retry: () => {
          for (const r of results) if (r.isError) void r.refetch();
        },
      };
    },
  });
}

/** The same summaries, suspending until all have arrived (for the funnel). */
export function useSuspenseRunStats(http: HttpClient, runIds: readonly number[]): SsxRunStats[] {
  return useSuspenseQueries({
    queries: chunk(runIds, IDS_PER_REQUEST).map((ids) => ssxStatsQuery(http, ids)),
    combine: (results) => results.flatMap((r) => r.data),
  });
}

/** Processing programs per run: only decorates the status column, so failures are ignored. */
export function useProcessingStatuses(
  http: HttpClient,
  runIds: readonly number[],
): RunProcessingStatus[] {
  return useQueries({
    queries: chunk(runIds, IDS_PER_REQUEST).map((ids) => ({
      ...processingStatusesQuery(http, ids),
      retry: false,
    })),
    combine: (results) => results.flatMap((r) => r.data ?? []),
  });
}
