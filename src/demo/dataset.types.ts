/**
 * The demo "database": plain rows named and shaped after ISPyB's tables (column names as in the
 * schema, so the serializers read like py-ispyb's models). Times are zone-less ISO strings, as the
 * database holds them. Unit cells are not stored: each processed run keeps a small recipe
 * (`UnitCellRecipe`) from which its cells are generated on demand.
 */

import type { SsxMergeRow } from './dataset-merged.types';

export type IsoLocal = string;

export interface LaboratoryRow {
  laboratoryId: number;
  name: string;
  address: string;
  city: string;
  country: string;
  url: string | null;
  laboratoryExtPk: number | null;
  recordTimeStamp: IsoLocal;
}

export interface PersonRow {
  personId: number;
  laboratoryId: number | null;
  title: string | null;
  givenName: string;
  familyName: string;
  emailAddress: string | null;
  phoneNumber: string | null;
  login: string | null;
  recordTimeStamp: IsoLocal;
}

export interface UserGroupRow {
  userGroupId: number;
  name: string;
  /** Permission.type values granted through UserGroup_has_Permission. */
  permissions: string[];
}

export interface UserGroupHasPersonRow {
  userGroupId: number;
  personId: number;
}

export interface BeamLineGroupBeamLine {
  beamLineName: string;
  sampleChangerType: string | null;
  sampleChangerCapacity: number | null;
  archived: boolean;
}

/** One entry of AdminVar('beamLineGroups'): who may see which beamlines. */
export interface BeamLineGroup {
  groupName: string;
  uiGroup: string;
  permission: string;
  beamLines: BeamLineGroupBeamLine[];
}

export type ProposalState = 'Open' | 'Closed' | 'Cancelled';

export interface ProposalRow {
  proposalId: number;
  /** PI; not used for visibility (py-ispyb ignores it). */
  personId: number;
  title: string;
  proposalCode: string;
  proposalNumber: string;
  proposalType: string;
  state: ProposalState;
  bltimeStamp: IsoLocal;
}

export interface ProposalHasPersonRow {
  proposalHasPersonId: number;
  proposalId: number;
  personId: number;
  role: string | null;
}

export interface BeamLineSetupRow {
  beamLineSetupId: number;
  synchrotronMode: string | null;
  undulatorType1: string | null;
  undulatorType2: string | null;
  undulatorType3: string | null;
  focalSpotSizeAtSample: number | null;
  focusingOptic: string | null;
  beamDivergenceHorizontal: number | null;
  beamDivergenceVertical: number | null;
  polarisation: number | null;
  monochromatorType: string | null;
  setupDate: IsoLocal | null;
  synchrotronName: string | null;
  maxExpTimePerDataCollection: number | null;
  minExposureTimePerImage: number | null;
  goniostatMaxOscillationSpeed: number | null;
  goniostatMinOscillationWidth: number | null;
  minTransmission: number | null;
  CS: number | null;
}

export interface SessionRow {
  sessionId: number;
  proposalId: number;
  beamLineSetupId: number | null;
  startDate: IsoLocal;
  endDate: IsoLocal;
  beamLineName: string;
  scheduled: boolean;
  nbShifts: number | null;
  comments: string | null;
  beamLineOperator: string | null;
  visit_number: number;
  nbReimbDewars: number | null;
}

export interface SessionTypeRow {
  sessionTypeId: number;
  sessionId: number;
  typeName: string;
}

export interface SessionHasPersonRow {
  sessionId: number;
  personId: number;
  role: string | null;
  remote: boolean;
}

export interface LabContactRow {
  labContactId: number;
  personId: number;
  cardName: string;
  proposalId: number;
  defaultCourrierCompany: string | null;
  courierAccount: string | null;
  billingReference: string | null;
  dewarAvgCustomsValue: number | null;
  dewarAvgTransportValue: number | null;
  recordTimeStamp: IsoLocal;
}

export type SafetyLevel = 'GREEN' | 'YELLOW' | 'RED';

export interface ShippingRow {
  shippingId: number;
  proposalId: number;
  shippingName: string;
  shippingStatus: string | null;
  comments: string | null;
  sendingLabContactId: number | null;
  returnLabContactId: number | null;
  safetyLevel: SafetyLevel | null;
  bltimeStamp: IsoLocal;
}

