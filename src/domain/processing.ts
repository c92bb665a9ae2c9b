/** Per-run summary from SSX processing (CrystFEL, xia2.ssx…): py-ispyb `/ssx/.../stats`. */
export interface SsxRunStats {
  dataCollectionId: number;
  hits: number;
  indexed: number;
  /** e.g. `tetragonal`; py-ispyb spells the field `laticeType`. */
  latticeType: string | undefined;
  /** Å */
  estimatedResolutionA: number | undefined;
}

/** hits / images; `undefined` when the image count is unknown or zero. */
export function hitRate(hits: number, images: number | undefined): number | undefined {
  return images ? hits / images : undefined;
}

/** indexed / hits */
export function indexingRate(indexed: number, hits: number): number | undefined {
  return hits ? indexed / hits : undefined;
}

export const CELL_PARAMETERS = ['a', 'b', 'c', 'alpha', 'beta', 'gamma'] as const;
export type CellParameter = (typeof CELL_PARAMETERS)[number];

/** A histogram given by bin edges (`edges.length === counts.length + 1`). */
export interface Histogram {
  edges: number[];
  counts: number[];
  median: number | undefined;
}

export type CellHistograms = Record<CellParameter, Histogram | undefined>;

/** py-ispyb program status: null = running, 0 = failed, 1 = success, 2 = did not run. */
export type ProcessingState = 'running' | 'failed' | 'success' | 'not-run';

export function processingStateFromCode(code: number | null | undefined): ProcessingState {
  switch (code) {
    case 0:
      return 'failed';
    case 1:
      return 'success';
    case 2:
      return 'not-run';
    default:
      return 'running';
  }
}

export interface ProcessingProgram {
  id: number;
  dataCollectionId: number;
  programs: string;
  state: ProcessingState;
}
