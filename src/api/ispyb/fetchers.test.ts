import { describe, expect, it, vi } from 'vitest';
import type { Container } from '../../domain/shipment';
import { ApiError } from '../errors';
import { createHttpClient } from '../http';
import { dewarContainersQuery } from './containers';
import { eventChainsQuery } from './eventchains';
import { autoIntegrationsQuery, processingStatusesQuery } from './processings';
import { sampleQuery, samplesQuery } from './samples';
import { shipmentQuery } from './shippings';
import { cellHistogramsQuery, fetchUnitCells, ssxStatsQuery } from './ssx-processing';
import { branchResponse, recorded } from '../../testing/fixtures';

/** An HttpClient whose server answers from `routes` (keyed by path without the base URL). */
function serve(routes: Record<string, unknown>) {
  const fetchStub = vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://ispyb.test');
    const key = url.pathname.replace('/ispyb/api/v1', '');
    expect(init?.signal).toBeInstanceOf(AbortSignal);
    if (!(key in routes))
      return Promise.resolve(new Response('{"detail":"Not Found"}', { status: 404 }));
    return Promise.resolve(
      new Response(JSON.stringify(routes[key]), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      }),
    );
  });
  const http = createHttpClient({
    baseUrl: '/ispyb/api/v1',
    getToken: () => 'tok',
    onUnauthorized: () => undefined,
    fetch: fetchStub as unknown as typeof fetch,
  });
  const requested = (i = 0) => new URL(String(fetchStub.mock.calls[i]?.[0]), 'http://ispyb.test');
  return { http, fetchStub, requested };
}

/** Runs a queryOptions' queryFn the way TanStack Query does. */
async function run<T>(options: { queryFn?: unknown }): Promise<T> {
  const queryFn = options.queryFn as (ctx: { signal: AbortSignal }) => Promise<T>;
  return queryFn({ signal: new AbortController().signal });
}

describe('query factories', () => {
  it('asks /processings/status with a JSON array, sorted and de-duplicated', async () => {
    const { http, requested } = serve({
      '/processings/status': branchResponse('master', '/processings/status?dataCollectionIds=[1]'),
    });
    const options = processingStatusesQuery(http, [2, 1, 2]);
    expect(options.queryKey).toEqual(['processings', 'status', [1, 2]]);
    const statuses = await run<{ dataCollectionId: number }[]>(options);
    expect(requested().searchParams.get('dataCollectionIds')).toBe('[1,2]');
    expect(statuses.map((s) => s.dataCollectionId)).toEqual([1]);
  });

  it('asks the /ssx routes with a comma list', async () => {
    const { http, requested } = serve({
      '/ssx/datacollection/processing/stats': recorded('ssx-processing-stats'),
      '/ssx/datacollection/processing/cells/histogram': recorded('ssx-processing-cells-histogram'),
    });
    await run(ssxStatsQuery(http, [4, 2, 3]));
    expect(requested(0).searchParams.get('dataCollectionIds')).toBe('2,3,4');
    await run(cellHistogramsQuery(http, [3, 2]));
    expect(requested(1).searchParams.get('dataCollectionIds')).toBe('2,3');
  });

  it('does not ask at all for no runs', async () => {
    const { http, fetchStub } = serve({});
    expect(await run(ssxStatsQuery(http, []))).toEqual([]);
    expect(await run(processingStatusesQuery(http, []))).toEqual([]);
    expect(fetchStub).not.toHaveBeenCalled();
  });

  it('reads event chains from either route', async () => {
    const w = serve({ '/eventchains': recorded('eventchains') });
    const fromW = await run<{ id: number }[]>(eventChainsQuery(w.http, 3));
    expect(w.requested().searchParams.get('dataCollectionId')).toBe('3');
    expect(fromW.map((c) => c.id)).toEqual([2]);

    const f = serve({
      '/eventchain': branchResponse(
        '192-implement-ssx-fundamentals',
        '/eventchain?dataCollectionId=2',
      ),
    });
    const options = eventChainsQuery(f.http, 2, 'eventchain');
    expect(options.queryKey).toEqual(['dataCollections', 2, 'eventChains']);
    const fromF = await run<{ events: { type: string }[] }[]>(options);
    expect(fromF[0]?.events.map((e) => e.type)).toEqual(['LaserExcitation', 'XrayDetection']);
  });

  it('passes the asked data collection id to the auto-integration mapper', async () => {
    const { http } = serve({
      '/processings/auto-integrations': branchResponse(
        'master',
        '/processings/auto-integrations?dataCollectionId=1',
      ),
    });
    const [integration] = await run<{ dataCollectionId: number }[]>(autoIntegrationsQuery(http, 1));
    expect(integration?.dataCollectionId).toBe(1);
  });

  it('sends the sample list parameters in py-ispyb names', async () => {
    const { http, requested } = serve({ '/samples': recorded('samples') });
    const options = samplesQuery(http, {
      proposal: 'blc00001',
      search: '',
      orderBy: 'name',
      order: 'asc',
      page: 3,
      pageSize: 10,
    });
    const page = await run<{ items: unknown[]; total: number }>(options);
    const params = requested().searchParams;
    expect(Object.fromEntries(params)).toEqual({
      proposal: 'blc00001',
      order_by: 'name',
      order: 'asc',
      skip: '20',
      limit: '10',
    });
    expect(page.total).toBe(1);
  });

  it('uses hierarchical keys', () => {
    const { http } = serve({});
    expect(sampleQuery(http, 5).queryKey).toEqual(['samples', 5]);
    expect(shipmentQuery(http, 1).queryKey).toEqual(['shipments', 1]);
    expect(dewarContainersQuery(http, 'MX1', 4).queryKey).toEqual([
      'proposals',
      'MX1',
      'containers',
    ]);
  });

  it('selects the containers of one dewar from the proposal list', async () => {
    const { http } = serve({ '/containers': recorded('containers') });
    const options = dewarContainersQuery(http, 'blc00001', 1);
    const all = await run<Container[]>(options);
    expect(options.select?.(all)).toHaveLength(1);
    expect(options.select?.(all.map((c) => ({ ...c, dewarId: 9 })))).toHaveLength(0);
  });
});

describe('fetchUnitCells', () => {
  it('reads a small cells answer', async () => {
    const { http } = serve({
      '/ssx/datacollection/processing/cells': { unit_cells: [[79, 79, 38, 90, 90, 90]] },
    });
    expect(await fetchUnitCells(http, 2)).toEqual({
      cells: [{ a: 79, b: 79, c: 38, alpha: 90, beta: 90, gamma: 90 }],
      skipped: 0,
    });
  });

  it('fails as not-found for a run without a cell file', async () => {
    const { http } = serve({});
    await expect(fetchUnitCells(http, 2)).rejects.toBeInstanceOf(ApiError);
    await expect(fetchUnitCells(http, 2)).rejects.toMatchObject({ kind: 'not-found' });
  });
});
