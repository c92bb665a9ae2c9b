import {
  DEFAULT_BINS,
  DEFAULT_DENSITY_BINS,
  DEFAULT_DENSITY_PAIR,
  type CellDensity,
  type CellHistogramSet,
  type CellPair,
} from '../../domain/cell-statistics-summary';
import { ApiError, isApiError } from '../errors';
import type { DelegatedRequest, HttpClient } from '../http';
import { delegateUnitCellsRequest, fetchUnitCellsResponse } from '../ispyb/ssx-processing';
import { bodyLength } from './body-length';
import type { FromWorker, ToWorker, UnitCellsResult, WorkerError } from './unit-cells-protocol';

/**
 * Loads the indexed unit cells of one or more runs off the main thread. Each run is requested by
 * the worker itself, with the URL, token and timeout the app's `HttpClient` gives it
 * (`http.delegate`); a failed status comes back here and is mapped by `http.ts` like any other
 * answer, 401 handling included. The worker parses the bytes as they arrive and, once every run is
 * read, answers with the statistics, histograms and densities only (a few kB whatever the number
 * of cells). The worker stays alive to re-bin; `dispose()` (or aborting `signal`) terminates it.
 */

/** What `loadUnitCells` needs of a worker; a real `Worker` is one. */
export interface WorkerLike {
  postMessage(message: ToWorker, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

export interface UnitCellsProgress {
  /** Bytes of JSON read so far, all runs. */
  bytes: number;
  /** Sum of the runs' `Content-Length`, when every run started sending and sent one. */
  totalBytes: number | undefined;
  rows: number;
  skippedRows: number;
  runs: number;
  runsDone: number;
}

export interface RunCells {
  dataCollectionId: number;
  rows: number;
  skippedRows: number;
  bytes: number;
  /** The server has no cells for this run (404: processing still running, or no cell file). */
  missing: boolean;
}

export interface LoadUnitCellsParams {
  http: HttpClient;
  dataCollectionIds: readonly number[];
  bins?: number;
  hideOutliers?: boolean;
  densityPairs?: CellPair[];
  /** Outlier setting of the first densities (default false: every cell). */
  densityHideOutliers?: boolean;
  densityBins?: number;
  /** Also receive the raw columns (48 MB for 10⁶ cells): off unless a caller needs them. */
  transferColumns?: boolean;
  onProgress?: (progress: UnitCellsProgress) => void;
  signal?: AbortSignal;
  /** Runs downloaded at once (browsers allow ~6 connections per host; leave some for the page). */
  concurrency?: number;
  /**
   * How a response body reaches the worker. `worker` (default): the worker makes the request
   * itself (`http.delegate`), so no byte waits for this thread, which is busy drawing meanwhile;
   * where `http` cannot delegate (the tests' in-process servers), `chunks`. `chunks`: this thread
   * reads the body and transfers each chunk (zero-copy); in our measurements the worker then read
   * the last byte 0.65 s after it arrived, while this thread drew the server's histograms.
   * `stream`: the body itself is transferred; Chromium pipes it with a round trip between the
   * threads per chunk, slower still. Where a stream cannot be transferred (Safari), chunks.
   */
  bodyTransfer?: 'worker' | 'chunks' | 'stream';
  /** Tests: a fake worker. */
  createWorker?: () => WorkerLike;
}

export interface UnitCellsHandle {
  result: UnitCellsResult;
  runs: RunCells[];
  /**
   * When the last byte arrived, on this thread's `performance.now()` clock: the network's
   * `responseEnd` of the last response (Resource Timing), else when the worker read it.
   */
  arrivedAt: number;
  /** When the worker had read (and parsed) the last byte, same clock. */
  readAt: number;
  histograms(bins: number, hideOutliers: boolean): Promise<CellHistogramSet>;
  density(pair: CellPair, hideOutliers: boolean, bins?: number): Promise<CellDensity | undefined>;
  dispose(): void;
}

export type UnitCellsLoader = (params: LoadUnitCellsParams) => Promise<UnitCellsHandle>;

export function createUnitCellsWorker(): WorkerLike {
  if (typeof Worker === 'undefined') {
    throw new Error('This browser cannot run background workers, needed to read the unit cells.');
  }
  return new Worker(new URL('./unit-cells.worker.ts', import.meta.url), {
    type: 'module',
    name: 'unit-cells',
  });
}

function abortError(signal: AbortSignal | undefined): unknown {
  return signal?.reason ?? new DOMException('The unit-cell download was cancelled.', 'AbortError');
}

function errorFromWorker(error: WorkerError, url: string | undefined): Error {
  if (error.kind === 'worker') return new Error(`Reading the unit cells failed: ${error.message}`);
  return new ApiError(error.kind, error.message, url ? { url } : {});
}

/**
 * A failure while reading a body (after the headers came): the request's timeout (http.ts's
 * signal also covers the body), the connection breaking off, or anything else.
 */
function bodyError(error: unknown, url: string | undefined): unknown {
  const details = url ? { url } : {};
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    return new ApiError(
      'timeout',
      'The ISPyB server took too long to send every unit cell.',
      details,
    );
  }
  if (error instanceof TypeError) {
    return new ApiError(
      'network',
      'The download of the unit cells broke off. Check your connection.',
      details,
    );
  }
  return error;
}

/** `responseEnd` of the latest Resource Timing entry for `url`, if the browser kept one. */
function responseEnd(url: string | undefined): number | undefined {
  if (!url || typeof performance.getEntriesByName !== 'function') return undefined;
  const entries = performance.getEntriesByName(url, 'resource') as PerformanceResourceTiming[];
  const end = entries.at(-1)?.responseEnd;
  return end !== undefined && end > 0 ? end : undefined;
}

export const loadUnitCells: UnitCellsLoader = (params) => {
  const {
    http,
    dataCollectionIds,
    onProgress,
    signal,
    concurrency = 2,
    bodyTransfer = 'worker',
    createWorker = createUnitCellsWorker,
  } = params;
  const ids = [...dataCollectionIds];
  if (ids.length === 0) return Promise.reject(new RangeError('No runs to load unit cells for.'));
  if (signal?.aborted) return Promise.reject(abortError(signal));

  return new Promise<UnitCellsHandle>((resolve, reject) => {
    let worker: WorkerLike;
    try {
      worker = createWorker();
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }

    const downloads = new AbortController();
    const fetchSignal = signal ? AbortSignal.any([signal, downloads.signal]) : downloads.signal;
    const totals: (number | undefined)[] = ids.map(() => undefined);
    const started: boolean[] = ids.map(() => false);
    const missing = new Set<number>();
    const urls: (string | undefined)[] = ids.map(() => undefined);
    const delegations: (DelegatedRequest | undefined)[] = ids.map(() => undefined);
    const pending = new Map<
      number,
      { resolve: (value: never) => void; reject: (error: unknown) => void }
    >();
    let nextRequest = 1;
    let settled = false;
    let disposed = false;
    let sourcesDone = 0;
    let nextSource = 0;

    const dispose = () => {
      if (disposed) return;
      disposed = true;
      downloads.abort();
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
      for (const request of pending.values()) request.reject(abortError(undefined));
      pending.clear();
    };
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      dispose();
      reject(error);
    };
    function onAbort() {
      fail(abortError(signal));
      dispose();
    }
    signal?.addEventListener('abort', onAbort, { once: true });

    const request = <T>(message: ToWorker & { requestId: number }): Promise<T> =>
      new Promise<T>((resolveRequest, rejectRequest) => {
        if (disposed) {
          rejectRequest(abortError(undefined));
          return;
        }
        pending.set(message.requestId, {
          resolve: resolveRequest as (value: never) => void,
          reject: rejectRequest,
        });
        worker.postMessage(message, []);
      });

    worker.onerror = (event) => {
      event.preventDefault();
      const error = new Error(
        `The unit-cell worker failed${event.message ? `: ${event.message}` : '.'}`,
      );
      for (const r of pending.values()) r.reject(error);
      pending.clear();
      fail(error);
    };

    worker.onmessage = (event) => {
      const message = event.data;
      switch (message.type) {
        case 'progress':
          onProgress?.({
            bytes: message.bytes,
            totalBytes:
              started.every(Boolean) && totals.every((t) => t !== undefined)
                ? totals.reduce<number>((sum, t) => sum + (t ?? 0), 0)
                : undefined,
            rows: message.rows,
            skippedRows: message.skipped,
            runs: ids.length,
            runsDone: message.sourcesDone,
          });
          return;
        case 'source-started':
          started[message.source] = true;
          totals[message.source] = message.totalBytes;
          urls[message.source] = message.url;
          return;
        case 'source-failed': {
          const delegation = delegations[message.source];
          if (!delegation) return;
          void delegation
            .failure(message.status, message.body)
            .then((error) => requestFailed(message.source, error));
          return;
        }
        case 'source-done':
          sourcesDone += 1;
          startNext();
          return;
        case 'loaded': {
          if (settled) return;
          settled = true;
          const { result } = message;
          const runs = ids.map((dataCollectionId, index): RunCells => {
            const source = result.sources.find((s) => s.source === index);
            return {
              dataCollectionId,
              rows: source?.rows ?? 0,
              skippedRows: source?.skipped ?? 0,
              bytes: source?.bytes ?? 0,
              missing: missing.has(index),
            };
          });
          const readAt = result.lastByteAt - performance.timeOrigin;
          const ends = urls.map(responseEnd);
          const networkEnd =
            result.networkEndAt !== undefined
              ? result.networkEndAt - performance.timeOrigin
              : ends.every((end, index) => end !== undefined || missing.has(index))
                ? Math.max(...ends.map((end) => end ?? 0))
                : undefined;
          resolve({
            result,
            runs,
            arrivedAt: networkEnd !== undefined && networkEnd <= readAt ? networkEnd : readAt,
            readAt,
            histograms: (bins, hideOutliers) =>
              request<CellHistogramSet>({
                type: 'histograms',
                requestId: nextRequest++,
                bins,
                hideOutliers,
              }),
            density: (pair, hideOutliers, bins = params.densityBins ?? DEFAULT_DENSITY_BINS) =>
              request<CellDensity | undefined>({
                type: 'density',
                requestId: nextRequest++,
                pair,
                hideOutliers,
                bins,
              }),
            dispose,
          });
          return;
        }
        case 'histograms':
        case 'density': {
          const waiting = pending.get(message.requestId);
          pending.delete(message.requestId);
          waiting?.resolve(
            (message.type === 'histograms' ? message.set : message.density) as never,
          );
          return;
        }
        case 'error': {
          const source = message.error.source;
          const error = errorFromWorker(
            message.error,
            source === undefined ? undefined : urls[source],
          );
          if (message.requestId !== undefined) {
            const waiting = pending.get(message.requestId);
            pending.delete(message.requestId);
            waiting?.reject(error);
            return;
          }
          fail(error);
          return;
        }
      }
    };

    worker.postMessage(
      {
        type: 'configure',
        options: {
          sources: ids.length,
          bins: params.bins ?? DEFAULT_BINS,
          hideOutliers: params.hideOutliers ?? true,
          densityPairs: params.densityPairs ?? [DEFAULT_DENSITY_PAIR],
          densityHideOutliers: params.densityHideOutliers ?? false,
          densityBins: params.densityBins ?? DEFAULT_DENSITY_BINS,
          transferColumns: params.transferColumns ?? false,
        },
      },
      [],
    );

    /** Forwards a body to the worker chunk by chunk, as the chunks arrive. */
    async function pump(source: number, body: ReadableStream<Uint8Array>): Promise<void> {
      const reader = body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (disposed) {
          await reader.cancel().catch(() => undefined);
          return;
        }
        if (done) break;
        // transfer the chunk's buffer when the chunk owns all of it, else a copy
        const owned =
          value.byteOffset === 0 && value.byteLength === value.buffer.byteLength
            ? value
            : value.slice();
        worker.postMessage({ type: 'chunk', source, chunk: owned }, [owned.buffer as ArrayBuffer]);
      }
      worker.postMessage({ type: 'end', source }, []);
    }

    /** A run's request failed: a run without cells (404) is skipped, anything else fails all. */
    function requestFailed(source: number, error: unknown): void {
      if (disposed) return;
      if (isApiError(error) && error.kind === 'not-found') {
        missing.add(source);
        started[source] = true;
        totals[source] = 0;
        if (missing.size === ids.length) {
          fail(error);
          return;
        }
        worker.postMessage({ type: 'skip', source }, []);
        return;
      }
      fail(error);
    }

    async function download(source: number): Promise<void> {
      const id = ids[source] as number;
      const delegation = bodyTransfer === 'worker' ? delegateUnitCellsRequest(http, id) : undefined;
      if (delegation) {
        delegations[source] = delegation;
        urls[source] = delegation.url;
        const { url, headers, timeoutMs } = delegation;
        worker.postMessage({ type: 'fetch', source, url, headers, timeoutMs }, []);
        return;
      }
      let response: Response;
      try {
        response = await fetchUnitCellsResponse(http, id, fetchSignal);
      } catch (error) {
        requestFailed(source, error);
        return;
      }
      if (disposed) return;
      urls[source] = response.url || undefined;
      started[source] = true;
      totals[source] = bodyLength(response);
      const body = response.body;
      if (!body) {
        worker.postMessage({ type: 'end', source }, []);
        return;
      }
      if (bodyTransfer !== 'stream') {
        await pump(source, body).catch((error: unknown) => fail(bodyError(error, urls[source])));
        return;
      }
      try {
        worker.postMessage({ type: 'stream', source, stream: body, totalBytes: totals[source] }, [
          body,
        ]);
      } catch {
        await pump(source, body).catch((error: unknown) => fail(bodyError(error, urls[source])));
      }
    }

    function startNext(): void {
      while (!disposed && nextSource < ids.length && nextSource - sourcesDone < concurrency) {
        void download(nextSource);
        nextSource += 1;
      }
    }
    startNext();
  });
};
