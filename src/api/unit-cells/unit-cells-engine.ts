import type { CellColumns, ColumnExtent } from '../../domain/cell-statistics';
import {
  cellDensity,
  cellHistogramSet,
  clampBins,
  describeCells,
  type CellColumnStatistics,
  type CellDensity,
} from '../../domain/cell-statistics-summary';
import { CELL_PARAMETERS, type CellParameter } from '../../domain/processing';
import { ApiError, isApiError } from '../errors';
import { bodyLength } from './body-length';
import { createUnitCellParser, type UnitCellParser } from './unit-cell-parser';
import type {
  FromWorker,
  LoadOptions,
  SourceSummary,
  ToWorker,
  UnitCellsResult,
  WorkerError,
} from './unit-cells-protocol';

/**
 * The unit-cell worker's logic, free of worker globals so it runs (and is tested) anywhere:
 * reads each source's bytes as they come, parses them into columns, and once every source is
 * done computes the statistics and posts them. It keeps the columns to answer re-binning and
 * density requests. `post` sends a message with the buffers to transfer.
 */
export type Post = (message: FromWorker, transfer?: Transferable[]) => void;

/** Rows per byte of py-ispyb's JSON (`[79.123, 79.456, 38.012, 90.0, 90.0, 90.0], `). */
const BYTES_PER_ROW = 45;
const PROGRESS_INTERVAL_MS = 100;

const epochNow = (): number => performance.timeOrigin + performance.now();

interface SourceState {
  parser: UnitCellParser;
  bytes: number;
  done: boolean;
  skipped: boolean;
}

function toWorkerError(error: unknown, source?: number): WorkerError {
  if (isApiError(error)) return { kind: error.kind, message: error.message, source };
  if (error instanceof Error && error.name === 'TimeoutError') {
    return {
      kind: 'timeout',
      message: 'The ISPyB server took too long to send the cells.',
      source,
    };
  }
  if (error instanceof TypeError) {
    // a stream that broke off (network, aborted fetch)
    return {
      kind: 'network',
      message: 'The download of the unit cells broke off. Check your connection.',
      source,
    };
  }
  return {
    kind: 'worker',
    message: error instanceof Error ? error.message : String(error),
    source,
  };
}

function concatColumns(parts: CellColumns[], rows: number): CellColumns {
  if (parts.length === 1 && parts[0]) return parts[0];
  const out = {} as CellColumns;
  for (const p of CELL_PARAMETERS) {
    const column = new Float64Array(rows);
    let offset = 0;
    for (const part of parts) {
      column.set(part[p], offset);
      offset += part[p].length;
    }
    out[p] = column;
  }
  return out;
}

export class UnitCellsEngine {
  private options: LoadOptions | undefined;
  private readonly sources = new Map<number, SourceState>();
  private lastProgress = 0;
  private parseMs = 0;
  private failed = false;
  private columns: CellColumns | undefined;
  private readonly fetchedUrls: string[] = [];
  private stats: CellColumnStatistics | undefined;

  constructor(private readonly post: Post) {}

  handle(message: ToWorker): void {
    try {
      this.dispatch(message);
    } catch (error) {
      if ('requestId' in message) {
        // a failed re-binning answers its request; the loaded cells stay usable
        this.post({ type: 'error', requestId: message.requestId, error: toWorkerError(error) });
      } else {
        this.fail(error, 'source' in message ? message.source : undefined);
      }
    }
  }

  private dispatch(message: ToWorker): void {
    switch (message.type) {
      case 'configure':
        this.options = message.options;
        if (message.options.sources === 0) this.complete();
        return;
      case 'fetch':
        void this.download(message);
        return;
      case 'stream':
        void this.readStream(message.source, message.stream, message.totalBytes);
        return;
      case 'chunk': {
        const state = this.source(message.source);
        state.bytes += message.chunk.byteLength;
        const started = performance.now();
        state.parser.push(message.chunk);
        this.parseMs += performance.now() - started;
        this.progress(false);
        return;
      }
      case 'end':
        this.endSource(message.source);
        return;
      case 'skip': {
        const state = this.source(message.source);
        state.skipped = true;
        this.endSource(message.source);
        return;
      }
      case 'histograms': {
        const { columns, stats } = this.loaded();
        const set = cellHistogramSet(columns, stats, clampBins(message.bins), message.hideOutliers);
        this.post({ type: 'histograms', requestId: message.requestId, set }, histogramBuffers(set));
        return;
      }
      case 'density': {
        const { columns, stats } = this.loaded();
        const density = cellDensity(
          columns,
          stats,
          message.pair,
          message.hideOutliers,
          message.bins,
        );
        this.post(
          { type: 'density', requestId: message.requestId, density },
          density ? [bufferOf(density.grid)] : [],
        );
        return;
      }
    }
  }

