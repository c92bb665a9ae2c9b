import { addMinutes, addSeconds, parseIsoLocal, toIsoLocal } from './dates.util';
import type { DatasetBuilder } from './dataset-builder';
import {
  addAttachment,
  addMessage,
  addProgram,
  addRobotAction,
  blankDataCollection,
  processedDirectory,
  rawDataDirectory,
  round,
} from './dataset-collections';
import { CELLS, SPACE_GROUPS } from './dataset-samples';
import type { GroupPlan } from './dataset-ssx';
import type { AutoProcScalingStatisticsRow } from './dataset.types';
import type { Rng } from './random';

type CellKey = keyof typeof CELLS;

interface ClassicGroupSpec {
  session: string;
  sample: string;
  afterHours: number;
  /** Open vocabulary, as in the database: `OSC`, `Characterization`, `""`. */
  experimentType: string;
  dataCollections: number;
  cell: CellKey;
  resolution: number;
  programs: readonly ('autoPROC' | 'xia2 DIALS')[];
  /** autoPROC fails on this one (status 0 with an ERROR message). */
  failed?: boolean;
}

const GROUPS: readonly ClassicGroupSpec[] = [
  {
    session: 'MX2417-1',
    sample: 'Cel5A_01',
    afterHours: 1,
    experimentType: 'OSC',
    dataCollections: 1,
    cell: 'CEL5A',
    resolution: 1.7,
    programs: ['autoPROC'],
  },
  {
    session: 'MX2417-1',
    sample: 'Cel5A_02',
    afterHours: 2,
    experimentType: 'OSC',
    dataCollections: 1,
    cell: 'CEL5A',
    resolution: 1.9,
    programs: ['autoPROC'],
  },
  {
    session: 'MX2417-2',
    sample: 'Cel5B_01',
    afterHours: 1,
    experimentType: 'OSC',
    dataCollections: 1,
    cell: 'CEL5B',
    resolution: 2.1,
    programs: ['autoPROC', 'xia2 DIALS'],
  },
  {
    session: 'MX2417-2',
    sample: 'Cel5B_02',
    afterHours: 2,
    experimentType: 'OSC',
    dataCollections: 1,
    cell: 'CEL5B',
    resolution: 2.4,
    programs: ['autoPROC'],
    failed: true,
  },
  {
    session: 'IX0042-1',
    sample: 'thau_frag_01',
    afterHours: 1,
    experimentType: 'OSC',
    dataCollections: 1,
    cell: 'THAU',
    resolution: 1.5,
    programs: ['autoPROC'],
  },
  {
    session: 'IX0042-1',
    sample: 'thau_frag_02',
    afterHours: 2,
    experimentType: 'OSC',
    dataCollections: 1,
    cell: 'THAU',
    resolution: 1.6,
    programs: ['autoPROC'],
  },
  {
    session: 'IX0042-1',
    sample: 'thau_frag_03',
    afterHours: 3,
    experimentType: 'OSC',
    dataCollections: 1,
    cell: 'THAU',
    resolution: 1.55,
    programs: ['autoPROC'],
  },
  {
    session: 'IX0042-3',
    sample: 'thau_frag_04',
    afterHours: 1,
    experimentType: 'OSC',
    dataCollections: 1,
    cell: 'THAU',
    resolution: 1.45,
    programs: ['autoPROC', 'xia2 DIALS'],
  },
  {
    session: 'IX0042-3',
    sample: 'thau_frag_05',
    afterHours: 2,
    experimentType: 'OSC',
    dataCollections: 1,
    cell: 'THAU',
    resolution: 1.5,
    programs: ['autoPROC'],
  },
  {
    session: 'MX2610-1',
    sample: 'CDK2_inh_01',
    afterHours: 1,
    experimentType: 'Characterization',
    dataCollections: 1,
    cell: 'CDK2',
    resolution: 2.0,
    programs: [],
  },
  {
    session: 'MX2610-1',
    sample: 'CDK2_inh_01',
    afterHours: 1.3,
    experimentType: 'OSC',
    dataCollections: 1,
    cell: 'CDK2',
    resolution: 1.8,
    programs: ['autoPROC', 'xia2 DIALS'],
  },
  {
    session: 'MX2610-1',
    sample: 'CDK2_inh_02',
    afterHours: 2,
    experimentType: 'OSC',
    dataCollections: 1,
    cell: 'CDK2',
    resolution: 1.95,
    programs: ['autoPROC'],
  },
  {
    session: 'MX2610-1',
    sample: 'CDK2_inh_03',
    afterHours: 3,
    experimentType: 'OSC',
    dataCollections: 2,
    cell: 'CDK2',
    resolution: 2.2,
    programs: ['autoPROC'],
  },
  {
    session: 'LS3180-1',
    sample: 'Mb_LCP_batch2',
    afterHours: 20,
    experimentType: 'Still',
    dataCollections: 1,
    cell: 'MB',
    resolution: 2.2,
    programs: [],
  },
  {
    session: 'MX2601-1',
    sample: 'HEWL_ref_01',
    afterHours: 20,
    experimentType: 'OSC',
    dataCollections: 1,
    cell: 'HEWL',
    resolution: 1.25,
    programs: ['autoPROC', 'xia2 DIALS'],
  },
  {
    session: 'MX2601-1',
    sample: 'HEWL_ref_02',
    afterHours: 21,
    experimentType: 'OSC',
    dataCollections: 1,
    cell: 'HEWL',
    resolution: 1.4,
    programs: ['autoPROC'],
  },
  {
    session: 'MX2610-2',
    sample: 'CDK2_inh_04',
    afterHours: 1,
    experimentType: 'OSC',
    dataCollections: 1,
    cell: 'CDK2',
    resolution: 1.85,
    programs: ['autoPROC'],
  },
  // Older acquisition software left experimentType empty: the UI must cope with "".
  {
    session: 'MX2610-2',
    sample: 'CDK2_inh_05',
    afterHours: 2,
    experimentType: '',
    dataCollections: 1,
    cell: 'CDK2',
    resolution: 2.5,
    programs: [],
  },
  {
    session: 'MX2610-2',
    sample: 'CDK2_inh_06',
    afterHours: 3,
    experimentType: 'OSC',
    dataCollections: 1,
    cell: 'CDK2',
    resolution: 2.05,
    programs: ['autoPROC'],
  },
  {
    session: 'MX2532-2',
    sample: 'PYP_xtal_01',
    afterHours: 10,
    experimentType: 'OSC',
    dataCollections: 1,
    cell: 'PYP',
    resolution: 1.3,
    programs: ['autoPROC'],
  },
  {
    session: 'MX2532-2',
    sample: 'PYP_xtal_02',
    afterHours: 11,
    experimentType: 'OSC',
    dataCollections: 1,
    cell: 'PYP',
    resolution: 1.45,
    programs: ['xia2 DIALS'],
  },
  {
    session: 'MX2610-3',
    sample: 'AURKA_01',
    afterHours: 1,
    experimentType: 'OSC',
    dataCollections: 1,
    cell: 'AURKA',
    resolution: 2.3,
    programs: ['autoPROC'],
  },
  {
    session: 'MX2610-3',
    sample: 'AURKA_02',
    afterHours: 2,
    experimentType: 'OSC',
    dataCollections: 1,
    cell: 'AURKA',
    resolution: 2.1,
    programs: ['autoPROC'],
  },
  {
    session: 'MX2610-3',
    sample: 'AURKA_03',
    afterHours: 3,
    experimentType: 'Characterization',
    dataCollections: 1,
    cell: 'AURKA',
    resolution: 2.6,
    programs: [],
  },
];

