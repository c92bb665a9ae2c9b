/**
 * One line per experiment (data collection group) of a session: what the session page's table
 * shows, filters and sorts. Built from every run of the group, the runs' SSX processing summaries
 * and their timing patterns; each of the last two may be missing on a given server.
 */
import {
  experimentTypeLabel,
  isSerialExperiment,
  type DataCollection,
  type DataCollectionGroup,
} from './data-collection';
import { deriveDeliveryDevice, type DeliveryDevice } from './delivery-device';
import { experimentFunnel, orderRuns, runOutcome, runTiming, type RunTiming } from './experiment';
import type { SsxRunStats } from './processing';
import type { EventChain } from './timing';

/** Whether the server offers a kind of data at all: a missing route is not an error. */
export type Availability = 'provided' | 'not-provided';

/** What was read about one run. */
export interface RunRecord {
  run: DataCollection;
  /** The run's SSX processing summary; `undefined` while processing or when there is none. */
  stats: SsxRunStats | undefined;
  /** The run's timing patterns; `undefined` when not read (classic run, or not provided). */
  chains: readonly EventChain[] | undefined;
}

/** One data collection group with everything read about its runs. */
export interface ExperimentRecord {
  group: DataCollectionGroup;
  /** Every run of the group, in collection order. */
  runs: readonly RunRecord[];
}

/** Everything the session page knows about the experiments of a session. */
export interface SessionExperiments {
  experiments: readonly ExperimentRecord[];
  /** `/ssx/datacollection/processing/stats` */
  processing: Availability;
  /** `/eventchains` (or `/eventchain`) */
  timing: Availability;
}

/**
 * - `time-resolved`: at least one run pumps (laser) or mixes (reaction trigger) before probing;
 * - `static`: timing patterns were read, and none excites the sample (static or dark only);
 * - `unknown`: no timing pattern read (classic experiment, none recorded, or not provided).
 */
export type ExperimentTiming = 'time-resolved' | 'static' | 'unknown';

export type ExperimentStatus =
  /** The session is on and the group's latest run is running or ended moments ago. */
  | 'collecting'
  /** Some finished SSX runs have no processing summary yet, and they ended recently. */
  | 'processing'
  /** At least one run's status says it failed (or was aborted). */
  | 'failed'
  /** Some SSX runs ended long ago and still have no processing summary. */
  | 'results-missing'
  /** Every run succeeded (by its run status, or by having a processing summary). */
  | 'successful'
  /** Nothing recorded says how the runs went. */
  | 'unknown';

/** The order used to sort by status: what needs attention first. */
export const EXPERIMENT_STATUSES: readonly ExperimentStatus[] = [
  'collecting',
  'processing',
  'failed',
  'results-missing',
  'unknown',
  'successful',
];

const STATUS_LABELS: Readonly<Record<ExperimentStatus, string>> = {
  collecting: 'Collecting',
  processing: 'Processing',
  failed: 'Some runs failed',
  'results-missing': 'Results missing',
  successful: 'All successful',
  unknown: 'Not recorded',
};

export function experimentStatusLabel(status: ExperimentStatus): string {
  return STATUS_LABELS[status];
}

export interface ExperimentSummary {
  /** The group id. */
  id: number;
  group: DataCollectionGroup;
  /** `SSX-Chip`, `OSC`, `Unspecified`… */
  typeLabel: string;
  /** One of the serial experiment types. */
  serial: boolean;
  /** Derived from the type and the runs' SSX fields (the sample is not read here). */
  device: DeliveryDevice;
  /** The sample (`BLSample.name`); the protein is not sent with the events. */
  sampleName: string | undefined;
  runs: number;
  /** Summed over the runs whose image count is known; `undefined` when none is. */
  images: number | undefined;
  /** Summed over the runs with a processing summary; `undefined` when none has one. */
  hits: number | undefined;
  indexed: number | undefined;
  /** hits / images of the processed runs only, so a run still processing does not lower it. */
  hitRate: number | undefined;
  /** indexed / hits */
  indexingRate: number | undefined;
  /** Å, the best (lowest) estimate over the runs. */
  bestResolutionA: number | undefined;
  /** Runs with a processing summary. */
  processedRuns: number;
  timing: ExperimentTiming;
  /** s: every distinct pump–probe delay or reaction time of the runs, ascending. */
  delays: number[];
  /** What starts the clock: a laser pump, a reaction trigger (mix-and-inject), or both. */
  excitation: 'laser' | 'mixing' | 'both' | undefined;
  /** A time-resolved experiment with at least one dark (unexcited) reference run. */
  darkRun: boolean;
  status: ExperimentStatus;
  failedRuns: number;
  /** Finished SSX runs without a processing summary. */
  unprocessedRuns: number;
  /** End (or start) of the latest run. */
  lastActivity: Date | undefined;
}

export interface SummaryContext {
  now: Date;
  /** The session is between its start and its end. */
  sessionCurrent: boolean;
  processing: Availability;
}

/** A run that ended less than this long ago, in a current session, is still "collecting". */
export const COLLECTING_WINDOW_MS = 10 * 60_000;
/** A run without a processing summary this long after its end is "results missing". */
export const PROCESSING_WINDOW_MS = 2 * 3_600_000;

const time = (d: Date | undefined): number | undefined => d?.getTime();

function maxTime(values: readonly (number | undefined)[]): number | undefined {
  const known = values.filter((v): v is number => v !== undefined && Number.isFinite(v));
  return known.length ? Math.max(...known) : undefined;
}

