import type { DatasetBuilder } from './dataset-builder';
import type {
  BeamLineGroup,
  BeamLineSetupRow,
  ComponentTypeRow,
  ConcentrationTypeRow,
  DetectorRow,
  EventTypeRow,
} from './dataset.types';

/** ISPyB lookup values (DLS lookups.sql ids; the ESRF fork inserts them by name). */
export const COMPONENT_TYPES: readonly ComponentTypeRow[] = [
  { componentTypeId: 1, name: 'Protein' },
  { componentTypeId: 2, name: 'DNA' },
  { componentTypeId: 3, name: 'Small Molecule' },
  { componentTypeId: 4, name: 'RNA' },
  { componentTypeId: 5, name: 'Ligand' },
  { componentTypeId: 6, name: 'Buffer' },
  { componentTypeId: 7, name: 'JetMaterial' },
];

export const CONCENTRATION_TYPES: readonly ConcentrationTypeRow[] = [
  { concentrationTypeId: 1, name: 'Molar', symbol: 'M' },
  { concentrationTypeId: 2, name: 'Percentage Weight / Volume', symbol: '%(w/v)' },
  { concentrationTypeId: 3, name: 'Percentage Volume / Volume', symbol: '%(v/v)' },
  { concentrationTypeId: 4, name: 'Milligrams / Millilitre', symbol: 'mg/ml' },
  { concentrationTypeId: 5, name: 'Grams', symbol: 'g' },
  { concentrationTypeId: 6, name: 'Microlitre', symbol: 'uL' },
  { concentrationTypeId: 7, name: 'Millilitre', symbol: 'ml' },
];

export const EVENT_TYPES: readonly EventTypeRow[] = [
  { eventTypeId: 1, name: 'XrayDetection' },
  { eventTypeId: 2, name: 'XrayExposure' },
  { eventTypeId: 3, name: 'LaserExcitation' },
  { eventTypeId: 4, name: 'ReactionTrigger' },
];

export function componentTypeId(name: string): number {
  const row = COMPONENT_TYPES.find((type) => type.name === name);
  if (!row) throw new Error(`Unknown component type ${name}`);
  return row.componentTypeId;
}

export function concentrationTypeId(symbol: string): number {
  const row = CONCENTRATION_TYPES.find((type) => type.symbol === symbol);
  if (!row) throw new Error(`Unknown concentration type ${symbol}`);
  return row.concentrationTypeId;
}

export function eventTypeId(name: EventTypeRow['name']): number {
  const row = EVENT_TYPES.find((type) => type.name === name);
  if (!row) throw new Error(`Unknown event type ${name}`);
  return row.eventTypeId;
}

export type BeamLineName = 'ID29' | 'ID30A-3' | 'ID23-2' | 'BM07' | 'P14';

/** As published by AdminVar('beamLineGroups'); `blsci` holds `mx_admin`. */
export const BEAMLINE_GROUPS: readonly BeamLineGroup[] = [
  {
    groupName: 'MX',
    uiGroup: 'mx',
    permission: 'mx_admin',
    beamLines: [
      {
        beamLineName: 'ID29',
        sampleChangerType: null,
        sampleChangerCapacity: null,
        archived: false,
      },
      {
        beamLineName: 'ID30A-3',
        sampleChangerType: 'FlexHCDDual',
        sampleChangerCapacity: 252,
        archived: false,
      },
    ],
  },
  {
    groupName: 'MX-partners',
    uiGroup: 'mx',
    permission: 'mx_partners_admin',
    beamLines: [
      {
        beamLineName: 'ID23-2',
        sampleChangerType: 'FlexHCDDual',
        sampleChangerCapacity: 252,
        archived: false,
      },
      {
        beamLineName: 'BM07',
        sampleChangerType: 'CATS',
        sampleChangerCapacity: 90,
        archived: false,
      },
      {
        beamLineName: 'P14',
        sampleChangerType: 'MARVIN',
        sampleChangerCapacity: 160,
        archived: false,
      },
    ],
  },
];

interface DetectorSpec {
  beamLine: BeamLineName;
  type: string;
  manufacturer: string;
  model: string;
  pixel: number;
  serial: string;
  mode: string | null;
  sensor: number;
}

