import { describe, expect, it, vi } from 'vitest';
import { describeColumn } from '../../domain/cell-statistics';
import type { UnitCellRecipe } from '../../demo/dataset.types';
import { cellHistograms, createCellSource, streamCellsJson } from '../../demo/unit-cells';
import { CELL_PARAMETERS } from '../../domain/processing';
import { ApiError } from '../errors';
import { createHttpClient, type HttpClient, type RequestOptions } from '../http';
import { loadUnitCells, type UnitCellsProgress, type WorkerLike } from './unit-cells-client';
import { UnitCellsEngine } from './unit-cells-engine';
import type { FromWorker, ToWorker } from './unit-cells-protocol';

const recipe = (seed: number, count: number): UnitCellRecipe => ({
  seed,
  count,
  mean: [64.2, 30.9, 34.8, 90, 105.8, 90],
  lengthSpread: 0.005,
  angleSpread: 0.15,
  outlierFraction: 0.04,
  secondLattice: { fraction: 0.1, mean: [91.2, 91.2, 45.9, 90, 90, 120] },
});

/** The worker, run on this thread: messages cross asynchronously, as they would. */
class InlineWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  received: ToWorker['type'][] = [];
  private readonly engine = new UnitCellsEngine((message) => {
    setTimeout(() => {
      if (!this.terminated) this.onmessage?.({ data: message } as MessageEvent<FromWorker>);
    }, 0);
  });

  postMessage(message: ToWorker): void {
    this.received.push(message.type);
    setTimeout(() => {
      if (!this.terminated) this.engine.handle(message);
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}

type Answer =
  | { recipe: UnitCellRecipe; length?: boolean }
  | { text: string }
  | { error: ApiError }
  | { breakAfter: string; reason: Error };

/** An HttpClient whose `stream` serves cells per run id, as the demo server does. */
function cellsHttp(answers: Record<number, Answer>, calls: number[] = []): HttpClient {
  const unused = () => Promise.reject(new Error('not used'));
  return {
    baseUrl: '/ispyb/api/v1',
    get: unused,
    send: unused,
    async stream(path: string, options?: RequestOptions) {
      const id = Number(options?.params?.dataCollectionId);
      calls.push(id);
      expect(path).toBe('/ssx/datacollection/processing/cells');
      const answer = answers[id];
      if (!answer) throw new ApiError('not-found', 'Not found', { status: 404 });
      if ('error' in answer) throw answer.error;
      if ('text' in answer) return new Response(answer.text);
      if ('breakAfter' in answer) {
        const { breakAfter, reason } = answer;
        return new Response(
          new ReadableStream<Uint8Array>({
            start(controller) {
              controller.enqueue(new TextEncoder().encode(breakAfter));
              controller.error(reason);
            },
          }),
        );
      }
      if (answer.length) {
        const text = await new Response(streamCellsJson(answer.recipe)).text();
        return new Response(text, {
          headers: { 'content-length': String(new TextEncoder().encode(text).length) },
        });
      }
      return new Response(streamCellsJson(answer.recipe, 500));
    },
  };
}

/**
 * A client that delegates the cells request, as the app's does, and a `fetch` for the worker
 * answering like the demo server: the cells of `answers`, 404 for other runs, 500 for errors.
 */
function delegatingHttp(answers: Record<number, Answer>, onUnauthorized = vi.fn()) {
  const server = cellsHttp(answers);
  const fetchCells = async (input: RequestInfo | URL): Promise<Response> => {
    const id = Number(new URL(String(input)).searchParams.get('dataCollectionId'));
    try {
      return await server.stream('/ssx/datacollection/processing/cells', {
        params: { dataCollectionId: id },
      });
    } catch (error) {
      const status = error instanceof ApiError && error.kind === 'not-found' ? 404 : 500;
      return new Response('{"detail":"No cells"}', { status });
    }
  };
  const http = createHttpClient({
    baseUrl: 'http://ispyb.test/ispyb/api/v1',
    getToken: () => 'token-1',
    onUnauthorized,
    fetch: () => Promise.reject(new Error('the main thread must not download the cells')),
  });
  return { http, fetchCells };
}

function columnsOf(r: UnitCellRecipe): Float64Array[] {
  const flat = createCellSource(r).next(r.count);
  return CELL_PARAMETERS.map((_, p) => {
    const column = new Float64Array(r.count);
    for (let i = 0; i < r.count; i += 1) column[i] = flat[i * 6 + p] as number;
    return column;
  });
}

describe('loadUnitCells', () => {
  it('computes its first answer for the view asked for (the settings of a shared link)', async () => {
    const handle = await loadUnitCells({
      http: cellsHttp({ 40015: { recipe: recipe(2, 2_000) } }),
      dataCollectionIds: [40015],
      bins: 80,
      hideOutliers: false,
      densityPairs: [['b', 'gamma']],
      densityHideOutliers: true,
      createWorker: () => new InlineWorker(),
    });
    const { histograms, densities, rows } = handle.result;
    expect(histograms).toMatchObject({ bins: 80, hideOutliers: false });
    expect(histograms.histograms.c?.counts.reduce((sum, n) => sum + n, 0)).toBe(rows);
    expect(densities.map((d) => [d.x, d.y, d.hideOutliers])).toEqual([['b', 'gamma', true]]);
    handle.dispose();
  });

  it('loads one run in the worker and returns statistics, histograms and a density', async () => {
    const run = recipe(1, 3_000);
    const worker = new InlineWorker();
    const progress: UnitCellsProgress[] = [];
    const handle = await loadUnitCells({
      http: cellsHttp({ 40015: { recipe: run } }),
      dataCollectionIds: [40015],
      onProgress: (p) => progress.push(p),
      createWorker: () => worker,
    });
    const { result } = handle;
    expect(result.rows).toBe(3_000);
    expect(result.skippedRows).toBe(0);
    expect(handle.runs).toEqual([
      { dataCollectionId: 40015, rows: 3_000, skippedRows: 0, bytes: result.bytes, missing: false },
    ]);
    const [a] = columnsOf(run);
    const reference = describeColumn(a as Float64Array);
    expect(result.stats.a.all.median).toBe(reference.all.median);
    expect(result.stats.a.kept.mean).toBeCloseTo(reference.kept.mean, 10);
    expect(result.stats.a.outliers).toBe(reference.outliers);
    // the second lattice (a = 91.2 Å, ~10 %) lies beyond the IQR bounds
    expect(result.stats.a.outliers).toBeGreaterThan(200);
    expect(result.histograms.bins).toBe(50);
    expect(result.histograms.histograms.a?.counts).toHaveLength(50);
    // only the density shown first (every cell, by default); the other setting on request
    expect(result.densities.map((d) => [d.x, d.y, d.hideOutliers])).toEqual([['a', 'c', false]]);
    expect(result.densities[0]?.counted).toBe(3_000);
    expect(handle.arrivedAt).toBeLessThanOrEqual(performance.now());
    expect(progress.at(-1)).toMatchObject({ rows: 3_000, runs: 1, runsDone: 1 });
    expect(progress.at(-1)?.bytes).toBe(result.bytes);
    expect(worker.received[0]).toBe('configure');
    expect(worker.received).toContain('chunk');
    expect(worker.received.at(-1)).toBe('end');
    const kept = await handle.density(['a', 'c'], true);
    expect(kept?.counted).toBeLessThan(3_000);
    handle.dispose();
    expect(worker.terminated).toBe(true);
  });

  it('can hand the worker the whole body as a transferred stream', async () => {
    const worker = new InlineWorker();
    const handle = await loadUnitCells({
      http: cellsHttp({ 1: { recipe: recipe(8, 1_500) } }),
      dataCollectionIds: [1],
      bodyTransfer: 'stream',
      createWorker: () => worker,
    });
    expect(worker.received).toEqual(['configure', 'stream']);
    expect(handle.result.rows).toBe(1_500);
    handle.dispose();
  });

  it('bins like the server when outliers are hidden', async () => {
    const run = recipe(2, 4_000);
    const handle = await loadUnitCells({
      http: cellsHttp({ 1: { recipe: run } }),
      dataCollectionIds: [1],
      createWorker: () => new InlineWorker(),
    });
    const server = cellHistograms([run]);
    for (const p of CELL_PARAMETERS) {
      const client = handle.result.histograms.histograms[p];
      expect([...(client?.counts ?? [])]).toEqual(server[p]?.y);
      expect(client?.edges[0]).toBeCloseTo(server[p]?.x[0] ?? NaN, 9);
      expect(handle.result.stats[p].all.median).toBeCloseTo(server[p]?.median ?? NaN, 9);
    }
    handle.dispose();
  });

  it('pools several runs, skips runs without cells, and re-bins on request', async () => {
    const calls: number[] = [];
    const handle = await loadUnitCells({
      http: cellsHttp({ 1: { recipe: recipe(3, 1_000) }, 3: { recipe: recipe(4, 2_000) } }, calls),
      dataCollectionIds: [1, 2, 3],
      createWorker: () => new InlineWorker(),
      concurrency: 1,
    });
    expect(calls).toEqual([1, 2, 3]);
    expect(handle.result.rows).toBe(3_000);
    expect(handle.runs.map((r) => [r.dataCollectionId, r.rows, r.missing])).toEqual([
      [1, 1_000, false],
      [2, 0, true],
      [3, 2_000, false],
    ]);
    const set = await handle.histograms(120, false);
    expect(set.hideOutliers).toBe(false);
    expect(set.histograms.c?.counts).toHaveLength(120);
    expect(set.histograms.c?.counts.reduce((s, c) => s + c, 0)).toBe(3_000);
    const clamped = await handle.histograms(5_000, true);
    expect(clamped.bins).toBe(200);
    const density = await handle.density(['alpha', 'gamma'], true, 40);
    expect(density?.binsX).toBe(40);
    expect(density?.grid).toHaveLength(1_600);
    // a request the worker cannot answer fails alone; the cells stay usable
    await expect(handle.density(['a', 'b'], false, 0)).rejects.toThrow(/bin count/);
    await expect(handle.histograms(Number.NaN, true)).resolves.toMatchObject({ bins: 50 });
    handle.dispose();
    await expect(handle.histograms(50, true)).rejects.toThrow();
  });

  it('lets the worker download the runs itself where the client can delegate', async () => {
    const { http, fetchCells } = delegatingHttp({
      1: { recipe: recipe(3, 1_000), length: true },
      3: { recipe: recipe(4, 2_000) },
    });
    const fetchMock = vi.fn<typeof fetch>(fetchCells);
    vi.stubGlobal('fetch', fetchMock);
    try {
      const worker = new InlineWorker();
      const progress: UnitCellsProgress[] = [];
      const handle = await loadUnitCells({
        http,
        dataCollectionIds: [1, 2, 3],
        onProgress: (p) => progress.push(p),
        createWorker: () => worker,
        concurrency: 1,
      });
      expect(worker.received).toContain('fetch');
      expect(worker.received).toContain('skip');
      expect(worker.received).not.toContain('chunk');
      const [url, init] = fetchMock.mock.calls[0] ?? [];
      expect(String(url)).toBe(
        'http://ispyb.test/ispyb/api/v1/ssx/datacollection/processing/cells?dataCollectionId=1',
      );
      expect(init?.headers).toMatchObject({ Authorization: 'Bearer token-1' });
      expect(handle.result.rows).toBe(3_000);
      expect(handle.runs.map((r) => [r.dataCollectionId, r.rows, r.missing])).toEqual([
        [1, 1_000, false],
        [2, 0, true],
        [3, 2_000, false],
      ]);
      expect(progress.at(-1)?.rows).toBe(3_000);
      handle.dispose();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('maps a failed status of the worker’s download as the client would, 401 included', async () => {
    const onUnauthorized = vi.fn();
    const { http } = delegatingHttp({}, onUnauthorized);
    vi.stubGlobal('fetch', () =>
      Promise.resolve(new Response('{"detail":"Token expired"}', { status: 401 })),
    );
    try {
      const error = await loadUnitCells({
        http,
        dataCollectionIds: [1],
        createWorker: () => new InlineWorker(),
      }).catch((e: unknown) => e);
      expect((error as ApiError).kind).toBe('unauthorized');
      expect(onUnauthorized).toHaveBeenCalledWith('Token expired');

      vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
      const offline = await loadUnitCells({
        http,
        dataCollectionIds: [1],
        createWorker: () => new InlineWorker(),
      }).catch((e: unknown) => e);
      expect((offline as ApiError).kind).toBe('network');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('reports Content-Length as the total when every run sends one', async () => {
    const progress: UnitCellsProgress[] = [];
    const handle = await loadUnitCells({
      http: cellsHttp({ 1: { recipe: recipe(5, 500), length: true } }),
      dataCollectionIds: [1],
      onProgress: (p) => progress.push(p),
      createWorker: () => new InlineWorker(),
    });
    expect(progress.at(-1)?.totalBytes).toBe(handle.result.bytes);
    handle.dispose();
  });

  it('fails with the 404 when no run has cells (processing still running)', async () => {
    const worker = new InlineWorker();
    const error = await loadUnitCells({
      http: cellsHttp({}),
      dataCollectionIds: [40046],
      createWorker: () => worker,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).kind).toBe('not-found');
    expect(worker.terminated).toBe(true);
  });

  it('fails on a server error for any run and stops the other downloads', async () => {
    const worker = new InlineWorker();
    const error = await loadUnitCells({
      http: cellsHttp({
        1: { recipe: recipe(6, 20_000) },
        2: { error: new ApiError('server', 'The ISPyB server failed (HTTP 500).') },
      }),
      dataCollectionIds: [1, 2],
      createWorker: () => worker,
    }).catch((e: unknown) => e);
    expect((error as ApiError).kind).toBe('server');
    expect(worker.terminated).toBe(true);
  });

  it('fails with a malformed error for a cut-off answer and a contract error for another shape', async () => {
    for (const [text, kind] of [
      ['{"unit_cells": [[1, 2, 3, 4, 5, 6]', 'malformed'],
      ['{"cells": []}', 'contract'],
    ] as const) {
      const error = await loadUnitCells({
        http: cellsHttp({ 1: { text } }),
        dataCollectionIds: [1],
        createWorker: () => new InlineWorker(),
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).kind).toBe(kind);
    }
  });

  it('says when the download breaks off or times out mid-body', async () => {
    for (const [reason, kind] of [
      [new TypeError('network error'), 'network'],
      [new DOMException('signal timed out', 'TimeoutError'), 'timeout'],
    ] as const) {
      const worker = new InlineWorker();
      const error = await loadUnitCells({
        http: cellsHttp({ 1: { breakAfter: '{"unit_cells": [[1, 2, 3, 4, 5, 6], [7,', reason } }),
        dataCollectionIds: [1],
        createWorker: () => worker,
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).kind).toBe(kind);
      expect(worker.terminated).toBe(true);
    }
  });

  it('counts the 3-value rows of a truncated answer as skipped', async () => {
    const handle = await loadUnitCells({
      http: cellsHttp({
        1: { text: '{"unit_cells": [[1, 2, 3], [64, 31, 35, 90, 105, 90], [4, 5, 6]]}' },
      }),
      dataCollectionIds: [1],
      createWorker: () => new InlineWorker(),
    });
    expect(handle.result).toMatchObject({ rows: 1, skippedRows: 2 });
    handle.dispose();
  });

  it('cancels on abort and terminates the worker', async () => {
    const worker = new InlineWorker();
    const controller = new AbortController();
    const promise = loadUnitCells({
      http: cellsHttp({ 1: { recipe: recipe(7, 50_000) } }),
      dataCollectionIds: [1],
      createWorker: () => worker,
      signal: controller.signal,
    });
    controller.abort();
    await expect(promise).rejects.toMatchObject({ name: 'AbortError' });
    expect(worker.terminated).toBe(true);
  });

  it('rejects when no worker can be created', async () => {
    const onProgress = vi.fn();
    await expect(
      loadUnitCells({
        http: cellsHttp({}),
        dataCollectionIds: [1],
        onProgress,
        createWorker: () => {
          throw new Error('This browser cannot run background workers');
        },
      }),
    ).rejects.toThrow('background workers');
    expect(onProgress).not.toHaveBeenCalled();
  });
});
