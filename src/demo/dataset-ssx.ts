import { addMinutes, addSeconds, parseIsoLocal, toIsoLocal } from './dates.util';
import type { DatasetBuilder, DemoClock } from './dataset-builder';
import {
  addAttachment,
  addMessage,
  addProgram,
  blankDataCollection,
  processedDirectory,
  rawDataDirectory,
  round,
} from './dataset-collections';
import { eventTypeId } from './dataset-lookups';
import { CELLS } from './dataset-samples';
import type { CellParameters, EventTypeRow, SSXDataCollectionRow } from './dataset.types';
import { hashSeed, type Rng } from './random';

interface EventSpec {
  type: EventTypeRow['name'];
  name: string;
  offset: number;
  duration: number | null;
  period?: number | null;
  repetition?: number | null;
  /** `component:<proposal>:<name>` key of the component the event involves. */
  component?: string;
}

interface ChainSpec {
  name: string;
  events: readonly EventSpec[];
}

type ProcessingSpec =
  | {
      kind: 'success';
      hitRate: number;
      indexRate: number;
      laticeType: string;
      resolution: number;
      cell: CellParameters;
      lengthSpread: number;
      angleSpread: number;
      outlierFraction: number;
      secondLattice?: { fraction: number; mean: CellParameters };
      /** Force the indexed count (the 10⁶-cell run). */
      indexed?: number;
    }
  | { kind: 'failed'; description: string; error: string }
  | { kind: 'running' }
  | { kind: 'none' };

interface RunSpec {
  label: string;
  images: number;
  rate: number;
  exposure: number;
  /** Minutes between the previous run's end and this run's start. */
  gapMinutes: number;
  ssx: Omit<SSXDataCollectionRow, 'dataCollectionId'>;
  chains: readonly ChainSpec[];
  processing: ProcessingSpec;
  runStatus?: string;
  comments?: string;
}

interface BeamSpec {
  wavelength: number;
  flux: number;
  transmission: number;
  /** µm */
  beam: readonly [number, number];
  distance: number;
  resolution: number;
  undulatorGap: number | null;
}

interface ExperimentSpec {
  key: string;
  proposal: string;
  session: string;
  sample: string;
  experimentType: 'SSX-Chip' | 'SSX-Jet';
  comments: string;
  /** Hours after the session start when the first run starts, or 'recent' (ends just before now). */
  startAfterHours: number | 'recent';
  beam: BeamSpec;
  runs: readonly RunSpec[];
}

const NO_SSX: Omit<SSXDataCollectionRow, 'dataCollectionId'> = {
  repetitionRate: null,
  energyBandwidth: null,
  monoStripe: null,
  jetSpeed: null,
  jetSize: null,
  chipPattern: null,
  chipModel: null,
  reactionDuration: null,
  laserEnergy: null,
  experimentName: null,
};

/** ID29 runs its JUNGFRAU at 231.25 Hz. */
const ID29_RATE = 231.25;
const CHIP_POSITIONS = 25_600;

function xray(
  offset: number,
  exposure: number,
  period: number | null,
  repetition: number | null,
): EventSpec[] {
  return [
    { type: 'XrayExposure', name: 'X-ray probe', offset, duration: exposure, period, repetition },
    {
      type: 'XrayDetection',
      name: 'Detector readout',
      offset,
      duration: exposure,
      period,
      repetition,
    },
  ];
}

function formatDelay(seconds: number): string {
  if (seconds >= 1) return `${round(seconds, 3)} s`;
  if (seconds >= 1e-3) return `${round(seconds * 1e3, 3)} ms`;
  if (seconds >= 1e-6) return `${round(seconds * 1e6, 3)} µs`;
  return `${round(seconds * 1e9, 3)} ns`;
}