interface BeamlineBeam {
  wavelength: number;
  flux: number;
  /** µm */
  beam: readonly [number, number];
  exposure: number;
}

const BEAM: Record<string, BeamlineBeam> = {
  ID29: { wavelength: 0.8857, flux: 8e11, beam: [4, 4], exposure: 0.004 },
  'ID30A-3': { wavelength: 0.9677, flux: 2e12, beam: [15, 15], exposure: 0.01 },
  'ID23-2': { wavelength: 0.8731, flux: 1.5e12, beam: [10, 10], exposure: 0.01 },
  BM07: { wavelength: 0.9792, flux: 2e11, beam: [50, 50], exposure: 0.1 },
  P14: { wavelength: 0.9763, flux: 4e12, beam: [10, 5], exposure: 0.01 },
};

/** Symmetry operators per space group, to estimate the number of unique reflections. */
const SYMMETRY: Record<string, number> = {
  P43212: 8,
  P41212: 8,
  P63: 6,
  P6: 6,
  P21: 2,
  P212121: 4,
  P6122: 12,
};

function cellVolume(cell: readonly number[]): number {
  const [a = 0, b = 0, c = 0, al = 90, be = 90, ga = 90] = cell;
  const rad = Math.PI / 180;
  const ca = Math.cos(al * rad);
  const cb = Math.cos(be * rad);
  const cg = Math.cos(ga * rad);
  return a * b * c * Math.sqrt(1 - ca * ca - cb * cb - cg * cg + 2 * ca * cb * cg);
}

