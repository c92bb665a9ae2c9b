import {
  ccStarFromCcHalf,
  checkShells,
  type MergeDelayType,
  type MergedDataset,
  type MergedDatasetSummary,
  type MergeState,
  type MergeStatistics,
  type UnitCellParameters,
} from '../../domain/merged-dataset';
import { ApiError } from '../errors';
import { opt } from './common.mapper';
import type { MergeDetailDto, MergeDto, MergeStatisticsDto } from './merges.dto';

export function mapMergeStatistics(dto: MergeStatisticsDto): MergeStatistics {
  return {
    dMaxA: dto.resolutionLimitLow,
    dMinA: dto.resolutionLimitHigh,
    reflections: dto.nTotalObservations,
    unique: dto.nTotalUniqueObservations,
    completenessPct: dto.completeness,
    multiplicity: dto.multiplicity,
    meanIOverSigma: dto.meanIOverSigI,
    ccHalf: dto.ccHalf,
    ccStar: dto.ccStar ?? ccStarFromCcHalf(dto.ccHalf),
    rSplitPct: dto.rSplit,
  };
}

function mapState(status: number | null | undefined): MergeState {
  if (status === 1) return 'success';
  if (status === 0) return 'failed';
  return 'running';
}

function mapDelayType(type: string | null | undefined): MergeDelayType | undefined {
  if (type === 'pumpProbe') return 'pump-probe';
  if (type === 'reaction') return 'reaction';
  return undefined;
}

function mapCell(dto: MergeDto): UnitCellParameters | undefined {
  const { cell_a: a, cell_b: b, cell_c: c } = dto;
  const { cell_alpha: alpha, cell_beta: beta, cell_gamma: gamma } = dto;
  if (a == null || b == null || c == null || alpha == null || beta == null || gamma == null) {
    return undefined;
  }
  return { a, b, c, alpha, beta, gamma };
}

export function mapMerge(dto: MergeDto): MergedDatasetSummary {
  const delayType = mapDelayType(dto.delayType);
  return {
    id: dto.ssxMergeId,
    groupId: dto.dataCollectionGroupId,
    name: dto.name,
    program: opt(dto.program),
    state: mapState(dto.processingStatus),
    message: opt(dto.processingMessage),
    // a delay of an unknown kind is still a delay: read as laser → X-ray, the common case
    delayS: opt(dto.delay),
    delayType: dto.delay == null ? undefined : (delayType ?? 'pump-probe'),
    spaceGroup: opt(dto.spaceGroup),
    cell: mapCell(dto),
    runs: dto.runs.map((run) => ({
      dataCollectionId: run.dataCollectionId,
      indexed: run.nbIndexed,
      merged: run.nbMerged,
    })),
    overall: dto.overall ? mapMergeStatistics(dto.overall) : undefined,
  };
}

/**
 * A merge with its shells. A table whose shells overlap or are out of order cannot be plotted or
 * cut honestly: it is refused as a contract violation naming the shells.
 */
export function mapMergeDetail(dto: MergeDetailDto): MergedDataset {
  const shells = dto.shells.map(mapMergeStatistics);
  const problems = checkShells(shells);
  const first = problems[0];
  if (first) {
    throw new ApiError(
      'contract',
      `The server's per-shell table of merged dataset ${dto.ssxMergeId} is inconsistent: ${problems.map((p) => p.message).join(' ')}`,
      { field: `shells[${first.index}]` },
    );
  }
  return { ...mapMerge(dto), shells };
}