/** (a) PYP pump–probe delay series on an Oxford chip: dark + 1 µs … 10 ms. */
function pypPumpProbe(rng: Rng): ExperimentSpec {
  const period = 1 / ID29_RATE;
  const exposure = 0.004;
  const delays: readonly (number | null)[] = [null, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2];
  const runs = delays.map((delay, index): RunSpec => {
    // The 10 µs run used half chips (blocks 1-32) to save slurry; the 1 ms run three chips.
    const pattern = delay === 1e-5 ? 'blocks 1-32' : 'full';
    const chips = delay === 1e-5 ? 4 : delay === 1e-3 ? 3 : 2;
    const images = pattern === 'full' ? chips * CHIP_POSITIONS : (chips * CHIP_POSITIONS) / 2;
    const label = delay === null ? 'dark' : formatDelay(delay).replace(' ', '');
    let chains: ChainSpec[];
    if (delay === null) {
      chains = [{ name: 'dark', events: xray(0, exposure, period, images) }];
    } else if (delay === 1e-4) {
      // The same pattern written the other way: ten separate pulses instead of repetition=10.
      const events: EventSpec[] = [];
      for (let k = 0; k < 10; k += 1) {
        events.push({
          type: 'LaserExcitation',
          name: `Laser pump ${k + 1}`,
          offset: round(k * period, 9),
          duration: 8e-9,
          period: null,
          repetition: 1,
        });
        events.push({
          type: 'XrayExposure',
          name: `X-ray probe ${k + 1}`,
          offset: round(k * period + delay, 9),
          duration: exposure,
          period: null,
          repetition: 1,
        });
      }
      chains = [{ name: 'pump-probe 100 µs (one line of 10 apertures)', events }];
    } else {
      chains = [
        {
          name: `pump-probe ${formatDelay(delay)}`,
          events: [
            {
              type: 'LaserExcitation',
              name: 'Laser pump 450 nm',
              offset: 0,
              duration: 8e-9,
              period,
              repetition: images,
            },
            ...xray(delay, exposure, period, images),
          ],
        },
      ];
    }
    return {
      label,
      images,
      rate: ID29_RATE,
      exposure,
      gapMinutes: index === 0 ? 0 : rng.int(8, 20),
      ssx: {
        ...NO_SSX,
        repetitionRate: ID29_RATE,
        energyBandwidth: 0.01,
        monoStripe: 'B4C/Ru',
        chipPattern: pattern,
        chipModel: 'Oxford chip (8x8 blocks of 20x20)',
        laserEnergy: delay === null ? null : round(rng.float(18, 22), 1),
        experimentName: `PYP ${delay === null ? 'dark' : formatDelay(delay)}`,
      },
      chains,
      processing: {
        kind: 'success',
        hitRate: rng.float(0.38, 0.52),
        indexRate: rng.float(0.6, 0.78),
        laticeType: 'hexagonal',
        resolution: round(rng.float(1.55, 1.9), 2),
        cell: CELLS.PYP,
        lengthSpread: 0.004,
        angleSpread: 0.12,
        outlierFraction: 0.03,
      },
    };
  });
  return {
    key: 'pyp-pump-probe',
    proposal: 'MX2532',
    session: 'MX2532-2',
    sample: 'PYP_slurry_A',
    experimentType: 'SSX-Chip',
    comments: 'PYP pump-probe delay series: dark, 1 µs, 10 µs, 100 µs, 1 ms, 10 ms',
    startAfterHours: 3,
    beam: {
      wavelength: 0.8857,
      flux: 1.6e12,
      transmission: 100,
      beam: [4, 2],
      distance: 150,
      resolution: 1.5,
      undulatorGap: 6.2,
    },
    runs,
  };
}