export interface DewarRow {
  dewarId: number;
  shippingId: number;
  code: string;
  barCode: string | null;
  dewarStatus: string | null;
  type: 'Dewar' | 'Toolbox' | 'Parcel';
}

export interface ContainerRow {
  containerId: number;
  dewarId: number;
  code: string;
  containerType: string;
  capacity: number | null;
  sampleChangerLocation: string | null;
  beamlineLocation: string | null;
  containerStatus: string | null;
}

export interface ComponentTypeRow {
  componentTypeId: number;
  name: string;
}

export interface ConcentrationTypeRow {
  concentrationTypeId: number;
  name: string;
  symbol: string;
}

export interface ProteinRow {
  proteinId: number;
  proposalId: number;
  name: string;
  acronym: string;
  sequence: string | null;
  density: number | null;
  molecularMass: number | null;
  /** Stored as text in the ESRF models: py-ispyb sends "1". */
  containmentLevel: string | null;
  hazardGroup: string | null;
  safetyLevel: SafetyLevel | null;
  componentTypeId: number | null;
}

export interface CrystalRow {
  crystalId: number;
  proteinId: number;
  spaceGroup: string | null;
  cell_a: number | null;
  cell_b: number | null;
  cell_c: number | null;
  cell_alpha: number | null;
  cell_beta: number | null;
  cell_gamma: number | null;
  /** Crystal size in µm. */
  size_X: number | null;
  size_Y: number | null;
  size_Z: number | null;
  /** Crystal density of a slurry, crystals per mL. */
  abundance: number | null;
  comments: string | null;
}

export type SampleSupport = 'Chip' | 'Injector' | 'Tape drive';

export interface BLSampleRow {
  blSampleId: number;
  crystalId: number;
  /** Null for samples registered by the SSX webservice (never shipped in a container). */
  containerId: number | null;
  name: string;
  comments: string | null;
  location: number | null;
  loopType: string | null;
  /** µL of slurry. */
  volume: number | null;
  support: SampleSupport | null;
  recordTimeStamp: IsoLocal;
}

export interface ComponentRow {
  componentId: number;
  componentTypeId: number;
  proposalId: number | null;
  name: string;
  composition: string | null;
}

/** SampleComposition and CrystalComposition share their columns; one of the two owner ids is set. */
export interface CompositionRow {
  compositionId: number;
  componentId: number;
  blSampleId: number | null;
  crystalId: number | null;
  concentrationTypeId: number | null;
  abundance: number | null;
  ratio: number | null;
  ph: number | null;
}

export interface DetectorRow {
  detectorId: number;
  detectorType: string | null;
  detectorManufacturer: string | null;
  detectorModel: string | null;
  detectorPixelSizeHorizontal: number | null;
  detectorPixelSizeVertical: number | null;
  detectorSerialNumber: string | null;
  detectorDistanceMin: number | null;
  detectorDistanceMax: number | null;
  trustedPixelValueRangeLower: number | null;
  trustedPixelValueRangeUpper: number | null;
  sensorThickness: number | null;
  overload: number | null;
  XGeoCorr: string | null;
  YGeoCorr: string | null;
  detectorMode: string | null;
  detectorMaxResolution: number | null;
  detectorMinResolution: number | null;
  CS: number | null;
  density: number | null;
  composition: string | null;
  localName: string | null;
}

export interface DataCollectionGroupRow {
  dataCollectionGroupId: number;
  sessionId: number;
  blSampleId: number | null;
  /** Open vocabulary: `SSX-Chip`, `SSX-Jet`, `OSC`, `""`, … */
  experimentType: string;
  startTime: IsoLocal;
  endTime: IsoLocal;
  comments: string | null;
}

