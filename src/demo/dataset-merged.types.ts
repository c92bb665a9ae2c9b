/**
 * Rows of the merged-datasets extension (docs/extensions/merged-datasets.md), named as the
 * extension serves them: one merge of indexed patterns from several runs, with its shells.
 */

import type { CellParameters, IsoLocal, ProcessingStatusValue } from './dataset.types';

/** One resolution shell, or the whole dataset. Completeness and Rsplit in %, CC½ and CC* 0–1. */
export interface SsxMergeStatisticsRow {
  /** Å */
  resolutionLimitLow: number;
  /** Å */
  resolutionLimitHigh: number;
  nTotalObservations: number;
  nTotalUniqueObservations: number;
  completeness: number;
  multiplicity: number;
  meanIOverSigI: number;
  ccHalf: number;
  ccStar: number;
  rSplit: number;
}

export interface SsxMergeRunRow {
  dataCollectionId: number;
  nbIndexed: number;
  nbMerged: number;
}

export interface SsxMergeRow {
  ssxMergeId: number;
  dataCollectionGroupId: number;
  name: string;
  program: string;
  processingStatus: ProcessingStatusValue;
  processingMessage: string | null;
  recordTimeStamp: IsoLocal;
  /** s; null for the dark reference and for static experiments. */
  delay: number | null;
  delayType: 'pumpProbe' | 'reaction' | null;
  spaceGroup: string | null;
  cell: CellParameters | null;
  runs: SsxMergeRunRow[];
  overall: SsxMergeStatisticsRow | null;
  /** Low to high resolution. */
  shells: SsxMergeStatisticsRow[];
}