  private loaded(): { columns: CellColumns; stats: CellColumnStatistics } {
    if (!this.columns || !this.stats) throw new Error('The unit cells are not loaded yet.');
    return { columns: this.columns, stats: this.stats };
  }

  private source(index: number, capacity?: number): SourceState {
    let state = this.sources.get(index);
    if (!state) {
      state = {
        parser: createUnitCellParser({ capacity }),
        bytes: 0,
        done: false,
        skipped: false,
      };
      this.sources.set(index, state);
    }
    return state;
  }

  private async download(request: Extract<ToWorker, { type: 'fetch' }>): Promise<void> {
    const { source, url } = request;
    // as in http.ts, the timeout covers the wait for the headers only
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), request.timeoutMs);
    let response: Response;
    try {
      response = await fetch(url, { headers: request.headers, signal: timeout.signal });
    } catch {
      this.fail(
        timeout.signal.aborted
          ? new ApiError(
              'timeout',
              `The ISPyB server did not answer within ${Math.round(request.timeoutMs / 1000)} s.`,
            )
          : new ApiError(
              'network',
              'The ISPyB server could not be reached. Check your connection.',
            ),
        source,
      );
      return;
    } finally {
      clearTimeout(timer);
    }
    if (!response.ok) {
      const body = await response.text().catch(() => '');
      this.post({ type: 'source-failed', source, status: response.status, body });
      return;
    }
    const totalBytes = bodyLength(response);
    this.post({ type: 'source-started', source, url: response.url || url, totalBytes });
    this.fetchedUrls.push(response.url || url);
    if (!response.body) {
      this.endSource(source);
      return;
    }
    await this.readStream(source, response.body, totalBytes);
  }

  /** Resource Timing's end of the worker's own downloads, ms since the epoch. */
  private networkEnd(): number | undefined {
    if (this.fetchedUrls.length === 0 || typeof performance.getEntriesByName !== 'function') {
      return undefined;
    }
    let end = 0;
    for (const url of this.fetchedUrls) {
      const entry = performance.getEntriesByName(url, 'resource').at(-1) as
        PerformanceResourceTiming | undefined;
      if (!entry || !(entry.responseEnd > 0)) return undefined;
      end = Math.max(end, entry.responseEnd);
    }
    return performance.timeOrigin + end;
  }

  private async readStream(
    index: number,
    stream: ReadableStream<Uint8Array>,
    totalBytes: number | undefined,
  ): Promise<void> {
    const state = this.source(index, totalBytes ? totalBytes / BYTES_PER_ROW : undefined);
    // the parser reads the UTF-8 bytes themselves: no TextDecoderStream, which would cost as
    // much as the parsing
    const reader = stream.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (this.failed) {
          await reader.cancel();
          return;
        }
        if (done) break;
        state.bytes += value.byteLength;
        const started = performance.now();
        state.parser.push(value);
        this.parseMs += performance.now() - started;
        this.progress(false);
      }
      this.endSource(index);
    } catch (error) {
      this.fail(error, index);
    }
  }

  private endSource(index: number): void {
    const state = this.source(index);
    state.done = true;
    this.post({ type: 'source-done', source: index });
    this.progress(true);
    const expected = this.options?.sources ?? Infinity;
    const done = [...this.sources.values()].filter((s) => s.done).length;
    if (done >= expected) this.complete();
  }

  private progress(force: boolean): void {
    const now = performance.now();
    if (!force && now - this.lastProgress < PROGRESS_INTERVAL_MS) return;
    this.lastProgress = now;
    let bytes = 0;
    let rows = 0;
    let skipped = 0;
    let sourcesDone = 0;
    for (const state of this.sources.values()) {
      bytes += state.bytes;
      rows += state.parser.rows;
      skipped += state.parser.skipped;
      if (state.done) sourcesDone += 1;
    }
    this.post({ type: 'progress', bytes, rows, skipped, sourcesDone });
  }

  private fail(error: unknown, source?: number): void {
    if (this.failed) return;
    this.failed = true;
    this.post({ type: 'error', error: toWorkerError(error, source) });
  }

  private complete(): void {
    if (this.failed || this.columns) return;
    const lastByteAt = epochNow();
    const networkEndAt = this.networkEnd();
    const started = performance.now();
    const options = this.options;
    if (!options) throw new Error('The worker was not configured.');
    try {
      const parts: CellColumns[] = [];
      const extents = Object.fromEntries(
        CELL_PARAMETERS.map((p) => [p, { min: Infinity, max: -Infinity }]),
      ) as Record<CellParameter, ColumnExtent>;
      const sources: SourceSummary[] = [];
      let rows = 0;
      let skippedRows = 0;
      let bytes = 0;
      const indices = [...this.sources.keys()].sort((x, y) => x - y);
      for (const index of indices) {
        const state = this.source(index);
        if (state.skipped) {
          sources.push({ source: index, rows: 0, skipped: 0, bytes: 0, skippedSource: true });
          continue;
        }
        const parsed = state.parser.finish();
        parts.push(parsed.columns);
        for (const p of CELL_PARAMETERS) {
          extents[p].min = Math.min(extents[p].min, parsed.extents[p].min);
          extents[p].max = Math.max(extents[p].max, parsed.extents[p].max);
        }
        rows += parsed.rows;
        skippedRows += parsed.skipped;
        bytes += state.bytes;
        sources.push({
          source: index,
          rows: parsed.rows,
          skipped: parsed.skipped,
          bytes: state.bytes,
          skippedSource: false,
        });
      }
      const columns = concatColumns(parts, rows);
      const stats = describeCells(columns, undefined, extents);
      this.columns = columns;
      this.stats = stats;
      // the parsers' buffers are no longer needed once the columns are concatenated
      this.sources.clear();
      const histograms = cellHistogramSet(
        columns,
        stats,
        clampBins(options.bins),
        options.hideOutliers,
      );
      const densities: CellDensity[] = [];
      // only what is shown first: every pass after the last byte delays the first picture
      for (const pair of options.densityPairs) {
        const density = cellDensity(
          columns,
          stats,
          pair,
          options.densityHideOutliers,
          options.densityBins,
        );
        if (density) densities.push(density);
      }
      const transfer: Transferable[] = [
        ...histogramBuffers(histograms),
        ...densities.map((d) => bufferOf(d.grid)),
      ];
      let sent: CellColumns | undefined;
      if (options.transferColumns) {
        // copies, so the worker keeps its own for re-binning
        sent = {} as CellColumns;
        for (const p of CELL_PARAMETERS) {
          const copy = columns[p].slice();
          sent[p] = copy;
          transfer.push(bufferOf(copy));
        }
      }
      const result: UnitCellsResult = {
        rows,
        skippedRows,
        bytes,
        sources,
        stats,
        histograms,
        densities,
        lastByteAt,
        ...(networkEndAt !== undefined && networkEndAt <= lastByteAt ? { networkEndAt } : {}),
        computeMs: performance.now() - started,
        parseMs: this.parseMs,
        ...(sent ? { columns: sent } : {}),
      };
      this.post({ type: 'loaded', result }, transfer);
    } catch (error) {
      this.fail(error);
    }
  }
}

/** The buffer of an array made here (never a SharedArrayBuffer), to transfer. */
function bufferOf(array: ArrayBufferView): ArrayBuffer {
  return array.buffer as ArrayBuffer;
}

function histogramBuffers(set: ReturnType<typeof cellHistogramSet>): ArrayBuffer[] {
  const buffers: ArrayBuffer[] = [];
  for (const p of CELL_PARAMETERS) {
    const h = set.histograms[p];
    if (h) buffers.push(bufferOf(h.edges), bufferOf(h.counts), bufferOf(h.centres));
  }
  return buffers;
}
