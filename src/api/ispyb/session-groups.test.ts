import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import {
  fakeSessionServer,
  type FakeGroup,
  type FakeRun,
  type FakeSessionOptions,
} from '../../features/sessions/fake-session-server';
import { createFakeHttp } from '../../testing/render';
import { capabilitiesQuery, parseCapabilities } from '../capabilities';
import { ApiError } from '../errors';
import {
  fetchSessionGroupSummaries,
  mapWithConcurrency,
  sessionGroupSummariesQuery,
  STATS_CHUNK_SIZE,
  SUMMARY_CONCURRENCY,
  type SessionGroupSummaries,
} from './session-groups';

const run = (id: number, extra: Partial<FakeRun> = {}): FakeRun => ({
  id,
  start: '2023-01-25T10:00:00',
  end: '2023-01-25T10:10:00',
  ...extra,
});

const CHIP: FakeGroup = {
  id: 2,
  type: 'SSX-Chip',
  sample: 'PYP_slurry_A',
  chipModel: 'Oxford',
  runs: [
    run(20, { timing: 'dark', stats: { hits: 400, indexed: 300 } }),
    run(21, { timing: [1e-6], stats: { hits: 500, indexed: 250, resolution: 1.8 } }),
    run(22, { timing: [1e-3] }),
  ],
};
const OSC: FakeGroup = { id: 1, type: 'OSC', sample: 'HEWL_xtal', runs: [run(10), run(11)] };

function setup(options: Partial<FakeSessionOptions> = {}) {
  const server = fakeSessionServer({
    sessionId: 1,
    sessionName: 'blc00001-1',
    proposal: 'blc00001',
    groups: [CHIP, OSC],
    ...options,
  });
  const http = createFakeHttp({ get: server.get });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const read = () => client.query(sessionGroupSummariesQuery(http, 1));
  return { server, http, client, read };
}

const runIds = (data: SessionGroupSummaries, groupId: number) =>
  data.experiments.find((e) => e.group.id === groupId)?.runs.map((r) => r.run.id);

