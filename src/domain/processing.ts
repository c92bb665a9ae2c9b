import type { UnitCell } from './sample';

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
  /**
   * The server sent as many x values as counts (a truncated answer), so the last edge was
   * extrapolated from the bin width.
   */
  lastEdgeInferred?: boolean | undefined;
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

/** Which part of py-ispyb's status summary a program comes from. */
export type ProcessingKind = 'autoIntegration' | 'processing' | 'screening' | 'xrc';

export interface ProcessingProgram {
  id: number;
  dataCollectionId: number;
  programs: string;
  state: ProcessingState;
  /** `autoIntegration` or `processing`: the kinds py-ispyb gives a program id for. */
  kind?: ProcessingKind | undefined;
}

/** A status without a program id: screening (characterisation) and X-ray centring. */
export interface ProcessingStep {
  kind: 'screening' | 'xrc';
  program: string;
  state: ProcessingState;
  /** Screening only: whether indexing worked. */
  indexingState?: ProcessingState | undefined;
}

/** Everything `/processings/status` says about one run. */
export interface RunProcessingStatus {
  dataCollectionId: number;
  programs: ProcessingProgram[];
  steps: ProcessingStep[];
}

export type MessageSeverity = 'error' | 'warning' | 'info';

/** An AutoProcProgramMessage: what a pipeline reported while it ran. */
export interface ProcessingMessage {
  id: number;
  programId: number;
  severity: MessageSeverity;
  /** Short title, e.g. "Low completeness". */
  description: string;
  message: string;
  recordedAt: Date | undefined;
}

export interface MessageCounts {
  dataCollectionId: number;
  errors: number;
  warnings: number;
  info: number;
}

/** A file a pipeline produced (log, result, graph…). */
export interface ProcessingAttachment {
  id: number;
  programId: number;
  fileName: string;
  /** `Log`, `Result`, `Graph`, `Debug`, `Input` (open string). */
  fileType: string;
  importanceRank: number | undefined;
  /**
   * Download path as py-ispyb reports it, including the server's own API root
   * (`/ispyb/api/v1/processings/attachments/1`): behind a gateway, build the URL from the
   * client's base URL and `id` instead.
   */
  url: string;
}

export type ShellKind = 'overall' | 'inner' | 'outer';
export const SHELL_KINDS: readonly ShellKind[] = ['overall', 'inner', 'outer'];

/**
 * One row of AutoProcScalingStatistics, values as stored: the schema fixes no units
 * (completeness is customarily %, CC½ may be % or a fraction depending on the pipeline).
 */
export interface ScalingStatistics {
  /** Å */
  resolutionLowA: number | undefined;
  /** Å */
  resolutionHighA: number | undefined;
  rMerge: number | undefined;
  rMeasAll: number | undefined;
  rMeasWithin: number | undefined;
  rPimAll: number | undefined;
  rPimWithin: number | undefined;
  fractionalPartialBias: number | undefined;
  observations: number | undefined;
  uniqueObservations: number | undefined;
  meanIOverSigI: number | undefined;
  completeness: number | undefined;
  multiplicity: number | undefined;
  anomalousCompleteness: number | undefined;
  anomalousMultiplicity: number | undefined;
  anomalous: boolean | undefined;
  ccHalf: number | undefined;
  ccAnomalous: number | undefined;
  /** Å, where I/σ(I) falls to 2 */
  resolutionIOverSigI2A: number | undefined;
  comments: string | undefined;
}

/** A shell is `undefined` when the server did not send it (py-ispyb often sends one only). */
export type MergingShells = Record<ShellKind, ScalingStatistics | undefined>;

export interface IntegrationResult {
  spaceGroup: string | undefined;
  /** Refined cell (Å, °). */
  cell: UnitCell | undefined;
  refinedBeam: { x: number | undefined; y: number | undefined };
  shells: MergingShells;
}