/** (b) HEWL mix-and-inject with GlcNAc3 in a GDVN jet; the last run is the 10⁶-cell run. */
function hewlMixAndInject(rng: Rng): ExperimentSpec {
  const period = 1 / ID29_RATE;
  const exposure = 0.002;
  const reactions = [0.05, 0.2, 1, 2] as const;
  const runs = reactions.map((reaction, index): RunSpec => {
    const long = reaction === 2;
    const images = long ? 2_400_000 : rng.pick([60_000, 80_000, 100_000]);
    return {
      label: `mix_${formatDelay(reaction).replace(' ', '')}`,
      images,
      rate: ID29_RATE,
      exposure,
      gapMinutes: index === 0 ? 0 : rng.int(15, 40),
      ssx: {
        ...NO_SSX,
        repetitionRate: ID29_RATE,
        energyBandwidth: 0.01,
        monoStripe: 'B4C/Ru',
        jetSpeed: round(rng.float(18, 25), 1),
        jetSize: round(rng.float(3.5, 4.5), 1),
        reactionDuration: reaction,
        experimentName: `HEWL + GlcNAc3 ${formatDelay(reaction)}${long ? ' (long run)' : ''}`,
      },
      chains: [
        {
          name: `mix-and-inject ${formatDelay(reaction)}`,
          events: [
            {
              type: 'ReactionTrigger',
              name: 'Mixing with GlcNAc3',
              offset: 0,
              duration: null,
              period: null,
              repetition: null,
              component: 'component:MX2601:GlcNAc3',
            },
            ...xray(reaction, exposure, period, images),
          ],
        },
      ],
      processing: long
        ? {
            kind: 'success',
            hitRate: 0.55,
            indexRate: 1_000_000 / (2_400_000 * 0.55),
            laticeType: 'tetragonal',
            resolution: 1.62,
            cell: CELLS.HEWL,
            lengthSpread: 0.003,
            angleSpread: 0.1,
            outlierFraction: 0.025,
            indexed: 1_000_000,
          }
        : {
            kind: 'success',
            hitRate: rng.float(0.2, 0.4),
            indexRate: rng.float(0.65, 0.8),
            laticeType: 'tetragonal',
            resolution: round(rng.float(1.7, 2.0), 2),
            cell: CELLS.HEWL,
            lengthSpread: 0.0035,
            angleSpread: 0.1,
            outlierFraction: 0.03,
          },
      comments: long ? 'Long run for the merged 2 s dataset' : undefined,
    };
  });
  return {
    key: 'hewl-mix-and-inject',
    proposal: 'MX2601',
    session: 'MX2601-1',
    sample: 'HEWL_slurry_1',
    experimentType: 'SSX-Jet',
    comments: 'Mix-and-inject, GlcNAc3 binding: 50 ms, 200 ms, 1 s, 2 s',
    startAfterHours: 4,
    beam: {
      wavelength: 0.9763,
      flux: 1.1e12,
      transmission: 60,
      beam: [6, 4],
      distance: 160,
      resolution: 1.6,
      undulatorGap: 6.9,
    },
    runs,
  };
}

/** (c) Myoglobin in LCP through a viscous injector; ~10 % of the cells are a second (P6) form. */
function myoglobinLcp(rng: Rng): ExperimentSpec {
  const period = 1 / ID29_RATE;
  const exposure = 0.008;
  const nozzles = [50, 50, 75, 75] as const;
  const runs = nozzles.map((nozzle, index): RunSpec => {
    const images = rng.pick([70_000, 80_000, 90_000, 100_000]);
    return {
      label: `lcp_${nozzle}um_${index + 1}`,
      images,
      rate: ID29_RATE,
      exposure,
      gapMinutes: index === 0 ? 0 : rng.int(10, 30),
      ssx: {
        ...NO_SSX,
        repetitionRate: ID29_RATE,
        energyBandwidth: 0.01,
        monoStripe: 'B4C/Ru',
        jetSpeed: round(rng.float(0.0004, 0.0009), 5),
        jetSize: nozzle,
        experimentName: `Mb LCP ${nozzle} µm nozzle, run ${index + 1}`,
      },
      chains: [{ name: 'static', events: xray(0, exposure, period, images) }],
      processing: {
        kind: 'success',
        hitRate: rng.float(0.22, 0.32),
        indexRate: rng.float(0.6, 0.72),
        laticeType: 'monoclinic',
        resolution: round(rng.float(1.8, 2.3), 2),
        cell: CELLS.MB,
        lengthSpread: 0.005,
        angleSpread: 0.15,
        outlierFraction: 0.04,
        secondLattice: { fraction: 0.1, mean: CELLS.MB_P6 },
      },
    };
  });
  return {
    key: 'mb-lcp',
    proposal: 'LS3180',
    session: 'LS3180-1',
    sample: 'Mb_LCP_batch1',
    experimentType: 'SSX-Jet',
    comments: 'Viscous injector (LCP), 50 and 75 µm nozzles',
    startAfterHours: 5,
    beam: {
      wavelength: 0.9763,
      flux: 9e11,
      transmission: 80,
      beam: [15, 10],
      distance: 200,
      resolution: 1.8,
      undulatorGap: 6.9,
    },
    runs,
  };
}

