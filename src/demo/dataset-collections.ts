import { addMinutes, toIsoLocal } from './dates.util';
import type { DatasetBuilder } from './dataset-builder';
import type {
  AutoProcProgramAttachmentRow,
  AutoProcProgramMessageRow,
  AutoProcProgramRow,
  DataCollectionRow,
  RobotActionRow,
} from './dataset.types';

/** A DataCollection row with every optional column null, as a fresh database row has. */
export function blankDataCollection(
  dataCollectionId: number,
  dataCollectionGroupId: number,
  start: Date,
  end: Date,
): DataCollectionRow {
  return {
    dataCollectionId,
    dataCollectionGroupId,
    detectorId: null,
    dataCollectionNumber: 1,
    startTime: toIsoLocal(start),
    endTime: toIsoLocal(end),
    runStatus: null,
    imageDirectory: null,
    fileTemplate: null,
    imageContainerSubPath: null,
    imagePrefix: null,
    numberOfImages: null,
    numberOfPasses: null,
    wavelength: null,
    exposureTime: null,
    flux: null,
    xBeam: null,
    yBeam: null,
    beamSizeAtSampleX: null,
    beamSizeAtSampleY: null,
    transmission: null,
    resolution: null,
    detectorDistance: null,
    axisStart: null,
    axisEnd: null,
    axisRange: null,
    rotationAxis: null,
    overlap: null,
    phiStart: null,
    kappaStart: null,
    omegaStart: null,
    chiStart: null,
    xBeamPix: null,
    yBeamPix: null,
    undulatorGap1: null,
    undulatorGap2: null,
    undulatorGap3: null,
    beamShape: null,
    polarisation: null,
    magnification: null,
    binning: null,
    particleDiameter: null,
    defocusStepSize: null,
    amountAstigmatism: null,
    voltage: null,
    objAperture: null,
    comments: null,
  };
}

/** `/data/visitor/mx2532/id29/20250314/RAW_DATA/<sample>/<run>` (ESRF layout). */
export function rawDataDirectory(
  proposal: string,
  beamLine: string,
  start: Date,
  sample: string,
  run: string,
): string {
  const day = toIsoLocal(start).slice(0, 10).replaceAll('-', '');
  const bl = beamLine.toLowerCase().replaceAll('-', '');
  return `/data/visitor/${proposal.toLowerCase()}/${bl}/${day}/RAW_DATA/${sample}/${run}`;
}

export function processedDirectory(imageDirectory: string, program: string): string {
  return `${imageDirectory.replace('/RAW_DATA/', '/PROCESSED_DATA/')}/${program}`;
}

interface ProgramInput {
  dataCollectionId: number;
  programs: string;
  commandLine: string;
  status: AutoProcProgramRow['processingStatus'];
  start: Date;
  minutes: number | null;
  message: string | null;
  environment: string | null;
  kind: AutoProcProgramRow['kind'];
}

export function addProgram(b: DatasetBuilder, input: ProgramInput): AutoProcProgramRow {
  const end = input.minutes === null ? null : addMinutes(input.start, input.minutes);
  const row: AutoProcProgramRow = {
    autoProcProgramId: b.nextId('autoProcPrograms'),
    dataCollectionId: input.dataCollectionId,
    processingCommandLine: input.commandLine,
    processingPrograms: input.programs,
    processingStatus: input.status,
    processingMessage: input.message,
    processingStartTime: toIsoLocal(input.start),
    processingEndTime: end ? toIsoLocal(end) : null,
    processingEnvironment: input.environment,
    recordTimeStamp: toIsoLocal(end ?? input.start),
    kind: input.kind,
  };
  b.data.autoProcPrograms.push(row);
  return row;
}

export function addAttachment(
  b: DatasetBuilder,
  program: AutoProcProgramRow,
  directory: string,
  fileName: string,
  fileType: AutoProcProgramAttachmentRow['fileType'],
  importanceRank: number | null,
): void {
  b.data.autoProcProgramAttachments.push({
    autoProcProgramAttachmentId: b.nextId('autoProcProgramAttachments'),
    autoProcProgramId: program.autoProcProgramId,
    fileType,
    fileName,
    filePath: directory,
    importanceRank,
  });
}

export function addMessage(
  b: DatasetBuilder,
  program: AutoProcProgramRow,
  severity: AutoProcProgramMessageRow['severity'],
  description: string,
  message: string,
): void {
  b.data.autoProcProgramMessages.push({
    autoProcProgramMessageId: b.nextId('autoProcProgramMessages'),
    autoProcProgramId: program.autoProcProgramId,
    severity,
    description,
    message,
    recordTimeStamp: program.recordTimeStamp,
  });
}

export function addRobotAction(
  b: DatasetBuilder,
  sessionId: number,
  blSampleId: number | null,
  actionType: RobotActionRow['actionType'],
  start: Date,
  seconds: number,
  status: 'SUCCESS' | 'ERROR' = 'SUCCESS',
  message: string | null = null,
): void {
  b.data.robotActions.push({
    robotActionId: b.nextId('robotActions'),
    blsessionId: sessionId,
    blsampleId: blSampleId,
    actionType,
    startTimestamp: toIsoLocal(start),
    endTimestamp: toIsoLocal(addMinutes(start, seconds / 60)),
    status,
    message:
      message ??
      (actionType === 'LOAD'
        ? 'Sample loaded'
        : actionType === 'UNLOAD'
          ? 'Sample unloaded'
          : null),
  });
}

export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
