import { useQueries } from '@tanstack/react-query';
import type { Capabilities } from '../../api/capabilities';
import type { HttpClient } from '../../api/http';
import { eventChainsQuery } from '../../api/ispyb/eventchains';
import { runTiming, type RunTiming } from '../../domain/experiment';
import type { EventChain } from '../../domain/timing';

export interface RunTimings {
  /** Timing of every run whose chains have loaded. */
  timings: Map<number, RunTiming>;
  chains: Map<number, EventChain[]>;
  /** Runs whose chains are still loading. */
  pending: Set<number>;
  /** Runs whose chains could not be read. */
  failed: Set<number>;
  /** `false` when the server has no event-chain route at all. */
  provided: boolean;
}

/** One RunTiming per chains array (query data is stable), so unchanged runs keep their object. */
const timingCache = new WeakMap<EventChain[], RunTiming>();

function timingOf(chains: EventChain[]): RunTiming {
  let timing = timingCache.get(chains);
  if (!timing) {
    timing = runTiming(chains);
    timingCache.set(chains, timing);
  }
  return timing;
}

/** The event chains of every run (one read per run, cached and shared with the Timing tab). */
export function useRunTimings(
  http: HttpClient,
  runIds: readonly number[],
  capabilities: Capabilities,
): RunTimings {
  const route = capabilities.eventChains;
  return useQueries({
    queries: route ? runIds.map((id) => eventChainsQuery(http, id, route)) : [],
    combine: (results) => {
      const timings = new Map<number, RunTiming>();
      const chains = new Map<number, EventChain[]>();
      const pending = new Set<number>();
      const failed = new Set<number>();
      results.forEach((result, i) => {
        const id = runIds[i];
        if (id === undefined) return;
        if (result.data) {
          chains.set(id, result.data);
          timings.set(id, timingOf(result.data));
        } else if (result.isError) failed.add(id);
        else pending.add(id);
      });
      return { timings, chains, pending, failed, provided: route !== undefined };
    },
  });
}