/** AutoProc.spaceGroup is written with spaces ("P 43 21 2"). */
const SPACED_SYMBOL: Record<string, string> = {
  P43212: 'P 43 21 2',
  P41212: 'P 41 21 2',
  P63: 'P 63',
  P6: 'P 6',
  P21: 'P 1 21 1',
  P212121: 'P 21 21 21',
  P6122: 'P 61 2 2',
};

function shellStatistics(
  rng: Rng,
  cell: readonly number[],
  spaceGroup: string,
  resolution: number,
  autoProcId: number,
  nextId: () => number,
): AutoProcScalingStatisticsRow[] {
  const volume = cellVolume(cell);
  const symmetry = SYMMETRY[spaceGroup] ?? 4;
  const unique = Math.round(((4 / 3) * Math.PI * volume) / resolution ** 3 / (2 * symmetry));
  const multiplicity = round(rng.float(5.5, 13), 1);
  const innerHigh = round(resolution * 2.7, 2);
  const outerLow = round(resolution + 0.04 + resolution * 0.01, 2);
  const shell = (
    type: AutoProcScalingStatisticsRow['scalingStatisticsType'],
    low: number,
    high: number,
    fraction: number,
    rMerge: number,
    iSig: number,
    cc: number,
    completeness: number,
    mult: number,
  ): AutoProcScalingStatisticsRow => ({
    autoProcScalingStatisticsId: nextId(),
    autoProcId,
    scalingStatisticsType: type,
    comments: null,
    resolutionLimitLow: low,
    resolutionLimitHigh: high,
    rMerge: round(rMerge, 3),
    rMeasAllIPlusIMinus: round(rMerge * Math.sqrt(mult / (mult - 1)), 3),
    rPimAllIPlusIMinus: round(rMerge * Math.sqrt(1 / (mult - 1)), 3),
    fractionalPartialBias: null,
    nTotalObservations: Math.round(unique * fraction * mult),
    nTotalUniqueObservations: Math.round(unique * fraction),
    meanIOverSigI: round(iSig, 1),
    completeness: round(completeness, 1),
    multiplicity: round(mult, 1),
    anomalousCompleteness: round(completeness - rng.float(0, 1.5), 1),
    anomalousMultiplicity: round(mult / 2, 1),
    anomalous: false,
    ccHalf: round(cc, 1),
    ccAnomalous: null,
    resIOverSigI2: round(resolution + rng.float(0.02, 0.08), 2),
  });
  return [
    shell(
      'overall',
      round(rng.float(38, 48), 2),
      resolution,
      1,
      rng.float(0.05, 0.1),
      rng.float(10, 18),
      rng.float(99.6, 99.9),
      rng.float(98.8, 99.9),
      multiplicity,
    ),
    shell(
      'innerShell',
      round(rng.float(38, 48), 2),
      innerHigh,
      0.05,
      rng.float(0.025, 0.045),
      rng.float(30, 55),
      rng.float(99.8, 99.95),
      rng.float(99.2, 100),
      multiplicity * 1.05,
    ),
    shell(
      'outerShell',
      outerLow,
      resolution,
      0.05,
      rng.float(0.9, 1.6),
      rng.float(1.6, 2.3),
      rng.float(45, 70),
      rng.float(95, 99.5),
      multiplicity * 0.95,
    ),
  ];
}

