import { useQueries, useQuery } from '@tanstack/react-query';
import { capabilitiesQuery } from '../../api/capabilities';
import { isApiError } from '../../api/errors';
import { useHttp } from '../../api/http-context';
import { experimentQuery, sampleGroupsQuery } from '../../api/ispyb/runs';
import { ssxStatsQuery } from '../../api/ispyb/ssx-processing';
import { experimentFunnel } from '../../domain/experiment';

/** Ids per stats request, as the experiment page sends them (long query strings get refused). */
const IDS_PER_REQUEST = 50;

export type SampleRates =
  | { status: 'no-sample' }
  | { status: 'pending' }
  | { status: 'error'; error: unknown; retry: () => void }
  /** The server has no SSX processing statistics. */
  | { status: 'unavailable' }
  /** The sample has no processed run yet. */
  | { status: 'no-history' }
  | { status: 'ok'; hitRate: number; indexingRate: number; runs: number; images: number };

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Hit and indexing rates over every processed run of a sample (its experiments' funnels pooled),
 * the default for a new plan with that sample. Reads without suspending: the editor works while
 * this loads or fails.
 */
export function useSampleRates(sampleId: number | undefined): SampleRates {
  const http = useHttp();
  const capabilities = useQuery(capabilitiesQuery(http));
  const groups = useQuery({
    ...sampleGroupsQuery(http, sampleId ?? 0),
    enabled: sampleId !== undefined,
  });
  const experiments = useQueries({
    queries: (groups.data ?? []).map((g) => experimentQuery(http, g.id)),
  });
  const runs = experiments.flatMap((q) => q.data?.runs ?? []);
  const canStat = capabilities.data?.ssxProcessing === true;
  const stats = useQueries({
    queries: canStat
      ? chunk(
          runs.map((r) => r.id),
          IDS_PER_REQUEST,
        ).map((ids) => ssxStatsQuery(http, ids))
      : [],
  });

  if (sampleId === undefined) return { status: 'no-sample' };
  // the stats route answering 404 means this server does not provide it after all
  const statsError = stats.find((q) => q.isError)?.error;
  if (isApiError(statsError) && statsError.kind === 'not-found') return { status: 'unavailable' };
  const failed = [capabilities, groups, ...experiments, ...stats].find((q) => q.isError);
  if (failed) {
    return {
      status: 'error',
      error: failed.error,
      retry: () => {
        for (const q of [capabilities, groups, ...experiments, ...stats]) {
          if (q.isError) void q.refetch();
        }
      },
    };
  }
  if ([capabilities, groups, ...experiments, ...stats].some((q) => q.isPending)) {
    return { status: 'pending' };
  }
  if (!canStat) return { status: 'unavailable' };
  const funnel = experimentFunnel(
    runs,
    stats.flatMap((q) => q.data ?? []),
  );
  if (funnel.hitRate === undefined || funnel.indexingRate === undefined) {
    return { status: 'no-history' };
  }
  return {
    status: 'ok',
    hitRate: funnel.hitRate,
    indexingRate: funnel.indexingRate,
    runs: funnel.processedRunCount,
    images: funnel.processedImages,
  };
}
