import { describe, expect, it } from 'vitest';
import type { DataCollection, DataCollectionGroup } from './data-collection';
import {
  COLLECTING_WINDOW_MS,
  EXPERIMENT_STATUSES,
  experimentStatusLabel,
  PROCESSING_WINDOW_MS,
  summariseExperiment,
  summariseExperiments,
  type ExperimentRecord,
  type RunRecord,
  type SummaryContext,
} from './experiment-summary';
import type { SsxRunStats } from './processing';
import type { EventChain, TimingEvent } from './timing';

const T0 = new Date(2025, 0, 1, 10, 0).getTime();
const at = (minutes: number) => new Date(T0 + minutes * 60_000);

function run(id: number, extra: Partial<DataCollection> = {}): DataCollection {
  return {
    id,
    groupId: 7,
    experimentType: 'SSX-Chip',
    runStatus: 'Data collection successful',
    start: at(id * 10),
    end: at(id * 10 + 5),
    numberOfImages: 10_000,
    wavelengthA: 0.9,
    exposureTimeS: 0.004,
    flux: undefined,
    transmissionPct: undefined,
    beamSizeX: undefined,
    beamSizeY: undefined,
    resolutionA: undefined,
    detectorDistanceMm: undefined,
    imageDirectory: undefined,
    fileTemplate: undefined,
    ssx: undefined,
    detectorModel: undefined,
    ...extra,
  };
}

function group(runs: readonly DataCollection[], extra: Partial<DataCollectionGroup> = {}) {
  const latest = runs.at(-1) ?? run(1);
  return {
    id: 7,
    sessionId: 1,
    sessionName: 'MX1-1',
    proposalName: 'MX1',
    experimentType: latest.experimentType,
    sampleId: 3,
    sampleName: 'PYP_slurry_A',
    runCount: runs.length,
    start: runs[0]?.start,
    end: latest.end,
    durationMin: undefined,
    latestRun: latest,
    ...extra,
  } satisfies DataCollectionGroup;
}

const stats = (id: number, hits: number, indexed: number, resolution?: number): SsxRunStats => ({
  dataCollectionId: id,
  hits,
  indexed,
  latticeType: 'hexagonal',
  estimatedResolutionA: resolution,
});

function ev(type: string, offset: number, extra: Partial<TimingEvent> = {}): TimingEvent {
  return {
    id: undefined,
    type,
    name: undefined,
    offset,
    duration: undefined,
    period: undefined,
    repetition: undefined,
    ...extra,
  };
}
const chain = (...events: TimingEvent[]): EventChain => ({
  id: 1,
  dataCollectionId: 1,
  name: undefined,
  events: [...events].sort((a, b) => a.offset - b.offset),
});
const pumpProbe = (delay: number) =>
  chain(
    ev('LaserExcitation', 0, { period: 0.01, repetition: 100 }),
    ev('XrayExposure', delay, { period: 0.01, repetition: 100 }),
  );
const dark = () => chain(ev('XrayExposure', 0, { period: 0.01, repetition: 100 }));

function record(runs: RunRecord[], extra: Partial<DataCollectionGroup> = {}): ExperimentRecord {
  return {
    group: group(
      runs.map((r) => r.run),
      extra,
    ),
    runs,
  };
}
const rec = (r: DataCollection, s?: SsxRunStats, chains?: readonly EventChain[]): RunRecord => ({
  run: r,
  stats: s,
  chains,
});

/** Long after every run: a finished session. */
const past: SummaryContext = { now: at(24 * 60), sessionCurrent: false, processing: 'provided' };

