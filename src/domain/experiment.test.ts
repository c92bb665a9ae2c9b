import { describe, expect, it } from 'vitest';
import type { DataCollection } from './data-collection';
import {
  beamSizeUm,
  buildRunRows,
  classifyRate,
  DEFAULT_THRESHOLDS,
  experimentFunnel,
  isDelaySeries,
  orderRuns,
  runOutcome,
  runTiming,
  runTimingLabel,
  sortRunRows,
  summariseProcessing,
  timingSortValue,
  type RunTiming,
} from './experiment';
import type { SsxRunStats } from './processing';
import type { EventChain, TimingEvent } from './timing';

function run(id: number, extra: Partial<DataCollection> = {}): DataCollection {
  return {
    id,
    groupId: 1,
    experimentType: 'SSX-Chip',
    runStatus: 'Data collection successful',
    start: new Date(Date.UTC(2025, 0, 1, 10, id % 60)),
    end: undefined,
    numberOfImages: 1000,
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

const stats = (id: number, hits: number, indexed: number, extra: Partial<SsxRunStats> = {}) => ({
  dataCollectionId: id,
  hits,
  indexed,
  latticeType: undefined,
  estimatedResolutionA: undefined,
  ...extra,
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

describe('orderRuns', () => {
  it('orders by start time, runs without one last, ties by id', () => {
    const runs = [
      run(3, { start: undefined }),
      run(2, { start: new Date(5) }),
      run(1, { start: new Date(5) }),
      run(4, { start: new Date(1) }),
    ];
    expect(orderRuns(runs).map((r) => r.id)).toEqual([4, 1, 2, 3]);
  });
});

describe('experimentFunnel', () => {
  it('sums images, hits and indexed over the runs', () => {
    const funnel = experimentFunnel(
      [run(1), run(2, { numberOfImages: 3000 })],
      [stats(1, 400, 300), stats(2, 600, 300)],
    );
    expect(funnel).toMatchObject({
      runCount: 2,
      processedRunCount: 2,
      images: 4000,
      processedImages: 4000,
      hits: 1000,
      indexed: 600,
      unprocessedRunIds: [],
    });
    expect(funnel.hitRate).toBeCloseTo(0.25);
    expect(funnel.indexingRate).toBeCloseTo(0.6);
    expect(funnel.indexedPerImage).toBeCloseTo(0.15);
  });

  it('leaves runs without a summary out of the rates, and says which', () => {
    const funnel = experimentFunnel(
      [run(1), run(2, { numberOfImages: 9000 }), run(3)],
      [stats(1, 500, 250), stats(3, 100, 50)],
    );
    expect(funnel.images).toBe(11_000);
    expect(funnel.processedImages).toBe(2000);
    expect(funnel.unprocessedRunIds).toEqual([2]);
    expect(funnel.hitRate).toBeCloseTo(0.3);
  });

  it('counts hits of runs with an unknown image count but keeps them out of the hit rate', () => {
    const funnel = experimentFunnel(
      [run(1), run(2, { numberOfImages: undefined })],
      [stats(1, 100, 50), stats(2, 900, 100)],
    );
    expect(funnel.runsWithoutImageCount).toBe(1);
    expect(funnel.hits).toBe(1000);
    expect(funnel.hitRate).toBeCloseTo(0.1);
    expect(funnel.indexingRate).toBeCloseTo(0.15);
    expect(funnel.indexedPerImage).toBeCloseTo(0.05);
  });

  it('has no rates without any summary', () => {
    const funnel = experimentFunnel([run(1)], []);
    expect(funnel).toMatchObject({ hits: 0, processedRunCount: 0, hitRate: undefined });
    expect(funnel.indexingRate).toBeUndefined();
    expect(funnel.indexedPerImage).toBeUndefined();
    expect(experimentFunnel([], []).images).toBe(0);
  });
});

describe('classifyRate', () => {
  it('classifies against the poor/good thresholds', () => {
    const t = DEFAULT_THRESHOLDS.hit;
    expect(classifyRate(0.2, t)).toBe('good');
    expect(classifyRate(0.1, t)).toBe('fair');
    expect(classifyRate(0.05, t)).toBe('fair');
    expect(classifyRate(0.049, t)).toBe('poor');
    expect(classifyRate(undefined, t)).toBe('unknown');
    expect(classifyRate(Number.NaN, t)).toBe('unknown');
  });
});

describe('runTiming', () => {
  it('is dark when no chain excites the sample, no-chains without chains', () => {
    expect(runTiming([chain(ev('XrayExposure', 0, { period: 0.004, repetition: 100 }))])).toEqual({
      kind: 'dark',
    });
    expect(runTiming([])).toEqual({ kind: 'no-chains' });
  });

  it('reads a pump–probe delay in the repetition encoding, even beyond the period', () => {
    const t = runTiming([
      chain(
        ev('LaserExcitation', 0, { period: 0.0043, repetition: 1000 }),
        ev('XrayExposure', 0.01, { period: 0.0043, repetition: 1000 }),
        ev('XrayDetection', 0.01, { period: 0.0043, repetition: 1000 }),
      ),
    ]);
    expect(t).toEqual({ kind: 'pump-probe', delays: [0.01] });
    expect(runTimingLabel(t)).toBe('10 ms');
  });

  it('reads one delay from separate pulses (one event per pulse)', () => {
    const p = 0.0043;
    const events: TimingEvent[] = [];
    for (let k = 0; k < 10; k += 1) {
      events.push(ev('LaserExcitation', k * p), ev('XrayExposure', k * p + 1e-4));
    }
    expect(runTiming([chain(...events)])).toEqual({ kind: 'pump-probe', delays: [1e-4] });
  });

  it('reads every delay of a hit-and-return chain', () => {
    const t = runTiming([
      chain(
        ev('LaserExcitation', 0, { repetition: 1 }),
        ev('XrayExposure', 1e-3),
        ev('XrayDetection', 1e-3),
        ev('XrayExposure', 1e-2),
        ev('XrayExposure', 0.1),
      ),
    ]);
    expect(t).toEqual({ kind: 'pump-probe', delays: [1e-3, 1e-2, 0.1] });
    expect(runTimingLabel(t)).toBe('1 ms, 10 ms, 100 ms');
  });

  it('falls back to the detector when no exposure is recorded', () => {
    expect(
      runTiming([chain(ev('LaserExcitation', 1e-8), ev('XrayDetection', 1e-6 + 1e-8))]),
    ).toMatchObject({
      kind: 'pump-probe',
    });
  });

  it('reads mix-and-inject delays', () => {
    const t = runTiming([chain(ev('ReactionTrigger', 0), ev('XrayExposure', 0.05))]);
    expect(t).toEqual({ kind: 'mixing', delays: [0.05] });
    expect(runTimingLabel(t)).toBe('50 ms after mixing');
  });

  it('says when a laser is not followed by any probe', () => {
    const t = runTiming([chain(ev('XrayExposure', 0), ev('LaserExcitation', 1))]);
    expect(t).toEqual({ kind: 'pump-probe', delays: [] });
    expect(runTimingLabel(t)).toMatch(/no probe/);
    expect(runTimingLabel({ kind: 'mixing', delays: [] })).toMatch(/no probe/);
    expect(runTimingLabel({ kind: 'no-chains' })).toBe('–');
  });
});

describe('isDelaySeries / timingSortValue', () => {
  const dark: RunTiming = { kind: 'dark' };
  const d1: RunTiming = { kind: 'pump-probe', delays: [1e-6] };
  const d2: RunTiming = { kind: 'pump-probe', delays: [1e-3] };
  it('needs two different known timings, one of them excited', () => {
    expect(isDelaySeries([dark, d1])).toBe(true);
    expect(isDelaySeries([d1, d2])).toBe(true);
    expect(isDelaySeries([d1, d1])).toBe(false);
    expect(isDelaySeries([dark, dark])).toBe(false);
    expect(isDelaySeries([d1, { kind: 'no-chains' }])).toBe(false);
  });
  it('sorts dark first and runs without timing last', () => {
    expect(timingSortValue(dark)).toBe(-1);
    expect(timingSortValue(d2)).toBe(1e-3);
    expect(timingSortValue({ kind: 'no-chains' })).toBeUndefined();
    expect(timingSortValue(undefined)).toBeUndefined();
  });
});

describe('runOutcome / summariseProcessing', () => {
  it('reads free-text run statuses', () => {
    expect(runOutcome('Data collection successful')).toBe('success');
    expect(runOutcome('Data collection failed')).toBe('failed');
    expect(runOutcome('Aborted')).toBe('failed');
    expect(runOutcome('Running')).toBe('running');
    expect(runOutcome('Paused')).toBe('other');
    expect(runOutcome(undefined)).toBe('unknown');
  });
  it('summarises the programs of a run', () => {
    const status = (...states: ('running' | 'failed' | 'success' | 'not-run')[]) => ({
      dataCollectionId: 1,
      steps: [],
      programs: states.map((state, i) => ({ id: i, dataCollectionId: 1, programs: 'x', state })),
    });
    expect(summariseProcessing(status('failed', 'running'), true)).toBe('running');
    expect(summariseProcessing(status('failed'), true)).toBe('success');
    expect(summariseProcessing(status('failed'), false)).toBe('failed');
    expect(summariseProcessing(status('not-run'), false)).toBe('not-run');
    expect(summariseProcessing(undefined, false)).toBeUndefined();
  });
});

describe('buildRunRows / sortRunRows', () => {
  const runs = [run(11, { numberOfImages: 2000 }), run(12, { numberOfImages: undefined }), run(10)];
  const rows = buildRunRows(
    runs,
    [
      stats(10, 100, 50, { latticeType: 'hexagonal', estimatedResolutionA: 1.8 }),
      stats(11, 800, 600, { latticeType: 'Cubic' }),
    ],
    new Map<number, RunTiming>([
      [10, { kind: 'dark' }],
      [11, { kind: 'pump-probe', delays: [1e-6] }],
    ]),
  );

  it('numbers runs in collection order and computes their rates', () => {
    expect(rows.map((r) => [r.number, r.run.id])).toEqual([
      [1, 10],
      [2, 11],
      [3, 12],
    ]);
    expect(rows[1]?.hitRate).toBeCloseTo(0.4);
    expect(rows[1]?.indexingRate).toBeCloseTo(0.75);
    expect(rows[2]?.hitRate).toBeUndefined();
    expect(rows[0]?.processing).toBe('success');
    expect(rows[2]?.processing).toBeUndefined();
  });

  it('sorts either way with missing values last', () => {
    const ids = (key: Parameters<typeof sortRunRows>[1], dir: 'asc' | 'desc') =>
      sortRunRows(rows, key, dir).map((r) => r.run.id);
    expect(ids('hitRate', 'desc')).toEqual([11, 10, 12]);
    expect(ids('hitRate', 'asc')).toEqual([10, 11, 12]);
    expect(ids('images', 'asc')).toEqual([10, 11, 12]);
    expect(ids('lattice', 'asc')).toEqual([11, 10, 12]);
    expect(ids('resolution', 'desc')).toEqual([10, 11, 12]);
    expect(ids('delay', 'desc')).toEqual([11, 10, 12]);
    expect(ids('run', 'desc')).toEqual([12, 11, 10]);
    expect(ids('status', 'asc')).toEqual([10, 11, 12]);
  });
});

describe('beamSizeUm', () => {
  it('keeps µm and converts values below 1 from mm', () => {
    expect(beamSizeUm({ beamSizeX: 4, beamSizeY: 2 })).toEqual({
      x: 4,
      y: 2,
      convertedFromMm: false,
    });
    expect(beamSizeUm({ beamSizeX: 0.05, beamSizeY: 0.02 })).toEqual({
      x: 50,
      y: 20,
      convertedFromMm: true,
    });
    expect(beamSizeUm({ beamSizeX: undefined, beamSizeY: undefined })).toBeUndefined();
  });
});