/** (d) Hit-and-return on PYP, running now: one laser, several exposures at increasing delays. */
function pypHare(rng: Rng): ExperimentSpec {
  const exposure = 0.004;
  const delaySets: readonly (readonly number[])[] = [
    [1e-3, 1e-2, 1e-1],
    [2e-3, 2e-2, 2e-1],
    [5e-3, 5e-2, 5e-1, 1],
  ];
  const runs = delaySets.map((delays, index): RunSpec => {
    const images = CHIP_POSITIONS * delays.length;
    const events: EventSpec[] = [
      {
        type: 'LaserExcitation',
        name: 'Laser pump 450 nm',
        offset: 0,
        duration: 8e-9,
        period: null,
        repetition: 1,
      },
    ];
    delays.forEach((delay, k) => {
      events.push({
        type: 'XrayExposure',
        name: `X-ray probe ${k + 1} (${formatDelay(delay)})`,
        offset: delay,
        duration: exposure,
        period: null,
        repetition: 1,
      });
      events.push({
        type: 'XrayDetection',
        name: `Readout ${k + 1}`,
        offset: delay,
        duration: exposure,
        period: null,
        repetition: 1,
      });
    });
    const last = index === delaySets.length - 1;
    return {
      label: `hare_${index + 1}`,
      images,
      rate: ID29_RATE,
      exposure,
      gapMinutes: index === 0 ? 0 : rng.int(10, 25),
      ssx: {
        ...NO_SSX,
        repetitionRate: ID29_RATE,
        energyBandwidth: 0.01,
        monoStripe: 'B4C/Ru',
        chipPattern: 'full, HARE (return to each aperture)',
        chipModel: 'Oxford chip (8x8 blocks of 20x20)',
        laserEnergy: round(rng.float(15, 20), 1),
        experimentName: `PYP HARE ${delays.map(formatDelay).join(' / ')}`,
      },
      chains: [{ name: `HARE ${delays.map(formatDelay).join(', ')}`, events }],
      // The last run finished a moment ago: its processing is still running.
      processing: last
        ? { kind: 'running' }
        : {
            kind: 'success',
            hitRate: rng.float(0.35, 0.5),
            indexRate: rng.float(0.6, 0.75),
            laticeType: 'hexagonal',
            resolution: round(rng.float(1.6, 1.95), 2),
            cell: CELLS.PYP,
            lengthSpread: 0.0045,
            angleSpread: 0.12,
            outlierFraction: 0.03,
          },
    };
  });
  return {
    key: 'pyp-hare',
    proposal: 'MX2532',
    session: 'MX2532-3',
    sample: 'PYP_HARE_chip_C',
    experimentType: 'SSX-Chip',
    comments: 'Hit-and-return: pB formation, 1 ms to 1 s',
    startAfterHours: 'recent',
    beam: {
      wavelength: 0.8857,
      flux: 1.5e12,
      transmission: 100,
      beam: [4, 2],
      distance: 150,
      resolution: 1.5,
      undulatorGap: 6.2,
    },
    runs,
  };
}

/** (e) Thaumatin chip commissioning: one processing failure and one aborted collection. */
function thaumatinCommissioning(rng: Rng): ExperimentSpec {
  const period = 1 / ID29_RATE;
  const exposure = 0.005;
  const runs = [1, 2, 3, 4].map((chip, index): RunSpec => {
    const aborted = chip === 4;
    const images = aborted ? 9_832 : CHIP_POSITIONS;
    const processing: ProcessingSpec = aborted
      ? { kind: 'none' }
      : chip === 3
        ? {
            kind: 'failed',
            description: 'Indexing failed',
            error:
              'indexamajig exited with status 1: cannot open geometry file /data/visitor/mx2545/id29/geometry/jungfrau4m_v3.geom',
          }
        : {
            kind: 'success',
            hitRate: rng.float(0.5, 0.58),
            indexRate: rng.float(0.78, 0.86),
            laticeType: 'tetragonal',
            resolution: round(rng.float(1.45, 1.6), 2),
            cell: CELLS.THAU,
            lengthSpread: 0.003,
            angleSpread: 0.1,
            outlierFraction: 0.02,
          };
    return {
      label: `chip_${chip}`,
      images,
      rate: ID29_RATE,
      exposure,
      gapMinutes: index === 0 ? 0 : rng.int(6, 12),
      ssx: {
        ...NO_SSX,
        repetitionRate: ID29_RATE,
        energyBandwidth: 0.01,
        monoStripe: 'B4C/Ru',
        chipPattern: 'full',
        chipModel: 'Oxford chip (8x8 blocks of 20x20)',
        experimentName: `THAU chip ${chip}`,
      },
      chains: [{ name: 'static', events: xray(0, exposure, period, images) }],
      processing,
      runStatus: aborted ? 'Data collection failed' : undefined,
      comments: aborted ? 'Aborted: chip alignment lost (fiducial 3 not found)' : undefined,
    };
  });
  return {
    key: 'thau-commissioning',
    proposal: 'MX2545',
    session: 'MX2545-1',
    sample: 'THAU_slurry_std',
    experimentType: 'SSX-Chip',
    comments: 'Chip commissioning with thaumatin',
    startAfterHours: 2,
    beam: {
      wavelength: 0.8857,
      flux: 1.8e12,
      transmission: 50,
      beam: [4, 2],
      distance: 140,
      resolution: 1.4,
      undulatorGap: 6.2,
    },
    runs,
  };
}