describe('summariseExperiment: sums and rates', () => {
  it('sums images over every run and rates over the processed runs only', () => {
    const summary = summariseExperiment(
      record([
        rec(run(1, { numberOfImages: 10_000 }), stats(1, 4_000, 3_000, 1.9)),
        rec(run(2, { numberOfImages: 30_000 }), stats(2, 6_000, 3_000, 1.7)),
        // not processed: its images count, but do not lower the hit rate
        rec(run(3, { numberOfImages: 60_000 })),
      ]),
      past,
    );
    expect(summary).toMatchObject({
      id: 7,
      typeLabel: 'SSX-Chip',
      serial: true,
      sampleName: 'PYP_slurry_A',
      runs: 3,
      images: 100_000,
      hits: 10_000,
      indexed: 6_000,
      processedRuns: 2,
      bestResolutionA: 1.7,
    });
    expect(summary.hitRate).toBeCloseTo(10_000 / 40_000);
    expect(summary.indexingRate).toBeCloseTo(0.6);
    expect(summary.device).toMatchObject({ kind: 'chip' });
  });

  it('leaves rates and counts undefined without any processing summary', () => {
    const summary = summariseExperiment(record([rec(run(1)), rec(run(2))]), {
      ...past,
      processing: 'not-provided',
    });
    expect(summary).toMatchObject({
      images: 20_000,
      hits: undefined,
      indexed: undefined,
      hitRate: undefined,
      indexingRate: undefined,
      bestResolutionA: undefined,
      processedRuns: 0,
    });
  });

  it('knows no image count when no run has one', () => {
    const summary = summariseExperiment(record([rec(run(1, { numberOfImages: undefined }))]), past);
    expect(summary.images).toBeUndefined();
  });

  it('has no indexing rate when a processed run found no hits', () => {
    const summary = summariseExperiment(record([rec(run(1), stats(1, 0, 0))]), past);
    expect(summary.hitRate).toBe(0);
    expect(summary.indexingRate).toBeUndefined();
  });
});

describe('summariseExperiment: delays', () => {
  it('collects the distinct delays of every run, with a dark run', () => {
    const summary = summariseExperiment(
      record([
        rec(run(1), undefined, [dark()]),
        rec(run(2), undefined, [pumpProbe(1e-6)]),
        rec(run(3), undefined, [pumpProbe(1e-3)]),
        // the same delay again, written with float noise
        rec(run(4), undefined, [pumpProbe(1e-6 + 1e-18)]),
      ]),
      past,
    );
    expect(summary).toMatchObject({
      timing: 'time-resolved',
      excitation: 'laser',
      darkRun: true,
    });
    expect(summary.delays).toHaveLength(2);
    expect(summary.delays[0]).toBeCloseTo(1e-6, 12);
    expect(summary.delays[1]).toBeCloseTo(1e-3, 12);
  });

  it('reads every exposure of a hit-and-return chain as a delay', () => {
    const hare = chain(
      ev('LaserExcitation', 0, { repetition: 1 }),
      ev('XrayExposure', 1e-3),
      ev('XrayExposure', 1e-2),
      ev('XrayExposure', 1e-1),
    );
    const summary = summariseExperiment(
      record([rec(run(1), undefined, [hare]), rec(run(2), undefined, [pumpProbe(5e-3)])]),
      past,
    );
    expect(summary.delays).toEqual([1e-3, 5e-3, 1e-2, 1e-1]);
    expect(summary.darkRun).toBe(false);
  });

  it('takes reaction times of mix-and-inject runs', () => {
    const mixing = (t: number) =>
      chain(ev('ReactionTrigger', 0), ev('XrayExposure', t, { period: 0.004, repetition: 1e5 }));
    const summary = summariseExperiment(
      record([rec(run(1), undefined, [mixing(0.05)]), rec(run(2), undefined, [mixing(2)])]),
      past,
    );
    expect(summary).toMatchObject({ timing: 'time-resolved', excitation: 'mixing' });
    expect(summary.delays).toEqual([0.05, 2]);
  });

  it('calls chains without excitation static, not dark', () => {
    const summary = summariseExperiment(
      record([rec(run(1), undefined, [dark()]), rec(run(2), undefined, [dark()])]),
      past,
    );
    expect(summary).toMatchObject({ timing: 'static', delays: [], darkRun: false });
    expect(summary.excitation).toBeUndefined();
  });

  it('says nothing about timing when no chain was read', () => {
    const summary = summariseExperiment(record([rec(run(1)), rec(run(2))]), past);
    expect(summary).toMatchObject({ timing: 'unknown', delays: [], darkRun: false });
  });
});