describe('sessionGroupSummariesQuery', () => {
  it('reads every run, the processing summaries and the timing of the SSX runs', async () => {
    const { server, read } = setup();
    const data = await read();

    expect(data.processing).toBe('provided');
    expect(data.timing).toBe('provided');
    expect(data.eventChainRoute).toBe('eventchains');
    expect(data.experiments.map((e) => e.group.id)).toEqual([2, 1]);
    expect(runIds(data, 2)).toEqual([20, 21, 22]);
    expect(runIds(data, 1)).toEqual([10, 11]);

    const chip = data.experiments[0]?.runs ?? [];
    expect(chip.map((r) => r.stats?.hits)).toEqual([400, 500, undefined]);
    expect(chip.map((r) => r.chains?.length)).toEqual([1, 1, 1]);
    expect(chip[1]?.chains?.[0]?.events.map((e) => e.type)).toEqual([
      'LaserExcitation',
      'XrayExposure',
    ]);
    // each run keeps its own times from its ungrouped event
    expect(chip[0]?.run.end).toEqual(new Date(2023, 0, 25, 10, 10));

    // one summary call for the session; chains only for the SSX group's runs
    expect(server.calls.filter((c) => c.startsWith('/ssx'))).toEqual([
      '/ssx/datacollection/processing/stats?dataCollectionIds=20,21,22',
    ]);
    expect(server.calls.filter((c) => c.startsWith('/eventchains'))).toEqual([
      '/eventchains?dataCollectionId=20',
      '/eventchains?dataCollectionId=21',
      '/eventchains?dataCollectionId=22',
    ]);
  });

  it('keeps at most four requests in flight and asks for a hundred summaries per call', async () => {
    const many: FakeGroup[] = Array.from({ length: 6 }, (_, g) => ({
      id: 100 + g,
      type: 'SSX-Jet',
      sample: null,
      runs: Array.from({ length: 50 }, (_, i) => run(1000 * (g + 1) + i)),
    }));
    const { server, read } = setup({ groups: many, latencyMs: 2, eventChains: false });
    const data = await read();

    expect(server.maxInFlight()).toBeLessThanOrEqual(SUMMARY_CONCURRENCY);
    const statsCalls = server.calls.filter((c) => c.startsWith('/ssx'));
    expect(statsCalls).toHaveLength(Math.ceil(300 / STATS_CHUNK_SIZE));
    for (const call of statsCalls) {
      expect(call.split('=')[1]?.split(',')).toHaveLength(STATS_CHUNK_SIZE);
    }
    expect(data.experiments.flatMap((e) => e.runs)).toHaveLength(300);
  });

  it('says "not provided" for a server without /ssx or event chains, without failing', async () => {
    const { server, read } = setup({ ssx: false, eventChains: false });
    const data = await read();

    expect(data).toMatchObject({ processing: 'not-provided', timing: 'not-provided' });
    expect(data.eventChainRoute).toBeUndefined();
    expect(data.experiments.flatMap((e) => e.runs).every((r) => !r.stats && !r.chains)).toBe(true);
    // the missing route is asked about once per route, not once per run
    expect(server.calls.filter((c) => c.includes('eventchain'))).toEqual([
      '/eventchains?dataCollectionId=20',
      '/eventchain?dataCollectionId=20',
    ]);
  });

  it("uses the 192 branch's /eventchain when /eventchains is missing", async () => {
    const { server, read } = setup({ eventChains: 'eventchain' });
    const data = await read();

    expect(data).toMatchObject({ timing: 'provided', eventChainRoute: 'eventchain' });
    expect(data.experiments[0]?.runs[1]?.chains?.[0]?.events).toHaveLength(2);
    expect(server.calls.filter((c) => c.startsWith('/eventchain?'))).toHaveLength(3);
  });

  it('trusts the capabilities when they are known, without probing', async () => {
    const { server, client, http, read } = setup({ ssx: false, eventChains: false });
    client.setQueryData(capabilitiesQuery(http).queryKey, parseCapabilities({}));
    const data = await read();

    expect(data).toMatchObject({ processing: 'not-provided', timing: 'not-provided' });
    expect(server.calls.some((c) => c.startsWith('/ssx') || c.includes('eventchain'))).toBe(false);
  });

  it('reads again only what may have changed', async () => {
    const { server, client, http, read } = setup();
    const first = await read();
    server.calls.length = 0;
    // even once the experiment page's cache entries are gone (garbage-collected)
    client.removeQueries({ queryKey: ['dataCollectionGroups'] });

    const again = await fetchSessionGroupSummaries(
      http,
      client,
      first.experiments.map((e) => e.group),
      first,
    );
    // unchanged groups, runs with summaries and timing: only the unprocessed run is asked about
    expect(server.calls).toEqual(['/ssx/datacollection/processing/stats?dataCollectionIds=22']);
    expect(again.experiments[0]?.runs[0]?.chains).toBe(first.experiments[0]?.runs[0]?.chains);

    // a new run in the chip group: that group's runs are read again, and the new run's timing
    const chip = first.experiments[0]?.group;
    if (!chip) throw new Error('no chip group');
    const grown = { ...chip, runCount: 4, latestRun: { ...chip.latestRun, id: 23 } };
    CHIP.runs.push(run(23, { timing: [1e-2] }));
    try {
      server.calls.length = 0;
      const third = await fetchSessionGroupSummaries(http, client, [grown], again);
      expect(server.calls).toEqual([
        '/events?dataCollectionGroupId=2',
        '/ssx/datacollection/processing/stats?dataCollectionIds=22,23',
        '/eventchains?dataCollectionId=23',
      ]);
      expect(third.experiments[0]?.runs.map((r) => r.run.id)).toEqual([20, 21, 22, 23]);
    } finally {
      CHIP.runs.pop();
    }
  });

  it('fails on other errors, so the table can say so and retry', async () => {
    const server = fakeSessionServer({
      sessionId: 1,
      sessionName: 'blc00001-1',
      proposal: 'blc00001',
      groups: [CHIP],
    });
    const http = createFakeHttp({
      get: (path, params) => {
        if (path.startsWith('/ssx')) {
          throw new ApiError('server', 'The ISPyB server failed (HTTP 500).', { status: 500 });
        }
        return server.get(path, params);
      },
    });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    await expect(client.query(sessionGroupSummariesQuery(http, 1))).rejects.toMatchObject({
      kind: 'server',
    });
  });
});

describe('mapWithConcurrency', () => {
  it('keeps the order of the items and stops scheduling after a failure', async () => {
    const started: number[] = [];
    const result = await mapWithConcurrency([1, 2, 3, 4, 5], 2, async (n) => {
      started.push(n);
      await new Promise((resolve) => setTimeout(resolve, 6 - n));
      return n * 10;
    });
    expect(result).toEqual([10, 20, 30, 40, 50]);

    started.length = 0;
    await expect(
      mapWithConcurrency([1, 2, 3, 4, 5], 1, async (n) => {
        started.push(n);
        if (n === 2) throw new Error('boom');
        return n;
      }),
    ).rejects.toThrow('boom');
    expect(started).toEqual([1, 2]);
  });
});