function ssxLog(rng: Rng, images: number, hits: number, indexed: number): string {
  return `${images} frames, ${hits} hits (${round((100 * hits) / images, 1)} %), ${indexed} indexed (${round((100 * indexed) / Math.max(hits, 1), 1)} % of hits); ${rng.int(20, 64)} cores`;
}

/** A data collection group waiting to be written: groups are written in time order so ids grow with time. */
export interface GroupPlan {
  start: Date;
  build(): void;
}

function addExperiment(b: DatasetBuilder, rng: Rng, spec: ExperimentSpec, groupStart: Date): void {
  const sessionId = b.ref(`session:${spec.session}`);
  const session = b.data.sessions.find((row) => row.sessionId === sessionId);
  if (!session) throw new Error(`Missing session ${spec.session}`);
  const blSampleId = b.ref(`sample:${spec.sample}`);
  const detectorId = b.ref(`detector:${session.beamLineName}`);
  const dataCollectionGroupId = b.remember(`dcg:${spec.key}`, b.nextId('dataCollectionGroups'));

  let cursor = groupStart;

  spec.runs.forEach((run, index) => {
    const start = addMinutes(cursor, run.gapMinutes);
    const seconds = run.images / run.rate + rng.int(40, 120);
    const end = addSeconds(start, seconds);
    cursor = end;
    const dataCollectionId = b.nextId('dataCollections');
    const runName = `run_${String(index + 1).padStart(2, '0')}_${run.label}`;
    const directory = rawDataDirectory(
      spec.proposal,
      session.beamLineName,
      start,
      spec.sample,
      runName,
    );
    const beam = spec.beam;
    b.data.dataCollections.push({
      ...blankDataCollection(dataCollectionId, dataCollectionGroupId, start, end),
      detectorId,
      dataCollectionNumber: index + 1,
      runStatus: run.runStatus ?? 'Data collection successful',
      imageDirectory: directory,
      fileTemplate: `${runName}_%06d.h5`,
      imageContainerSubPath: '1.1/measurement',
      imagePrefix: runName,
      numberOfImages: run.images,
      numberOfPasses: 1,
      wavelength: round(beam.wavelength + rng.normal(0, 0.00005), 5),
      exposureTime: run.exposure,
      flux: Math.round(beam.flux * rng.float(0.92, 1.05) * 1e-9) * 1e9,
      xBeam: round(79.6 + rng.normal(0, 0.05), 2),
      yBeam: round(84.2 + rng.normal(0, 0.05), 2),
      beamSizeAtSampleX: beam.beam[0] / 1000,
      beamSizeAtSampleY: beam.beam[1] / 1000,
      transmission: beam.transmission,
      resolution: beam.resolution,
      detectorDistance: beam.distance,
      undulatorGap1: beam.undulatorGap,
      beamShape: 'ellipse',
      polarisation: 0.99,
      binning: 1,
      comments: run.comments ?? null,
    });
    b.data.ssxDataCollections.push({ dataCollectionId, ...run.ssx });

    for (const chain of run.chains) {
      const eventChainId = b.nextId('eventChains');
      b.data.eventChains.push({ eventChainId, dataCollectionId, name: chain.name });
      for (const event of chain.events) {
        b.data.events.push({
          eventId: b.nextId('events'),
          eventChainId,
          eventTypeId: eventTypeId(event.type),
          componentId: event.component ? b.ref(event.component) : null,
          name: event.name,
          offset: event.offset,
          duration: event.duration,
          period: event.period ?? null,
          repetition: event.repetition ?? null,
        });
      }
    }

    addSsxProcessing(b, rng, run, dataCollectionId, directory, end);
  });

  b.data.dataCollectionGroups.push({
    dataCollectionGroupId,
    sessionId,
    blSampleId,
    experimentType: spec.experimentType,
    startTime: toIsoLocal(groupStart),
    endTime: toIsoLocal(cursor),
    comments: spec.comments,
  });
}

const INDEXAMAJIG =
  'indexamajig -i files.lst -g jungfrau4m.geom -o run.stream --peaks=peakfinder8 --indexing=xgandalf --int-radius=3,4,6 -j 64';