/** Distinct to 1 part in 10⁹ (offsets written as separate events carry float noise). */
function distinct(values: readonly number[]): number[] {
  const out: number[] = [];
  for (const v of [...values].sort((a, b) => a - b)) {
    const last = out.at(-1);
    if (last === undefined || Math.abs(v - last) > Math.max(1e-15, Math.abs(last) * 1e-9)) {
      out.push(v);
    }
  }
  return out;
}

interface TimingFacts {
  timing: ExperimentTiming;
  delays: number[];
  excitation: ExperimentSummary['excitation'];
  darkRun: boolean;
}

function timingFacts(runs: readonly RunRecord[]): TimingFacts {
  const timings: RunTiming[] = runs.flatMap((r) => (r.chains ? [runTiming(r.chains)] : []));
  const laser = timings.some((t) => t.kind === 'pump-probe');
  const mixing = timings.some((t) => t.kind === 'mixing');
  const dark = timings.some((t) => t.kind === 'dark');
  const delays = distinct(
    timings.flatMap((t) => (t.kind === 'pump-probe' || t.kind === 'mixing' ? t.delays : [])),
  );
  const timeResolved = laser || mixing;
  return {
    timing: timeResolved ? 'time-resolved' : dark ? 'static' : 'unknown',
    delays,
    excitation: laser && mixing ? 'both' : laser ? 'laser' : mixing ? 'mixing' : undefined,
    darkRun: timeResolved && dark,
  };
}

/** The first run with SSX fields, latest first: they describe the device in use. */
function ssxOf(group: DataCollectionGroup, runs: readonly RunRecord[]) {
  return group.latestRun.ssx ?? [...runs].reverse().find((r) => r.run.ssx !== undefined)?.run.ssx;
}

/**
 * The summary of one experiment at `context.now`. Status, first match wins:
 * collecting (session on, latest run running or ended within {@link COLLECTING_WINDOW_MS}) →
 * failed (a run status says so) → processing / results missing (finished SSX runs without a
 * processing summary, ended within / before {@link PROCESSING_WINDOW_MS}; only when the server
 * provides summaries at all) → successful (every run succeeded, or every SSX run has a summary) →
 * unknown.
 */
export function summariseExperiment(
  record: ExperimentRecord,
  context: SummaryContext,
): ExperimentSummary {
  const { group } = record;
  const runs = [...record.runs];
  const ordered = orderRuns(runs.map((r) => r.run));
  const funnel = experimentFunnel(
    ordered,
    runs.flatMap((r) => (r.stats ? [r.stats] : [])),
  );
  const serial = isSerialExperiment(group.experimentType);
  const now = context.now.getTime();

  const outcomes = new Map(runs.map((r) => [r.run.id, runOutcome(r.run.runStatus)]));
  const failedRuns = [...outcomes.values()].filter((o) => o === 'failed').length;

  const latest = ordered.at(-1);
  const latestOutcome = latest ? outcomes.get(latest.id) : undefined;
  const lastActivity = maxTime([
    ...ordered.map((r) => time(r.end) ?? time(r.start)),
    time(group.end),
  ]);
  const latestRunning =
    latest !== undefined &&
    (latestOutcome === 'running' ||
      (latest.end === undefined && latest.start !== undefined && latestOutcome === 'unknown'));
  const collecting =
    context.sessionCurrent &&
    (latestRunning || (lastActivity !== undefined && now - lastActivity <= COLLECTING_WINDOW_MS));

  // Finished SSX runs that should have a processing summary by now, or soon.
  let processing = 0;
  let missing = 0;
  if (serial && context.processing === 'provided') {
    for (const { run, stats } of runs) {
      if (stats || outcomes.get(run.id) === 'failed' || run.numberOfImages === 0) continue;
      const ended = time(run.end) ?? time(run.start) ?? time(group.end);
      if (ended !== undefined && now - ended > PROCESSING_WINDOW_MS) missing += 1;
      else processing += 1;
    }
  }

  const allSucceeded = runs.length > 0 && [...outcomes.values()].every((o) => o === 'success');
  const allProcessed =
    serial &&
    context.processing === 'provided' &&
    runs.length > 0 &&
    funnel.processedRunCount === runs.length;

  const status: ExperimentStatus = collecting
    ? 'collecting'
    : failedRuns > 0
      ? 'failed'
      : processing > 0
        ? 'processing'
        : missing > 0
          ? 'results-missing'
          : allSucceeded || allProcessed
            ? 'successful'
            : 'unknown';

  const processed = funnel.processedRunCount > 0;
  const resolutions = runs.flatMap((r) =>
    r.stats?.estimatedResolutionA !== undefined ? [r.stats.estimatedResolutionA] : [],
  );

  return {
    id: group.id,
    group,
    typeLabel: experimentTypeLabel(group.experimentType),
    serial,
    device: deriveDeliveryDevice(group, ssxOf(group, runs), undefined),
    sampleName: group.sampleName,
    runs: runs.length || group.runCount,
    images: funnel.runsWithoutImageCount === runs.length ? undefined : funnel.images,
    hits: processed ? funnel.hits : undefined,
    indexed: processed ? funnel.indexed : undefined,
    hitRate: funnel.hitRate,
    indexingRate: funnel.indexingRate,
    bestResolutionA: resolutions.length ? Math.min(...resolutions) : undefined,
    processedRuns: funnel.processedRunCount,
    ...timingFacts(runs),
    status,
    failedRuns,
    unprocessedRuns: processing + missing,
    lastActivity: lastActivity === undefined ? undefined : new Date(lastActivity),
  };
}

/** Every experiment of a session, in the order read. */
export function summariseExperiments(
  data: SessionExperiments,
  context: Omit<SummaryContext, 'processing'>,
): ExperimentSummary[] {
  return data.experiments.map((record) =>
    summariseExperiment(record, { ...context, processing: data.processing }),
  );
}
