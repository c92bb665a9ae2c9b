import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { DataCollection, DataCollectionGroup } from '../../domain/data-collection';
import { deriveDeliveryDevice } from '../../domain/delivery-device';
import type { Experiment } from '../../domain/experiment';
import type {
  Availability,
  ExperimentRecord,
  RunRecord,
  SessionExperiments,
} from '../../domain/experiment-summary';
import type { SsxRunStats } from '../../domain/processing';
import type { EventChain } from '../../domain/timing';
import { capabilitiesQuery } from '../capabilities';
import { isApiError } from '../errors';
import type { HttpClient } from '../http';
import { eventChainsQuery, type EventChainRoute } from './eventchains';
import { sessionGroupsQuery } from './events';
import { experimentQuery } from './runs';
import { fetchSsxStats } from './ssx-processing';

/** Requests in flight at once while reading the runs, summaries and timing of a session. */
export const SUMMARY_CONCURRENCY = 4;
/** Run ids per `/ssx/datacollection/processing/stats` call (the ids go in the query string). */
export const STATS_CHUNK_SIZE = 100;
/**
 * Groups read this recently are reused rather than read again: the groups query and this one
 * are polled together, so one refresh reads `/events?sessionId=` once, not twice.
 */
const GROUPS_REUSE_MS = 5_000;

export interface SessionGroupSummaries extends SessionExperiments {
  /** Which event-chain route answered; `undefined` before asking or when there is none. */
  eventChainRoute: EventChainRoute | undefined;
}