function addSsxProcessing(
  b: DatasetBuilder,
  rng: Rng,
  run: RunSpec,
  dataCollectionId: number,
  directory: string,
  runEnd: Date,
): void {
  const processing = run.processing;
  if (processing.kind === 'none') return;
  const start = addMinutes(runEnd, rng.int(1, 4));
  const output = processedDirectory(directory, 'crystfel');

  if (processing.kind === 'running') {
    const program = addProgram(b, {
      dataCollectionId,
      programs: 'CrystFEL',
      commandLine: INDEXAMAJIG,
      status: null,
      start,
      minutes: null,
      message: 'processing started',
      environment: 'slurm',
      kind: 'ssx',
    });
    addMessage(
      b,
      program,
      'INFO',
      'Processing started',
      `indexamajig started on ${run.images} frames`,
    );
    addAttachment(b, program, output, 'indexamajig.log', 'Log', 1);
    return;
  }

  if (processing.kind === 'failed') {
    const program = addProgram(b, {
      dataCollectionId,
      programs: 'CrystFEL',
      commandLine: INDEXAMAJIG,
      status: 0,
      start,
      minutes: rng.int(1, 3),
      message: processing.description,
      environment: 'slurm',
      kind: 'ssx',
    });
    addMessage(b, program, 'ERROR', processing.description, processing.error);
    addAttachment(b, program, output, 'indexamajig.log', 'Log', 1);
    return;
  }

  const nbHits = Math.round(run.images * processing.hitRate);
  const nbIndexed = processing.indexed ?? Math.round(nbHits * processing.indexRate);
  const minutes = Math.max(4, Math.round(run.images / 4000));
  const program = addProgram(b, {
    dataCollectionId,
    programs: 'CrystFEL',
    commandLine: INDEXAMAJIG,
    status: 1,
    start,
    minutes,
    message: 'processing successful',
    environment: 'slurm',
    kind: 'ssx',
  });
  addMessage(b, program, 'INFO', 'Processing summary', ssxLog(rng, run.images, nbHits, nbIndexed));
  if (nbIndexed / Math.max(nbHits, 1) < 0.65) {
    addMessage(
      b,
      program,
      'WARNING',
      'Low indexing rate',
      'Less than 65 % of the hits were indexed: check the detector geometry and the target cell.',
    );
  }
  addAttachment(b, program, output, 'indexamajig.log', 'Log', 1);
  addAttachment(b, program, output, 'ssx_stats.json', 'Result', 2);
  addAttachment(b, program, output, 'ssx_cells.json', 'Result', 3);
  b.data.ssxProcessing.push({
    dataCollectionId,
    autoProcProgramId: program.autoProcProgramId,
    nbHits,
    nbIndexed,
    laticeType: processing.laticeType,
    estimatedResolution: processing.resolution,
    cells: {
      seed: hashSeed(b.data.seed, 'cells', dataCollectionId),
      count: nbIndexed,
      mean: processing.cell,
      lengthSpread: processing.lengthSpread,
      angleSpread: processing.angleSpread,
      outlierFraction: processing.outlierFraction,
      secondLattice: processing.secondLattice ?? null,
    },
  });
}

/**
 * The SSX experiments (a)–(e) as plans. The HARE experiment of the running session starts two
 * hours before `now` (it lasts at most ~75 min), so its last run's processing is plausibly still
 * running and nothing, run or processing, ends in the future.
 */
export function planSsxExperiments(b: DatasetBuilder, rng: Rng, clock: DemoClock): GroupPlan[] {
  const specs = [
    thaumatinCommissioning(rng.fork('thau')),
    pypPumpProbe(rng.fork('pyp')),
    hewlMixAndInject(rng.fork('hewl')),
    myoglobinLcp(rng.fork('mb')),
    pypHare(rng.fork('hare')),
  ];
  return specs.map((spec) => {
    const session = b.data.sessions.find(
      (row) => row.sessionId === b.ref(`session:${spec.session}`),
    );
    if (!session) throw new Error(`Missing session ${spec.session}`);
    const sessionStart = parseIsoLocal(session.startDate);
    const start =
      spec.startAfterHours === 'recent'
        ? new Date(Math.max(sessionStart.getTime(), addMinutes(clock.now, -120).getTime()))
        : addMinutes(sessionStart, spec.startAfterHours * 60);
    return { start, build: () => addExperiment(b, rng.fork('experiment', spec.key), spec, start) };
  });
}
