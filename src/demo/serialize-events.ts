import { minutesBetween } from './dates.util';
import { proposalName, type DatasetIndex } from './dataset-index';
import type {
  DataCollectionGroupRow,
  DataCollectionRow,
  RobotActionRow,
  SessionRow,
} from './dataset.types';
import { sessionName } from './serialize-core';

/**
 * `/events` items (contract-notes 3.9): the DataCollection with every M/W field plus the E-branch
 * extensions (`DataCollectionGroup.blSampleId`, nested `SSXDataCollection` and `Detector`).
 */

export function serializeDataCollection(db: DatasetIndex, dc: DataCollectionRow) {
  const group = db.groups.get(dc.dataCollectionGroupId);
  const ssx = db.ssxDataCollections.get(dc.dataCollectionId);
  const detector = dc.detectorId === null ? undefined : db.detectors.get(dc.detectorId);
  return {
    runStatus: dc.runStatus,
    imageDirectory: dc.imageDirectory,
    fileTemplate: dc.fileTemplate,
    imageContainerSubPath: dc.imageContainerSubPath,
    numberOfImages: dc.numberOfImages,
    numberOfPasses: dc.numberOfPasses,
    wavelength: dc.wavelength,
    exposureTime: dc.exposureTime,
    flux: dc.flux,
    xBeam: dc.xBeam,
    yBeam: dc.yBeam,
    beamSizeAtSampleX: dc.beamSizeAtSampleX,
    beamSizeAtSampleY: dc.beamSizeAtSampleY,
    transmission: dc.transmission,
    resolution: dc.resolution,
    detectorDistance: dc.detectorDistance,
    axisStart: dc.axisStart,
    axisEnd: dc.axisEnd,
    axisRange: dc.axisRange,
    rotationAxis: dc.rotationAxis,
    overlap: dc.overlap,
    phiStart: dc.phiStart,
    kappaStart: dc.kappaStart,
    omegaStart: dc.omegaStart,
    chiStart: dc.chiStart,
    xBeamPix: dc.xBeamPix,
    yBeamPix: dc.yBeamPix,
    undulatorGap1: dc.undulatorGap1,
    undulatorGap2: dc.undulatorGap2,
    undulatorGap3: dc.undulatorGap3,
    beamShape: dc.beamShape,
    polarisation: dc.polarisation,
    imagePrefix: dc.imagePrefix,
    magnification: dc.magnification,
    binning: dc.binning,
    particleDiameter: dc.particleDiameter,
    defocusStepSize: dc.defocusStepSize,
    amountAstigmatism: dc.amountAstigmatism,
    voltage: dc.voltage,
    objAperture: dc.objAperture,
    dataCollectionId: dc.dataCollectionId,
    DataCollectionGroup: {
      dataCollectionGroupId: dc.dataCollectionGroupId,
      experimentType: group?.experimentType ?? null,
      blSampleId: group?.blSampleId ?? null,
      Workflow: null,
    },
    GridInfo: [],
    SSXDataCollection: ssx ? { ...ssx } : null,
    Detector: detector ? { ...detector } : null,
    _metadata: {
      snapshots: { '1': false, '2': false, '3': false, '4': false, analysis: false },
    },
  };
}

function eventHeader(db: DatasetIndex, session: SessionRow | undefined, blSampleId: number | null) {
  const proposal = session ? db.proposals.get(session.proposalId) : undefined;
  const sample = blSampleId === null ? undefined : db.samples.get(blSampleId);
  return {
    session: session ? sessionName(db, session) : null,
    sessionId: session?.sessionId ?? 0,
    proposal: proposal ? proposalName(proposal) : '',
    blSample: sample?.name ?? null,
    blSampleId: sample ? sample.blSampleId : null,
  };
}

const round4 = (value: number): number => Math.round(value * 10_000) / 10_000;

/**
 * One `dc` event for a set of data collections of one group: with several runs, py-ispyb gives
 * the group's highest dataCollectionId as `id` (its Item), the earliest start, the latest end
 * and the summed duration in minutes.
 */
export function dataCollectionEvent(
  db: DatasetIndex,
  group: DataCollectionGroupRow,
  dcs: readonly DataCollectionRow[],
) {
  const latest = dcs.reduce((best, dc) =>
    dc.dataCollectionId > best.dataCollectionId ? dc : best,
  );
  const starts = dcs.map((dc) => dc.startTime).sort();
  const ends = dcs.map((dc) => dc.endTime).sort();
  const duration = dcs.reduce((sum, dc) => sum + minutesBetween(dc.startTime, dc.endTime), 0);
  return {
    id: latest.dataCollectionId,
    type: 'dc' as const,
    startTime: starts[0] ?? null,
    endTime: ends.at(-1) ?? null,
    duration: round4(duration),
    count: dcs.length,
    ...eventHeader(db, db.sessions.get(group.sessionId), group.blSampleId),
    attachments: 0,
    Item: serializeDataCollection(db, latest),
  };
}

export function robotEvent(db: DatasetIndex, action: RobotActionRow) {
  return {
    id: action.robotActionId,
    type: 'robot' as const,
    startTime: action.startTimestamp,
    endTime: action.endTimestamp,
    duration: round4(minutesBetween(action.startTimestamp, action.endTimestamp)),
    count: 1,
    ...eventHeader(db, db.sessions.get(action.blsessionId), action.blsampleId),
    attachments: 0,
    Item: { actionType: action.actionType, status: action.status, message: action.message },
  };
}

export type DemoEvent = ReturnType<typeof dataCollectionEvent> | ReturnType<typeof robotEvent>;