export interface DataCollectionRow {
  dataCollectionId: number;
  dataCollectionGroupId: number;
  detectorId: number | null;
  dataCollectionNumber: number;
  startTime: IsoLocal;
  endTime: IsoLocal;
  runStatus: string | null;
  imageDirectory: string | null;
  fileTemplate: string | null;
  imageContainerSubPath: string | null;
  imagePrefix: string | null;
  numberOfImages: number | null;
  numberOfPasses: number | null;
  /** Å */
  wavelength: number | null;
  /** s */
  exposureTime: number | null;
  /** photons/s */
  flux: number | null;
  xBeam: number | null;
  yBeam: number | null;
  /** mm (py-ispyb's unit) */
  beamSizeAtSampleX: number | null;
  beamSizeAtSampleY: number | null;
  /** % */
  transmission: number | null;
  /** Å at the detector edge */
  resolution: number | null;
  /** mm */
  detectorDistance: number | null;
  axisStart: number | null;
  axisEnd: number | null;
  axisRange: number | null;
  rotationAxis: string | null;
  overlap: number | null;
  phiStart: number | null;
  kappaStart: number | null;
  omegaStart: number | null;
  chiStart: number | null;
  xBeamPix: number | null;
  yBeamPix: number | null;
  undulatorGap1: number | null;
  undulatorGap2: number | null;
  undulatorGap3: number | null;
  beamShape: string | null;
  polarisation: number | null;
  magnification: number | null;
  binning: number | null;
  particleDiameter: number | null;
  defocusStepSize: number | null;
  amountAstigmatism: number | null;
  voltage: number | null;
  objAperture: number | null;
  comments: string | null;
}

export interface SSXDataCollectionRow {
  dataCollectionId: number;
  /** Hz */
  repetitionRate: number | null;
  energyBandwidth: number | null;
  monoStripe: string | null;
  /** m/s */
  jetSpeed: number | null;
  /** µm */
  jetSize: number | null;
  chipPattern: string | null;
  chipModel: string | null;
  /** s */
  reactionDuration: number | null;
  /** µJ */
  laserEnergy: number | null;
  experimentName: string | null;
}

export interface EventTypeRow {
  eventTypeId: number;
  name: 'XrayDetection' | 'XrayExposure' | 'LaserExcitation' | 'ReactionTrigger';
}

export interface EventChainRow {
  eventChainId: number;
  dataCollectionId: number;
  name: string | null;
}

export interface EventRow {
  eventId: number;
  eventChainId: number;
  eventTypeId: number;
  componentId: number | null;
  name: string | null;
  /** s from the start of the pattern */
  offset: number;
  duration: number | null;
  period: number | null;
  repetition: number | null;
}

export interface RobotActionRow {
  robotActionId: number;
  blsessionId: number;
  blsampleId: number | null;
  actionType: 'LOAD' | 'UNLOAD' | 'DISPOSE' | 'STORE' | 'WASH' | 'ANNEAL';
  startTimestamp: IsoLocal;
  endTimestamp: IsoLocal;
  status: string | null;
  message: string | null;
}

/** null = running, 0 = failed, 1 = success (py-ispyb's mapping of the ESRF enum). */
export type ProcessingStatusValue = 0 | 1 | null;

export interface AutoProcProgramRow {
  autoProcProgramId: number;
  /** The ESRF fork's extra column; the SSX routes rely on it. */
  dataCollectionId: number;
  processingCommandLine: string | null;
  processingPrograms: string;
  processingStatus: ProcessingStatusValue;
  processingMessage: string | null;
  processingStartTime: IsoLocal | null;
  processingEndTime: IsoLocal | null;
  processingEnvironment: string | null;
  recordTimeStamp: IsoLocal;
  /** How py-ispyb finds it: integrations (classic) or serial stats files. */
  kind: 'integration' | 'ssx';
}

export interface AutoProcProgramMessageRow {
  autoProcProgramMessageId: number;
  autoProcProgramId: number;
  severity: 'ERROR' | 'WARNING' | 'INFO';
  message: string;
  description: string;
  recordTimeStamp: IsoLocal;
}

export interface AutoProcProgramAttachmentRow {
  autoProcProgramAttachmentId: number;
  autoProcProgramId: number;
  fileType: 'Log' | 'Result' | 'Graph' | 'Debug' | 'Input';
  fileName: string;
  filePath: string;
  importanceRank: number | null;
}

export interface AutoProcIntegrationRow {
  autoProcIntegrationId: number;
  dataCollectionId: number;
  autoProcProgramId: number;
  refinedXBeam: number | null;
  refinedYBeam: number | null;
}

export interface AutoProcRow {
  autoProcId: number;
  autoProcProgramId: number;
  spaceGroup: string;
  refinedCell_a: number;
  refinedCell_b: number;
  refinedCell_c: number;
  refinedCell_alpha: number;
  refinedCell_beta: number;
  refinedCell_gamma: number;
}

