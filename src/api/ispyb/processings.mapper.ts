import {
  processingStateFromCode,
  type AutoIntegration,
  type IntegrationResult,
  type MergingShells,
  type MessageCounts,
  type MessageSeverity,
  type ProcessingAttachment,
  type ProcessingKind,
  type ProcessingMessage,
  type ProcessingProgram,
  type ProcessingState,
  type ProcessingStep,
  type ProgramDetails,
  type RunProcessingStatus,
  type ScalingStatistics,
  type ShellKind,
} from '../../domain/processing';
import type { UnitCell } from '../../domain/sample';
import { opt } from './common.mapper';
import { parseOptionalIspybDate } from './dates';
import type {
  AutoIntegrationDto,
  AutoProcProgramDto,
  AutoProcIntegrationDto,
  MessageStatusesDto,
  ProcessingAttachmentDto,
  ProcessingMessageDto,
  ProcessingStatusCodeDto,
  ProcessingStatusesDto,
  RunProcessingStatusDto,
  ScalingStatisticsDto,
} from './processings.dto';

const STATUS_WORDS: Readonly<Record<string, number | null>> = {
  SUCCESS: 1,
  FAILED: 0,
  RUNNING: null,
};

/** Numeric codes as py-ispyb maps them; ESRF enum words (`SUCCESS`, …) and `"1"` as well. */
export function mapProcessingState(code: ProcessingStatusCodeDto | undefined): ProcessingState {
  if (typeof code === 'string') {
    const word = code.trim().toUpperCase();
    if (word in STATUS_WORDS) return processingStateFromCode(STATUS_WORDS[word]);
    return processingStateFromCode(word === '' ? null : Number(word));
  }
  return processingStateFromCode(code);
}

function programsOf(
  dataCollectionId: number,
  kind: ProcessingKind,
  byProgram: Record<string, { status: ProcessingStatusCodeDto; autoProcProgramId: number }[]>,
): ProcessingProgram[] {
  return Object.entries(byProgram).flatMap(([programs, runs]) =>
    runs.map((run) => ({
      id: run.autoProcProgramId,
      dataCollectionId,
      programs,
      state: mapProcessingState(run.status),
      kind,
    })),
  );
}

export function mapRunProcessingStatus(
  dataCollectionId: number,
  dto: RunProcessingStatusDto,
): RunProcessingStatus {
  const steps: ProcessingStep[] = [
    ...Object.entries(dto.screening ?? {}).flatMap(([program, runs]) =>
      runs.map((run): ProcessingStep => ({
        kind: 'screening',
        program,
        state: mapProcessingState(run.status),
        indexingState:
          run.indexingSuccess === undefined ? undefined : mapProcessingState(run.indexingSuccess),
      })),
    ),
    ...Object.entries(dto.xrc ?? {}).flatMap(([program, runs]) =>
      runs.map((run): ProcessingStep => ({
        kind: 'xrc',
        program,
        state: mapProcessingState(run.status),
      })),
    ),
  ];
  return {
    dataCollectionId,
    programs: [
      ...programsOf(dataCollectionId, 'autoIntegration', dto.autoIntegration ?? {}),
      ...programsOf(dataCollectionId, 'processing', dto.processing ?? {}),
    ],
    steps,
  };
}

/**
 * One entry per data collection the server knows anything about; runs it has nothing on are
 * absent from its answer (`{"statuses": {}}`), so look runs up by id rather than by position.
 */
export function mapProcessingStatuses(dto: ProcessingStatusesDto): RunProcessingStatus[] {
  return Object.entries(dto.statuses)
    .map(([id, status]) => mapRunProcessingStatus(Number(id), status))
    .filter((s) => Number.isInteger(s.dataCollectionId))
    .sort((a, b) => a.dataCollectionId - b.dataCollectionId);
}

export function mapSeverity(severity: string): MessageSeverity {
  switch (severity.trim().toUpperCase()) {
    case 'ERROR':
      return 'error';
    case 'WARNING':
      return 'warning';
    default:
      // INFO, and any word the enum may grow: shown, never dropped
      return 'info';
  }
}

export function mapProcessingMessage(dto: ProcessingMessageDto): ProcessingMessage {
  return {
    id: dto.autoProcProgramMessageId,
    programId: dto.autoProcProgramId,
    severity: mapSeverity(dto.severity),
    description: dto.description ?? '',
    message: dto.message ?? '',
    recordedAt: parseOptionalIspybDate(dto.recordTimeStamp),
  };
}

export function mapMessageStatuses(dto: MessageStatusesDto): MessageCounts[] {
  return Object.entries(dto.statuses)
    .map(([id, counts]) => ({ dataCollectionId: Number(id), ...counts }))
    .filter((c) => Number.isInteger(c.dataCollectionId))
    .sort((a, b) => a.dataCollectionId - b.dataCollectionId);
}