function addClassicGroup(b: DatasetBuilder, rng: Rng, spec: ClassicGroupSpec, start: Date): void {
  const sessionId = b.ref(`session:${spec.session}`);
  const session = b.data.sessions.find((row) => row.sessionId === sessionId);
  if (!session) throw new Error(`Missing session ${spec.session}`);
  const proposal = spec.session.replace(/-\d+$/, '');
  const blSampleId = b.ref(`sample:${spec.sample}`);
  const beam = BEAM[session.beamLineName] ?? {
    wavelength: 0.9763,
    flux: 1e12,
    beam: [10, 10],
    exposure: 0.01,
  };
  const dataCollectionGroupId = b.nextId('dataCollectionGroups');
  const characterization = spec.experimentType === 'Characterization';
  const untyped = spec.experimentType === '';
  const still = spec.experimentType === 'Still';

  // Pins go through the sample changer; an LCP syringe (the "Still" test) does not.
  const pin = !still;
  if (pin) addRobotAction(b, sessionId, blSampleId, 'LOAD', addMinutes(start, -3), rng.int(35, 70));

  let cursor = start;
  for (let index = 0; index < spec.dataCollections; index += 1) {
    const images = characterization ? 4 : untyped ? 16 : still ? 1_000 : 3_600;
    const oscillation = characterization ? 1 : untyped || still ? 0 : 0.1;
    const exposure = beam.exposure;
    const runStart = addMinutes(cursor, index === 0 ? 0 : rng.int(2, 6));
    const runEnd = addSeconds(runStart, images * exposure + rng.int(20, 60));
    cursor = runEnd;
    const dataCollectionId = b.nextId('dataCollections');
    const prefix = `${spec.sample}_${index + 1}`;
    const directory = rawDataDirectory(
      proposal,
      session.beamLineName,
      runStart,
      spec.sample,
      prefix,
    );
    const axisStart = characterization ? 0 : round(rng.float(0, 180), 1);
    b.data.dataCollections.push({
      ...blankDataCollection(dataCollectionId, dataCollectionGroupId, runStart, runEnd),
      detectorId: b.ref(`detector:${session.beamLineName}`),
      dataCollectionNumber: index + 1,
      runStatus: 'Data collection successful',
      imageDirectory: directory,
      fileTemplate: `${prefix}_master.h5`,
      imagePrefix: prefix,
      numberOfImages: images,
      numberOfPasses: 1,
      wavelength: beam.wavelength,
      exposureTime: exposure,
      flux: Math.round(beam.flux * rng.float(0.9, 1.05) * 1e-9) * 1e9,
      xBeam: round(80.1 + rng.normal(0, 0.1), 2),
      yBeam: round(82.3 + rng.normal(0, 0.1), 2),
      beamSizeAtSampleX: beam.beam[0] / 1000,
      beamSizeAtSampleY: beam.beam[1] / 1000,
      transmission: round(rng.float(5, 40), 1),
      resolution: spec.resolution,
      detectorDistance: round(120 + spec.resolution * 80 + rng.float(-10, 10), 1),
      axisStart,
      axisEnd: round(axisStart + images * oscillation, 1),
      axisRange: oscillation,
      rotationAxis: 'Omega',
      overlap: characterization ? -89 : 0,
      omegaStart: axisStart,
      kappaStart: 0,
      phiStart: 0,
      chiStart: null,
      beamShape: 'ellipse',
      binning: 1,
    });

    spec.programs.forEach((programName, programIndex) => {
      const processingStart = addMinutes(runEnd, rng.int(1, 3) + programIndex);
      const failed = spec.failed === true;
      const program = addProgram(b, {
        dataCollectionId,
        programs: programName,
        commandLine:
          programName === 'autoPROC'
            ? `process -h5 ${directory}/${prefix}_master.h5 -d autoPROC`
            : `xia2 pipeline=dials image=${directory}/${prefix}_master.h5`,
        status: failed ? 0 : 1,
        start: processingStart,
        minutes: failed ? rng.int(3, 6) : rng.int(8, 25),
        message: failed ? 'processing failed' : 'processing successful',
        environment: 'slurm',
        kind: 'integration',
      });
      const output = processedDirectory(directory, programName.replace(' ', '_'));
      addAttachment(
        b,
        program,
        output,
        programName === 'autoPROC' ? 'autoPROC.log' : 'xia2.txt',
        'Log',
        1,
      );
      if (failed) {
        addMessage(
          b,
          program,
          'ERROR',
          'Indexing failed',
          'IDXREF: insufficient percentage (< 50 %) of indexed reflections; no suitable indexing solution',
        );
        return;
      }
      addAttachment(b, program, output, 'aimless.log', 'Log', 2);
      const cell = CELLS[spec.cell];
      const spaceGroup = SPACE_GROUPS[spec.cell];
      b.data.autoProcIntegrations.push({
        autoProcIntegrationId: b.nextId('autoProcIntegrations'),
        dataCollectionId,
        autoProcProgramId: program.autoProcProgramId,
        refinedXBeam: round(80.1 + rng.normal(0, 0.1), 2),
        refinedYBeam: round(82.3 + rng.normal(0, 0.1), 2),
      });
      const autoProcId = b.nextId('autoProcs');
      const jitter = (value: number) => round(value * (1 + rng.normal(0, 0.001)), 2);
      const a = jitter(cell[0]);
      b.data.autoProcs.push({
        autoProcId,
        autoProcProgramId: program.autoProcProgramId,
        spaceGroup: SPACED_SYMBOL[spaceGroup] ?? spaceGroup,
        refinedCell_a: a,
        refinedCell_b: cell[0] === cell[1] ? a : jitter(cell[1]),
        refinedCell_c: jitter(cell[2]),
        refinedCell_alpha: cell[3],
        refinedCell_beta: cell[4] === 90 ? 90 : round(cell[4] + rng.normal(0, 0.05), 2),
        refinedCell_gamma: cell[5],
      });
      b.data.autoProcScalingStatistics.push(
        ...shellStatistics(rng, cell, spaceGroup, spec.resolution, autoProcId, () =>
          b.nextId('autoProcScalingStatistics'),
        ),
      );
    });
  }

  if (pin)
    addRobotAction(b, sessionId, blSampleId, 'UNLOAD', addMinutes(cursor, 1), rng.int(30, 50));

  b.data.dataCollectionGroups.push({
    dataCollectionGroupId,
    sessionId,
    blSampleId,
    experimentType: spec.experimentType,
    startTime: toIsoLocal(start),
    endTime: toIsoLocal(cursor),
    comments: characterization ? 'Characterisation (4 images, 90° apart)' : null,
  });
}

/** Classic rotation (and characterisation, still, untyped) groups as plans, with robot loads. */
export function planClassicGroups(b: DatasetBuilder, rng: Rng): GroupPlan[] {
  return GROUPS.map((spec, index) => {
    const session = b.data.sessions.find(
      (row) => row.sessionId === b.ref(`session:${spec.session}`),
    );
    if (!session) throw new Error(`Missing session ${spec.session}`);
    const start = addMinutes(parseIsoLocal(session.startDate), spec.afterHours * 60);
    return {
      start,
      build: () => addClassicGroup(b, rng.fork('classic', index), spec, start),
    };
  });
}
