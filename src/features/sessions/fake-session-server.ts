/**
 * Test-only: a small py-ispyb serving one session's groups, runs, SSX processing summaries and
 * event chains in the real wire shapes (validated by the real schemas through `createFakeHttp`).
 * Routes can be switched off to play a server without `/ssx` or event chains.
 */
import recordedEvents from '../../../tests/fixtures/recorded/events-datacollections-ssx.json';
import { ApiError } from '../../api/errors';
import type { QueryParams } from '../../api/http';

export interface FakeRun {
  id: number;
  /** ISO, facility local time */
  start: string;
  end: string;
  runStatus?: string | null;
  images?: number | null;
  stats?: { hits: number; indexed: number; resolution?: number };
  /** Delays (s) of a laser → X-ray chain; `'dark'` for X-ray only; none: no chain. */
  timing?: number[] | 'dark';
}

export interface FakeGroup {
  id: number;
  type: string;
  sample: string | null;
  chipModel?: string;
  runs: FakeRun[];
}

export interface FakeSessionOptions {
  sessionId: number;
  sessionName: string;
  proposal: string;
  groups: FakeGroup[];
  /** `/ssx/datacollection/processing/stats` exists (default true). */
  ssx?: boolean;
  /** Which event-chain route exists (default `eventchains`). */
  eventChains?: 'eventchains' | 'eventchain' | false;
  /** Answer after this many ms (to observe concurrency). */
  latencyMs?: number;
}

const baseItem = recordedEvents.response.results[0]?.Item;

function item(group: FakeGroup, run: FakeRun) {
  return {
    ...baseItem,
    dataCollectionId: run.id,
    runStatus: run.runStatus === undefined ? 'Data collection successful' : run.runStatus,
    numberOfImages: run.images === undefined ? 10_000 : run.images,
    DataCollectionGroup: {
      dataCollectionGroupId: group.id,
      experimentType: group.type,
      blSampleId: null,
      Workflow: null,
    },
    SSXDataCollection: group.chipModel
      ? { dataCollectionId: run.id, chipModel: group.chipModel, chipPattern: 'full' }
      : null,
  };
}

const minutes = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 60_000;

function event(options: FakeSessionOptions, group: FakeGroup, runs: readonly FakeRun[]) {
  const latest = runs.reduce((best, r) => (r.id > best.id ? r : best));
  return {
    id: latest.id,
    type: 'dc',
    startTime: runs.map((r) => r.start).sort()[0] ?? null,
    endTime:
      runs
        .map((r) => r.end)
        .sort()
        .at(-1) ?? null,
    duration: runs.reduce((sum, r) => sum + minutes(r.start, r.end), 0),
    count: runs.length,
    session: options.sessionName,
    sessionId: options.sessionId,
    proposal: options.proposal,
    blSample: group.sample,
    blSampleId: null,
    attachments: 0,
    Item: item(group, latest),
  };
}

function chainDto(run: FakeRun) {
  const xray = (eventId: number, offset: number) => ({
    eventId,
    eventChainId: run.id,
    eventTypeId: 2,
    componentId: null,
    name: 'X-ray probe',
    offset,
    duration: 0.004,
    period: null,
    repetition: 1,
  });
  const delays = run.timing === 'dark' ? [] : (run.timing ?? []);
  const laser = {
    eventId: 1,
    eventChainId: run.id,
    eventTypeId: 3,
    componentId: null,
    name: 'Laser pump',
    offset: 0,
    duration: 8e-9,
    period: null,
    repetition: 1,
  };
  return {
    eventChainId: run.id,
    dataCollectionId: run.id,
    name: null,
    events: run.timing === 'dark' ? [xray(2, 0)] : [laser, ...delays.map((d, i) => xray(i + 2, d))],
  };
}

const notFound = (path: string) =>
  new ApiError('not-found', 'Not found, or you do not have access to it.', {
    status: 404,
    url: path,
    serverMessage: 'Not Found',
  });

function page<T>(items: readonly T[], params: QueryParams | undefined) {
  const skip = Number(params?.skip ?? 0);
  const limit = Number(params?.limit ?? 25);
  return { total: items.length, results: items.slice(skip, skip + limit), skip, limit };
}

export interface FakeSessionServer {
  get: (path: string, params: QueryParams | undefined) => Promise<unknown>;
  /** `path?query` of every request, in order. */
  calls: string[];
  /** Most requests pending at once so far. */
  maxInFlight: () => number;
}

export function fakeSessionServer(options: FakeSessionOptions): FakeSessionServer {
  const { ssx = true, eventChains = 'eventchains', latencyMs = 0 } = options;
  const calls: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const runs = new Map(options.groups.flatMap((g) => g.runs.map((r) => [r.id, r] as const)));

  function answer(path: string, params: QueryParams | undefined): unknown {
    if (path === '/events' && params?.sessionId === options.sessionId) {
      const events = options.groups.map((g) => event(options, g, g.runs));
      return page(
        events.sort((a, b) => (b.startTime ?? '').localeCompare(a.startTime ?? '')),
        params,
      );
    }
    if (path === '/events' && params?.dataCollectionGroupId !== undefined) {
      const group = options.groups.find((g) => g.id === params.dataCollectionGroupId);
      return page(group ? group.runs.map((r) => event(options, group, [r])) : [], params);
    }
    if (path === '/ssx/datacollection/processing/stats' && ssx) {
      const ids = String(params?.dataCollectionIds ?? '')
        .split(',')
        .map(Number);
      return ids.flatMap((id) => {
        const stats = runs.get(id)?.stats;
        return stats
          ? [
              {
                dataCollectionId: id,
                nbHits: stats.hits,
                nbIndexed: stats.indexed,
                laticeType: 'hexagonal',
                estimatedResolution: stats.resolution ?? null,
              },
            ]
          : [];
      });
    }
    if (path === '/eventchains' && eventChains === 'eventchains') {
      const run = runs.get(Number(params?.dataCollectionId));
      return page(run?.timing ? [chainDto(run)] : [], params);
    }
    if (path === '/eventchain' && eventChains === 'eventchain') {
      const run = runs.get(Number(params?.dataCollectionId));
      return run?.timing ? [chainDto(run)] : [];
    }
    throw notFound(path);
  }

  return {
    calls,
    maxInFlight: () => maxInFlight,
    async get(path, params) {
      const query = Object.entries(params ?? {})
        .filter(([key]) => key !== 'skip' && key !== 'limit')
        .map(([key, value]) => `${key}=${String(value)}`)
        .join('&');
      calls.push(query ? `${path}?${query}` : path);
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      try {
        if (latencyMs) await new Promise((resolve) => setTimeout(resolve, latencyMs));
        return answer(path, params);
      } finally {
        inFlight -= 1;
      }
    },
  };
}