export interface AutoProcScalingStatisticsRow {
  autoProcScalingStatisticsId: number;
  /** AutoProc → AutoProcScaling → statistics, flattened: one scaling per AutoProc here. */
  autoProcId: number;
  scalingStatisticsType: 'overall' | 'innerShell' | 'outerShell';
  comments: string | null;
  resolutionLimitLow: number;
  resolutionLimitHigh: number;
  rMerge: number;
  rMeasAllIPlusIMinus: number;
  rPimAllIPlusIMinus: number;
  fractionalPartialBias: number | null;
  nTotalObservations: number;
  nTotalUniqueObservations: number;
  meanIOverSigI: number;
  completeness: number;
  multiplicity: number;
  anomalousCompleteness: number;
  anomalousMultiplicity: number;
  anomalous: boolean;
  ccHalf: number;
  ccAnomalous: number | null;
  resIOverSigI2: number | null;
}

/** Six cell parameters: a, b, c (Å), alpha, beta, gamma (°). */
export type CellParameters = readonly [number, number, number, number, number, number];

/**
 * How to regenerate the indexed unit cells of one run: `count` cells scattered around `mean`,
 * with a fraction of outliers and optionally a second lattice. Generated lazily from `seed`.
 */
export interface UnitCellRecipe {
  seed: number;
  count: number;
  mean: CellParameters;
  /** Relative standard deviation of a, b, c (e.g. 0.004 = 0.4 %). */
  lengthSpread: number;
  /** Standard deviation of the angles in degrees. */
  angleSpread: number;
  /* When a lattice's mean has a = b (tetragonal, hexagonal), generated cells keep a = b. */
  outlierFraction: number;
  secondLattice: { fraction: number; mean: CellParameters } | null;
}

/** What the ssx_stats.json / ssx_cells.json result files of one run contain. */
export interface SsxProcessingRow {
  dataCollectionId: number;
  autoProcProgramId: number;
  nbHits: number;
  nbIndexed: number;
  laticeType: string;
  estimatedResolution: number;
  cells: UnitCellRecipe;
}

export interface DemoDataset {
  seed: number;
  /** The clock the dataset was built around (sessions are placed relative to it). */
  generatedAt: IsoLocal;
  motd: string;
  beamLineGroups: BeamLineGroup[];
  laboratories: LaboratoryRow[];
  persons: PersonRow[];
  userGroups: UserGroupRow[];
  userGroupHasPerson: UserGroupHasPersonRow[];
  proposals: ProposalRow[];
  proposalHasPerson: ProposalHasPersonRow[];
  beamLineSetups: BeamLineSetupRow[];
  sessions: SessionRow[];
  sessionTypes: SessionTypeRow[];
  sessionHasPerson: SessionHasPersonRow[];
  labContacts: LabContactRow[];
  shippings: ShippingRow[];
  dewars: DewarRow[];
  containers: ContainerRow[];
  componentTypes: ComponentTypeRow[];
  concentrationTypes: ConcentrationTypeRow[];
  proteins: ProteinRow[];
  crystals: CrystalRow[];
  samples: BLSampleRow[];
  components: ComponentRow[];
  sampleCompositions: CompositionRow[];
  crystalCompositions: CompositionRow[];
  detectors: DetectorRow[];
  dataCollectionGroups: DataCollectionGroupRow[];
  dataCollections: DataCollectionRow[];
  ssxDataCollections: SSXDataCollectionRow[];
  eventTypes: EventTypeRow[];
  eventChains: EventChainRow[];
  events: EventRow[];
  robotActions: RobotActionRow[];
  autoProcPrograms: AutoProcProgramRow[];
  autoProcProgramMessages: AutoProcProgramMessageRow[];
  autoProcProgramAttachments: AutoProcProgramAttachmentRow[];
  autoProcIntegrations: AutoProcIntegrationRow[];
  autoProcs: AutoProcRow[];
  autoProcScalingStatistics: AutoProcScalingStatisticsRow[];
  ssxProcessing: SsxProcessingRow[];
  /** The merged-datasets extension (docs/extensions/merged-datasets.md). */
  ssxMerges: SsxMergeRow[];
}