/** `fn` over `items` with at most `limit` calls pending; stops scheduling after a failure. */
export async function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
  signal?: AbortSignal,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      signal?.throwIfAborted();
      const index = next;
      next += 1;
      try {
        results[index] = await fn(items[index] as T);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const isNotFound = (error: unknown) => isApiError(error) && error.kind === 'not-found';

/**
 * Groups whose runs may have SSX processing and timing: anything not known to be a pin, so an
 * SSX group with an empty experiment type (common on real servers) is not missed.
 */
function mayBeSerial(group: DataCollectionGroup): boolean {
  return deriveDeliveryDevice(group, group.latestRun.ssx, undefined).kind !== 'pin';
}

const sameRun = (a: DataCollection | undefined, b: DataCollection) =>
  a !== undefined &&
  a.id === b.id &&
  a.runStatus === b.runStatus &&
  a.numberOfImages === b.numberOfImages;

/** Whether runs read earlier still describe `group`: same count, same latest run, same end. */
function isCurrent(
  runs: readonly DataCollection[],
  readWith: DataCollectionGroup,
  group: DataCollectionGroup,
): boolean {
  const latest = runs.reduce<DataCollection | undefined>(
    (best, run) => (best === undefined || run.id > best.id ? run : best),
    undefined,
  );
  return (
    runs.length === group.runCount &&
    sameRun(latest, group.latestRun) &&
    readWith.end?.getTime() === group.end?.getTime()
  );
}

const isCurrentExperiment = (
  experiment: Experiment | null | undefined,
  group: DataCollectionGroup,
) => !!experiment && isCurrent(experiment.runs, experiment.group, group);

interface Context {
  http: HttpClient;
  client: QueryClient;
  signal: AbortSignal | undefined;
}

/**
 * Every run of each group: kept from the previous read while the group has not changed, else
 * read through the experiment page's own query (so opening an experiment from the session is
 * instant, and a fresh entry there is not read twice).
 */
async function readRuns(
  { http, client, signal }: Context,
  groups: readonly DataCollectionGroup[],
  previous: SessionGroupSummaries | undefined,
): Promise<DataCollection[][]> {
  const before = new Map(previous?.experiments.map((e) => [e.group.id, e]));
  return mapWithConcurrency(
    groups,
    SUMMARY_CONCURRENCY,
    async (group) => {
      const known = before.get(group.id);
      const knownRuns = known?.runs.map((r) => r.run);
      if (known && knownRuns && isCurrent(knownRuns, known.group, group)) return knownRuns;
      const experiment = await client.query({
        ...experimentQuery(http, group.id),
        staleTime: (query) => (isCurrentExperiment(query.state.data, group) ? Infinity : 0),
      });
      // a group the user may not see run by run: at least its latest run is known
      return experiment?.runs ?? [group.latestRun];
    },
    signal,
  );
}

/** Processing summaries of `ids`, a hundred per call; `undefined` when the server has none. */
async function readStats(
  { http, signal }: Context,
  ids: readonly number[],
): Promise<SsxRunStats[] | undefined> {
  try {
    const answers = await mapWithConcurrency(
      chunks(ids, STATS_CHUNK_SIZE),
      SUMMARY_CONCURRENCY,
      (chunk) => fetchSsxStats(http, chunk, signal),
      signal,
    );
    return answers.flat();
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/** One run's chains from the shared cache: a run's timing does not change once written. */
function readChains(
  { http, client }: Context,
  runId: number,
  route: EventChainRoute,
): Promise<EventChain[]> {
  return client.query({ ...eventChainsQuery(http, runId, route), staleTime: Infinity });
}

/**
 * The event-chain route of this server: the capabilities when already read, else by asking for
 * the first run's chains (ssx-webservice's `/eventchains`, then 192's `/eventchain`). `undefined`
 * when neither exists.
 */
async function findChainRoute(
  context: Context,
  firstRunId: number,
): Promise<{ route: EventChainRoute; chains: EventChain[] } | undefined> {
  const known = context.client.getQueryData(capabilitiesQuery(context.http).queryKey);
  const candidates: EventChainRoute[] = known
    ? known.eventChains
      ? [known.eventChains]
      : []
    : ['eventchains', 'eventchain'];
  for (const route of candidates) {
    try {
      return { route, chains: await readChains(context, firstRunId, route) };
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }
  return undefined;
}

/**
 * What the session table needs about every group of a session, read incrementally: runs are read
 * again only for groups that changed, summaries only for runs without one, timing only for runs
 * not yet read. Missing SSX routes (404) make `processing` / `timing` `'not-provided'`; any other
 * failure fails the read.
 */
export async function fetchSessionGroupSummaries(
  http: HttpClient,
  client: QueryClient,
  groups: readonly DataCollectionGroup[],
  previous: SessionGroupSummaries | undefined,
  signal?: AbortSignal,
): Promise<SessionGroupSummaries> {
  const context: Context = { http, client, signal };
  const runsByGroup = await readRuns(context, groups, previous);

  const before = new Map<number, RunRecord>();
  for (const experiment of previous?.experiments ?? []) {
    for (const record of experiment.runs) before.set(record.run.id, record);
  }
  const serialRunIds = groups.flatMap((group, i) =>
    mayBeSerial(group) ? (runsByGroup[i] ?? []).map((run) => run.id) : [],
  );

  // Processing summaries: only for runs that do not have one yet.
  let processing: Availability = previous?.processing ?? 'provided';
  const capabilities = client.getQueryData(capabilitiesQuery(http).queryKey);
  if (capabilities && !capabilities.ssxProcessing) processing = 'not-provided';
  const stats = new Map<number, SsxRunStats>();
  for (const [id, record] of before) if (record.stats) stats.set(id, record.stats);
  if (processing === 'provided') {
    const wanted = serialRunIds.filter((id) => !stats.has(id));
    const fresh = await readStats(context, wanted);
    if (fresh === undefined) processing = 'not-provided';
    for (const s of fresh ?? []) stats.set(s.dataCollectionId, s);
  }

  // Timing patterns: only for runs not read yet.
  const chains = new Map<number, readonly EventChain[]>();
  for (const [id, record] of before) if (record.chains) chains.set(id, record.chains);
  let timing: Availability = previous?.timing ?? 'provided';
  let route = previous?.eventChainRoute;
  const unread = serialRunIds.filter((id) => !chains.has(id));
  if (timing === 'provided' && unread.length > 0) {
    if (route === undefined) {
      const found = await findChainRoute(context, unread[0] as number);
      if (found) {
        route = found.route;
        chains.set(unread[0] as number, found.chains);
      } else {
        timing = 'not-provided';
      }
    }
    if (route !== undefined) {
      const chainRoute = route;
      const rest = unread.filter((id) => !chains.has(id));
      const read = await mapWithConcurrency(
        rest,
        SUMMARY_CONCURRENCY,
        // one run without chains (404) stays unread, to be asked again on the next refresh
        (id) =>
          readChains(context, id, chainRoute).catch((error: unknown) => {
            if (isNotFound(error)) return undefined;
            throw error;
          }),
        signal,
      );
      rest.forEach((id, i) => {
        const result = read[i];
        if (result) chains.set(id, result);
      });
    }
  }

  const experiments: ExperimentRecord[] = groups.map((group, i) => ({
    group,
    runs: (runsByGroup[i] ?? []).map((run) => ({
      run,
      stats: stats.get(run.id),
      chains: chains.get(run.id),
    })),
  }));
  return { experiments, processing, timing, eventChainRoute: route };
}

/**
 * Per-group summaries of a session's experiments: every run (`/events?dataCollectionGroupId=`),
 * their SSX processing summaries and their timing patterns. A child of the groups query's key,
 * so invalidating a session's groups refreshes it too.
 */
export const sessionGroupSummariesQuery = (http: HttpClient, sessionId: number) =>
  queryOptions({
    queryKey: ['sessions', sessionId, 'groups', 'summaries'] as const,
    queryFn: async ({ signal, client, queryKey }) => {
      const groups = await client.query({
        ...sessionGroupsQuery(http, sessionId),
        staleTime: GROUPS_REUSE_MS,
      });
      const previous = client.getQueryData<SessionGroupSummaries>(queryKey);
      return fetchSessionGroupSummaries(http, client, groups, previous, signal);
    },
  });