export function mapProcessingAttachment(dto: ProcessingAttachmentDto): ProcessingAttachment {
  return {
    id: dto.autoProcProgramAttachmentId,
    programId: dto.autoProcProgramId,
    fileName: dto.fileName,
    fileType: dto.fileType,
    importanceRank: opt(dto.importanceRank),
    url: dto._metadata.url,
  };
}

export function mapScalingStatistics(dto: ScalingStatisticsDto): ScalingStatistics {
  return {
    resolutionLowA: opt(dto.resolutionLimitLow),
    resolutionHighA: opt(dto.resolutionLimitHigh),
    rMerge: opt(dto.rMerge),
    rMeasAll: opt(dto.rMeasAllIPlusIMinus),
    rMeasWithin: opt(dto.rMeasWithinIPlusIMinus),
    rPimAll: opt(dto.rPimAllIPlusIMinus),
    rPimWithin: opt(dto.rPimWithinIPlusIMinus),
    fractionalPartialBias: opt(dto.fractionalPartialBias),
    observations: opt(dto.nTotalObservations),
    uniqueObservations: opt(dto.nTotalUniqueObservations),
    meanIOverSigI: opt(dto.meanIOverSigI),
    completeness: opt(dto.completeness),
    multiplicity: opt(dto.multiplicity),
    anomalousCompleteness: opt(dto.anomalousCompleteness),
    anomalousMultiplicity: opt(dto.anomalousMultiplicity),
    anomalous: opt(dto.anomalous),
    ccHalf: opt(dto.ccHalf),
    ccAnomalous: opt(dto.ccAnomalous),
    resolutionIOverSigI2A: opt(dto.resIOverSigI2),
    comments: opt(dto.comments),
  };
}

const SHELL_OF_TYPE: Readonly<Record<string, ShellKind>> = {
  overall: 'overall',
  innershell: 'inner',
  outershell: 'outer',
};

/**
 * Sorts statistics rows into shells by `scalingStatisticsType`. Rows of an unknown or missing
 * type are left out, and the first row of a type wins (the route returns at most one per type).
 */
export function mapShells(rows: readonly ScalingStatisticsDto[]): MergingShells {
  const shells: MergingShells = { overall: undefined, inner: undefined, outer: undefined };
  for (const row of rows) {
    const kind = SHELL_OF_TYPE[row.scalingStatisticsType?.trim().toLowerCase() ?? ''];
    if (kind && !shells[kind]) shells[kind] = mapScalingStatistics(row);
  }
  return shells;
}

function mapIntegrationResults(dto: AutoProcIntegrationDto): IntegrationResult[] {
  const refinedBeam = { x: opt(dto.refinedXBeam), y: opt(dto.refinedYBeam) };
  return (dto.AutoProcScalingHasInt ?? []).map(({ AutoProcScaling: scaling }) => {
    const autoProc = scaling?.AutoProc;
    let cell: UnitCell | undefined;
    if (autoProc) {
      const { refinedCell_a: a, refinedCell_b: b, refinedCell_c: c } = autoProc;
      const {
        refinedCell_alpha: alpha,
        refinedCell_beta: beta,
        refinedCell_gamma: gamma,
      } = autoProc;
      if (
        a !== null &&
        b !== null &&
        c !== null &&
        alpha !== null &&
        beta !== null &&
        gamma !== null
      ) {
        cell = { a, b, c, alpha, beta, gamma };
      }
    }
    return {
      spaceGroup: opt(autoProc?.spaceGroup),
      cell,
      refinedBeam,
      shells: mapShells(scaling?.AutoProcScalingStatistics ?? []),
    };
  });
}

/**
 * The route does not repeat the data collection id, so the caller passes the one it asked for.
 * Note py-ispyb's defect: it returns one statistics row per program (an arbitrary shell), so
 * expect a single filled shell from a real server.
 */
export function mapAutoIntegration(
  dataCollectionId: number,
  dto: AutoIntegrationDto,
): AutoIntegration {
  return {
    ...mapAutoProcProgram(dataCollectionId, dto),
    results: (dto.AutoProcIntegration ?? []).flatMap(mapIntegrationResults),
  };
}

/** A `/processings` row; like auto-integrations, it does not repeat the data collection id. */
export function mapAutoProcProgram(
  dataCollectionId: number,
  dto: AutoProcProgramDto,
): ProgramDetails {
  return {
    programId: dto.autoProcProgramId,
    dataCollectionId,
    programs: opt(dto.processingPrograms),
    commandLine: opt(dto.processingCommandLine),
    state: mapProcessingState(dto.processingStatus),
    message: opt(dto.processingMessage),
    start: parseOptionalIspybDate(dto.processingStartTime),
    end: parseOptionalIspybDate(dto.processingEndTime),
    environment: opt(dto.processingEnvironment),
    attachmentCount: opt(dto._metadata?.attachments),
    messages: (dto._metadata?.autoProcProgramMessages ?? []).map(mapProcessingMessage),
  };
}