describe('summariseExperiment: status', () => {
  const processed = [rec(run(1), stats(1, 1, 1)), rec(run(2), stats(2, 1, 1))];

  it('is collecting while the session is on and the latest run ended moments ago', () => {
    const ended = run(2).end as Date;
    const context = {
      now: new Date(ended.getTime() + COLLECTING_WINDOW_MS - 1),
      sessionCurrent: true,
      processing: 'provided' as const,
    };
    expect(summariseExperiment(record(processed), context).status).toBe('collecting');
    // the same moment in a session that is over: the runs are done
    expect(
      summariseExperiment(record(processed), { ...context, sessionCurrent: false }).status,
    ).toBe('successful');
  });

  it('is collecting while the latest run has no end yet', () => {
    const running = run(2, { end: undefined, runStatus: undefined });
    const summary = summariseExperiment(record([rec(run(1), stats(1, 1, 1)), rec(running)]), {
      now: at(24 * 60),
      sessionCurrent: true,
      processing: 'provided',
    });
    expect(summary.status).toBe('collecting');
  });

  it('says some runs failed, and how many', () => {
    const summary = summariseExperiment(
      record([
        rec(run(1), stats(1, 1, 1)),
        rec(run(2, { runStatus: 'Data collection failed' })),
        rec(run(3), stats(3, 1, 1)),
      ]),
      past,
    );
    expect(summary).toMatchObject({ status: 'failed', failedRuns: 1, unprocessedRuns: 0 });
  });

  it('is processing when recent SSX runs have no summary yet', () => {
    const now = new Date((run(2).end as Date).getTime() + PROCESSING_WINDOW_MS - 60_000);
    const summary = summariseExperiment(record([rec(run(1), stats(1, 1, 1)), rec(run(2))]), {
      now,
      sessionCurrent: false,
      processing: 'provided',
    });
    expect(summary).toMatchObject({ status: 'processing', unprocessedRuns: 1 });
  });

  it('says results are missing when they never came', () => {
    const summary = summariseExperiment(record([rec(run(1), stats(1, 1, 1)), rec(run(2))]), past);
    expect(summary).toMatchObject({ status: 'results-missing', unprocessedRuns: 1 });
  });

  it('does not wait for results the server cannot give, nor for classic runs', () => {
    const unprocessed = [rec(run(1)), rec(run(2))];
    expect(
      summariseExperiment(record(unprocessed), { ...past, processing: 'not-provided' }).status,
    ).toBe('successful');
    const classic = [
      rec(run(1, { experimentType: 'OSC' })),
      rec(run(2, { experimentType: 'OSC' })),
    ];
    const summary = summariseExperiment(record(classic), past);
    expect(summary).toMatchObject({ serial: false, status: 'successful', unprocessedRuns: 0 });
    expect(summary.device).toMatchObject({ kind: 'pin' });
  });

  it('is successful when every SSX run is processed even without run statuses', () => {
    const unrecorded = [
      rec(run(1, { runStatus: undefined }), stats(1, 1, 1)),
      rec(run(2, { runStatus: undefined }), stats(2, 1, 1)),
    ];
    expect(summariseExperiment(record(unrecorded), past).status).toBe('successful');
    expect(
      summariseExperiment(record(unrecorded), { ...past, processing: 'not-provided' }).status,
    ).toBe('unknown');
  });

  it('labels every status in words', () => {
    expect(EXPERIMENT_STATUSES.map(experimentStatusLabel)).toEqual([
      'Collecting',
      'Processing',
      'Some runs failed',
      'Results missing',
      'Not recorded',
      'All successful',
    ]);
  });
});

describe('summariseExperiments', () => {
  it('summarises every record with the session-wide availability', () => {
    const summaries = summariseExperiments(
      {
        experiments: [record([rec(run(1))]), record([rec(run(2), stats(2, 5, 4))], { id: 8 })],
        processing: 'not-provided',
        timing: 'provided',
      },
      { now: past.now, sessionCurrent: false },
    );
    expect(summaries.map((s) => [s.id, s.status])).toEqual([
      [7, 'successful'],
      [8, 'successful'],
    ]);
  });
});
