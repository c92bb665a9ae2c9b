import type { CellColumns } from '../../domain/cell-statistics';
import type {
  CellColumnStatistics,
  CellDensity,
  CellHistogramSet,
  CellPair,
} from '../../domain/cell-statistics-summary';
import type { ApiErrorKind } from '../errors';

/** Messages between `loadUnitCells` (main thread) and the unit-cell worker. */

export interface LoadOptions {
  /** Sources (runs) to expect; each ends with its stream, an `end` or a `skip`. */
  sources: number;
  bins: number;
  hideOutliers: boolean;
  /** Densities computed with the first result (others on request). */
  densityPairs: CellPair[];
  /** Outlier setting of those first densities. */
  densityHideOutliers: boolean;
  densityBins: number;
  /** Also send the raw columns (6 × 8 bytes per cell) with the result. */
  transferColumns: boolean;
}

export type ToWorker =
  | { type: 'configure'; options: LoadOptions }
  /** The worker downloads the run itself: no byte waits for a busy main thread. */
  | {
      type: 'fetch';
      source: number;
      url: string;
      headers: Record<string, string>;
      timeoutMs: number;
    }
  /** A response body, transferred (Chromium, Firefox). */
  | { type: 'stream'; source: number; stream: ReadableStream<Uint8Array>; totalBytes?: number }
  /** Fallback where streams cannot be transferred: the main thread forwards the bytes. */
  | { type: 'chunk'; source: number; chunk: Uint8Array }
  | { type: 'end'; source: number }
  /** The run has no cells (404: processing running, or no cell file). */
  | { type: 'skip'; source: number }
  | { type: 'histograms'; requestId: number; bins: number; hideOutliers: boolean }
  | {
      type: 'density';
      requestId: number;
      pair: CellPair;
      hideOutliers: boolean;
      bins: number;
    };

export interface SourceSummary {
  source: number;
  rows: number;
  skipped: number;
  bytes: number;
  skippedSource: boolean;
}

export interface UnitCellsResult {
  rows: number;
  /** Rows dropped because they did not hold six numbers. */
  skippedRows: number;
  bytes: number;
  sources: SourceSummary[];
  stats: CellColumnStatistics;
  histograms: CellHistogramSet;
  densities: CellDensity[];
  /** When the last byte was read, in ms since the epoch (`timeOrigin + now`, any thread). */
  lastByteAt: number;
  /**
   * When the last byte of the downloads the worker made reached the browser (Resource Timing's
   * `responseEnd`, ms since the epoch); absent when the main thread made them.
   */
  networkEndAt?: number;
  /** Worker time from the last byte to this result. */
  computeMs: number;
  /** Worker time spent parsing (all chunks, all runs). */
  parseMs: number;
  columns?: CellColumns;
}

export interface WorkerError {
  kind: ApiErrorKind | 'worker';
  message: string;
  source?: number;
}

export type FromWorker =
  | { type: 'progress'; bytes: number; rows: number; skipped: number; sourcesDone: number }
  /** A download the worker made got its headers (OK status). */
  | { type: 'source-started'; source: number; url: string; totalBytes?: number }
  /** A download the worker made got a failed status: the main thread maps it to an error. */
  | { type: 'source-failed'; source: number; status: number; body: string }
  /** A source was read to its end (the main thread may start the next download). */
  | { type: 'source-done'; source: number }
  | { type: 'loaded'; result: UnitCellsResult }
  | { type: 'histograms'; requestId: number; set: CellHistogramSet }
  | { type: 'density'; requestId: number; density: CellDensity | undefined }
  | { type: 'error'; requestId?: number; error: WorkerError };