/** An AutoProcProgram as `/processings` and `/processings/auto-integrations` describe it. */
export interface ProgramDetails {
  programId: number;
  dataCollectionId: number;
  programs: string | undefined;
  commandLine: string | undefined;
  state: ProcessingState;
  message: string | undefined;
  start: Date | undefined;
  end: Date | undefined;
  /** Where it ran, e.g. `slurm`. */
  environment?: string | undefined;
  attachmentCount: number | undefined;
  messages: ProcessingMessage[];
}

/** An auto-processing program with its merging statistics (`/processings/auto-integrations`). */
export interface AutoIntegration extends ProgramDetails {
  results: IntegrationResult[];
}

/** One program of a run as the Processing tab shows it: whatever each route said about it. */
export interface RunProgram {
  programId: number;
  /** `CrystFEL`, `xia2.ssx`, `autoPROC`…; `Program <id>` when no route names it. */
  name: string;
  state: ProcessingState;
  kind: ProcessingKind | undefined;
  details: ProgramDetails | undefined;
  /** Merging statistics, for programs `/processings/auto-integrations` lists. */
  results: IntegrationResult[];
  messages: ProcessingMessage[];
}

const SEVERITY_ORDER: Readonly<Record<MessageSeverity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Joins what the routes say about a run's programs, by program id: the status summary, the
 * program rows (`/processings`, `/processings/auto-integrations`) and the messages. A program any
 * one of them mentions is listed, so a server whose status summary misses the serial programs
 * (py-ispyb's gap) still shows them. Failed programs first, then by start time; messages by
 * severity, then time.
 */
export function joinRunPrograms(
  status: RunProcessingStatus | undefined,
  details: readonly ProgramDetails[],
  integrations: readonly AutoIntegration[],
  messages: readonly ProcessingMessage[],
): RunProgram[] {
  const byId = new Map<number, RunProgram>();
  const entry = (programId: number): RunProgram => {
    let program = byId.get(programId);
    if (!program) {
      program = {
        programId,
        name: `Program ${programId}`,
        state: 'running',
        kind: undefined,
        details: undefined,
        results: [],
        messages: [],
      };
      byId.set(programId, program);
    }
    return program;
  };
  const named = new Set<number>();
  for (const p of status?.programs ?? []) {
    const program = entry(p.id);
    program.name = p.programs;
    program.state = p.state;
    program.kind = p.kind;
    named.add(p.id);
  }
  const describe = (d: ProgramDetails, kind: ProcessingKind) => {
    const program = entry(d.programId);
    program.details = d;
    program.kind ??= kind;
    if (!named.has(d.programId)) {
      program.name = d.programs ?? program.name;
      program.state = d.state;
    }
  };
  for (const d of details) describe(d, 'processing');
  for (const d of integrations) {
    describe(d, 'autoIntegration');
    entry(d.programId).results = d.results;
  }
  const seen = new Set<number>();
  for (const m of [...messages, ...[...details, ...integrations].flatMap((d) => d.messages)]) {
    if (seen.has(m.id)) continue;
    seen.add(m.id);
    entry(m.programId).messages.push(m);
  }
  const time = (d: Date | undefined) => d?.getTime() ?? Number.POSITIVE_INFINITY;
  for (const program of byId.values()) {
    program.messages.sort(
      (a, b) =>
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        time(a.recordedAt) - time(b.recordedAt) ||
        a.id - b.id,
    );
  }
  return [...byId.values()].sort(
    (a, b) =>
      Number(b.state === 'failed') - Number(a.state === 'failed') ||
      time(a.details?.start) - time(b.details?.start) ||
      a.programId - b.programId,
  );
}

/** Files worth reading in the page (text); result files such as 10⁶ unit cells are downloaded. */
export function isViewableAttachment(attachment: ProcessingAttachment): boolean {
  return (
    /^(log|debug|input)$/i.test(attachment.fileType) ||
    /\.(log|txt|out|err|dat|json|lst|params|stream)$/i.test(attachment.fileName)
  );
}