const DETECTORS: readonly DetectorSpec[] = [
  {
    beamLine: 'ID29',
    type: 'PAD',
    manufacturer: 'PSI',
    model: 'JUNGFRAU 4M',
    pixel: 0.075,
    serial: 'JF4M-ID29-01',
    mode: 'fixed gain',
    sensor: 0.45,
  },
  {
    beamLine: 'ID30A-3',
    type: 'PAD',
    manufacturer: 'Dectris',
    model: 'Eiger X 4M',
    pixel: 0.075,
    serial: 'E-08-0107',
    mode: null,
    sensor: 0.45,
  },
  {
    beamLine: 'ID23-2',
    type: 'PAD',
    manufacturer: 'Dectris',
    model: 'Eiger2 X 9M',
    pixel: 0.075,
    serial: 'E-32-0112',
    mode: null,
    sensor: 0.45,
  },
  {
    beamLine: 'BM07',
    type: 'PAD',
    manufacturer: 'Dectris',
    model: 'Pilatus3 6M',
    pixel: 0.172,
    serial: 'PILATUS3-6M-0133',
    mode: null,
    sensor: 1.0,
  },
  {
    beamLine: 'P14',
    type: 'PAD',
    manufacturer: 'Dectris',
    model: 'Eiger2 X 16M',
    pixel: 0.075,
    serial: 'E-32-0128',
    mode: null,
    sensor: 0.45,
  },
];

const SETUPS: Record<BeamLineName, { mono: string; optic: string; synchrotron: string }> = {
  ID29: { mono: 'multilayer', optic: 'CRL + KB mirrors', synchrotron: 'ESRF' },
  'ID30A-3': { mono: 'Si(111)', optic: 'CRL', synchrotron: 'ESRF' },
  'ID23-2': { mono: 'Si(111)', optic: 'KB mirrors', synchrotron: 'ESRF' },
  BM07: { mono: 'Si(111)', optic: 'toroidal mirror', synchrotron: 'ESRF' },
  P14: { mono: 'Si(111)', optic: 'CRL', synchrotron: 'PETRA III' },
};

/** Lookups, detectors (one per beamline) and beamline setups; remembers `detector:<BL>`, `setup:<BL>`. */
export function addLookups(b: DatasetBuilder): void {
  b.data.componentTypes = COMPONENT_TYPES.map((row) => ({ ...row }));
  b.data.concentrationTypes = CONCENTRATION_TYPES.map((row) => ({ ...row }));
  b.data.eventTypes = EVENT_TYPES.map((row) => ({ ...row }));
  b.data.beamLineGroups = BEAMLINE_GROUPS.map((group) => ({
    ...group,
    beamLines: group.beamLines.map((line) => ({ ...line })),
  }));
  b.data.motd = 'Demo facility: every name and number here is made up.';

  for (const spec of DETECTORS) {
    const detector: DetectorRow = {
      detectorId: b.remember(`detector:${spec.beamLine}`, b.nextId('detectors')),
      detectorType: spec.type,
      detectorManufacturer: spec.manufacturer,
      detectorModel: spec.model,
      detectorPixelSizeHorizontal: spec.pixel,
      detectorPixelSizeVertical: spec.pixel,
      detectorSerialNumber: spec.serial,
      detectorDistanceMin: spec.beamLine === 'BM07' ? 100 : 90,
      detectorDistanceMax: spec.beamLine === 'BM07' ? 800 : 600,
      trustedPixelValueRangeLower: 0,
      trustedPixelValueRangeUpper: spec.manufacturer === 'PSI' ? 120000 : 1048500,
      sensorThickness: spec.sensor,
      overload: spec.manufacturer === 'PSI' ? 120000 : 1048500,
      XGeoCorr: null,
      YGeoCorr: null,
      detectorMode: spec.mode,
      detectorMaxResolution: null,
      detectorMinResolution: null,
      CS: null,
      density: null,
      composition: 'Si',
      localName: `${spec.beamLine} ${spec.model}`,
    };
    b.data.detectors.push(detector);
  }

  for (const beamLine of Object.keys(SETUPS) as BeamLineName[]) {
    const spec = SETUPS[beamLine];
    const setup: BeamLineSetupRow = {
      beamLineSetupId: b.remember(`setup:${beamLine}`, b.nextId('beamLineSetups')),
      synchrotronMode: spec.synchrotron === 'ESRF' ? '7/8 + 1 filling' : '480 bunch',
      undulatorType1: beamLine === 'BM07' ? null : 'U20.5',
      undulatorType2: null,
      undulatorType3: null,
      focalSpotSizeAtSample: beamLine === 'ID29' ? 0.004 : beamLine === 'BM07' ? 0.05 : 0.01,
      focusingOptic: spec.optic,
      beamDivergenceHorizontal: null,
      beamDivergenceVertical: null,
      polarisation: 0.99,
      monochromatorType: spec.mono,
      setupDate: null,
      synchrotronName: spec.synchrotron,
      maxExpTimePerDataCollection: null,
      minExposureTimePerImage: beamLine === 'ID29' ? 0.00009 : 0.002,
      goniostatMaxOscillationSpeed: null,
      goniostatMinOscillationWidth: null,
      minTransmission: null,
      CS: null,
    };
    b.data.beamLineSetups.push(setup);
  }
}
