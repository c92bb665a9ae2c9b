/**
 * Experiment types are an open string in ISPyB (`SSX-Chip`, `Serial Jet`, `OSC`, `""`…):
 * never an exhaustive enum here.
 */
export type ExperimentType = string;

const SERIAL_TYPES = new Set(['ssx-chip', 'ssx-jet', 'serial fixed', 'serial jet', 'still']);

/** The five serial values of the ISPyB enums form one "SSX" family. */
export function isSerialExperiment(type: ExperimentType | undefined): boolean {
  return type !== undefined && SERIAL_TYPES.has(type.trim().toLowerCase());
}

/** SSX-specific fields of a data collection (ISPyB `SSXDataCollection`). */
export interface SsxParameters {
  /** Hz */
  repetitionRate: number | undefined;
  /** Relative bandwidth ΔE/E as stored. */
  energyBandwidth: number | undefined;
  monoStripe: string | undefined;
  /** m/s */
  jetSpeedMs: number | undefined;
  /** µm */
  jetSizeUm: number | undefined;
  chipPattern: string | undefined;
  chipModel: string | undefined;
  /** s */
  reactionDurationS: number | undefined;
  /** µJ */
  laserEnergyUj: number | undefined;
  experimentName: string | undefined;
}

/** One run: an ISPyB DataCollection. */
export interface DataCollection {
  id: number;
  groupId: number;
  experimentType: ExperimentType | undefined;
  runStatus: string | undefined;
  start: Date | undefined;
  end: Date | undefined;
  numberOfImages: number | undefined;
  /** Å */
  wavelengthA: number | undefined;
  /** s */
  exposureTimeS: number | undefined;
  /** photons/s */
  flux: number | undefined;
  /** % */
  transmissionPct: number | undefined;
  /** µm (ISPyB stores beamSizeAtSample in mm on classic beamlines and µm in SSX webservices) */
  beamSizeX: number | undefined;
  beamSizeY: number | undefined;
  /** Å, at the detector edge */
  resolutionA: number | undefined;
  /** mm */
  detectorDistanceMm: number | undefined;
  imageDirectory: string | undefined;
  fileTemplate: string | undefined;
  /** `undefined` when the server does not send SSX fields at all (py-ispyb master and W). */
  ssx: SsxParameters | undefined;
  detectorModel: string | undefined;
  // Optional extras, sent by some branches only; optional so hand-built runs need not fill them.
  /** The group's sample (`DataCollectionGroup.blSampleId`, ssx-events / 192 branches). */
  sampleId?: number | undefined;
  imagePrefix?: string | undefined;
  numberOfPasses?: number | undefined;
  detectorManufacturer?: string | undefined;
  detectorType?: string | undefined;
}

/** One experiment on one sample: an ISPyB DataCollectionGroup, as seen through `/events`. */
export interface DataCollectionGroup {
  id: number;
  sessionId: number;
  sessionName: string | undefined;
  proposalName: string;
  experimentType: ExperimentType | undefined;
  sampleId: number | undefined;
  sampleName: string | undefined;
  runCount: number;
  start: Date | undefined;
  end: Date | undefined;
  /** minutes, summed over runs */
  durationMin: number | undefined;
  /** The most recent run of the group: py-ispyb's grouped event carries it. */
  latestRun: DataCollection;
}

/** Human label for an experiment type; empty and missing types are common on real servers. */
export function experimentTypeLabel(type: ExperimentType | undefined): string {
  const t = type?.trim();
  return t ? t : 'Unspecified';
}
