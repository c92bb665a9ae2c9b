import { describe, expect, it } from 'vitest';
import type { DataCollection, DataCollectionGroup } from '../../domain/data-collection';
import type { ExperimentSummary } from '../../domain/experiment-summary';
import { toCsv } from '../../lib/csv';
import {
  buildRows,
  csvColumns,
  delayText,
  deviceOptions,
  filterRows,
  formatDelays,
  NOT_PROVIDED,
  sortRows,
  typeOptions,
  type ExperimentRow,
  type TableAvailability,
} from './experiment-table';
import { DEFAULT_SESSION_STATE, type SessionUrlState } from './session-url';

function group(id: number, type: string, sample: string | undefined, hour: number) {
  return {
    id,
    sessionId: 1,
    sessionName: 'MX1-1',
    proposalName: 'MX1',
    experimentType: type,
    sampleId: undefined,
    sampleName: sample,
    runCount: 2,
    start: new Date(2025, 0, 1, hour),
    end: new Date(2025, 0, 1, hour, 30),
    durationMin: 30,
    latestRun: { id: id * 10, ssx: undefined } as DataCollection,
  } satisfies DataCollectionGroup;
}

function summary(g: DataCollectionGroup, extra: Partial<ExperimentSummary>): ExperimentSummary {
  const type = g.experimentType ?? '';
  return {
    id: g.id,
    group: g,
    typeLabel: type,
    serial: type.startsWith('SSX'),
    device:
      g.experimentType === 'OSC'
        ? { kind: 'pin' }
        : { kind: 'chip', model: 'Oxford', pattern: undefined },
    sampleName: g.sampleName,
    runs: 2,
    images: 20_000,
    hits: undefined,
    indexed: undefined,
    hitRate: undefined,
    indexingRate: undefined,
    bestResolutionA: undefined,
    processedRuns: 0,
    timing: 'unknown',
    delays: [],
    excitation: undefined,
    darkRun: false,
    status: 'successful',
    failedRuns: 0,
    unprocessedRuns: 0,
    lastActivity: undefined,
    ...extra,
  };
}

const pyp = group(1, 'SSX-Chip', 'PYP_slurry_A', 10);
const hewl = group(2, 'SSX-Jet', 'HEWL_slurry_1', 12);
const osc = group(3, 'OSC', 'PYP_xtal_01', 11);
const GROUPS = [pyp, hewl, osc];
const SUMMARIES = [
  summary(pyp, {
    hitRate: 0.45,
    indexingRate: 0.7,
    images: 300_000,
    timing: 'time-resolved',
    delays: [1e-6, 1e-5, 1e-3],
    excitation: 'laser',
    darkRun: true,
    runs: 6,
  }),
  summary(hewl, {
    device: { kind: 'liquid-jet', sizeUm: 4, speedMs: 20, material: undefined },
    hitRate: 0.3,
    indexingRate: undefined,
    timing: 'time-resolved',
    delays: [0.05, 2],
    excitation: 'mixing',
    status: 'processing',
  }),
  summary(osc, { images: 3_600 }),
];
const ROWS = buildRows(GROUPS, SUMMARIES);
const ALL: TableAvailability = { processing: 'provided', timing: 'provided' };

const ids = (rows: readonly ExperimentRow[]) => rows.map((r) => r.id);
const filter = (patch: Partial<SessionUrlState>, available = ALL) =>
  ids(filterRows(ROWS, { ...DEFAULT_SESSION_STATE, ...patch }, available));

describe('filterRows', () => {
  it.each([
    [{}, [1, 2, 3]],
    [{ types: ['SSX-Chip', 'OSC'] }, [1, 3]],
    [{ devices: ['liquid-jet'] }, [2]],
    [{ sample: 'pyp' }, [1, 3]],
    [{ delay: 'timed' }, [1, 2]],
    [{ delay: 'dark' }, [1]],
    [{ delay: 'static' }, []],
    [{ delayMin: 1e-3 }, [1, 2]],
    [{ delayMin: 1e-6, delayMax: 1e-6 }, [1]],
    [{ delayMax: 1e-7 }, []],
    [{ minRuns: 3 }, [1]],
    [{ minImages: 20_000 }, [1, 2]],
    [{ minHitRate: 0.3 }, [1, 2]],
    [{ minIndexingRate: 0.5 }, [1]],
    [{ statuses: ['processing'] }, [2]],
    [{ types: ['SSX-Chip'], minHitRate: 0.5 }, []],
  ] as [Partial<SessionUrlState>, number[]][])('%j keeps %j', (patch, expected) => {
    expect(filter(patch)).toEqual(expected);
  });

  it('ignores filters on data the server does not provide', () => {
    expect(filter({ minHitRate: 0.9 }, { ...ALL, processing: 'not-provided' })).toEqual([1, 2, 3]);
    expect(filter({ delay: 'dark', delayMin: 1 }, { ...ALL, timing: 'not-provided' })).toEqual([
      1, 2, 3,
    ]);
  });

  it('keeps rows on group facts while the runs are read, and drops them on run facts', () => {
    const pending = buildRows(GROUPS, undefined);
    const state = { ...DEFAULT_SESSION_STATE, types: ['SSX-Jet'], minRuns: 2 };
    const loading = { processing: undefined, timing: undefined };
    expect(ids(filterRows(pending, state, loading))).toEqual([2]);
    expect(ids(filterRows(pending, { ...state, statuses: ['processing'] }, loading))).toEqual([]);
  });
});

describe('sortRows', () => {
  it('puts the newest first without a sort key', () => {
    expect(ids(sortRows(ROWS, undefined, 'asc'))).toEqual([2, 3, 1]);
  });

  it.each([
    ['type', 'asc', [3, 1, 2]],
    ['sample', 'desc', [3, 1, 2]],
    ['runs', 'desc', [1, 2, 3]],
    ['images', 'asc', [3, 2, 1]],
    // missing values last in both directions
    ['hitRate', 'asc', [2, 1, 3]],
    ['hitRate', 'desc', [1, 2, 3]],
    ['indexingRate', 'desc', [1, 2, 3]],
    ['delay', 'asc', [1, 2, 3]],
    ['delay', 'desc', [2, 1, 3]],
    ['status', 'asc', [2, 3, 1]],
    ['device', 'asc', [1, 2, 3]],
    ['start', 'asc', [1, 3, 2]],
  ] as const)('by %s %s', (key, dir, expected) => {
    expect(ids(sortRows(ROWS, key, dir))).toEqual(expected);
  });
});

describe('cells and options', () => {
  it('formats delays with SI prefixes, as a range beyond three', () => {
    expect(formatDelays([])).toBe('–');
    expect(formatDelays([1e-6, 1e-5])).toBe('1 µs, 10 µs');
    expect(formatDelays([1e-6, 1e-5, 1e-4, 1e-3, 1e-2])).toBe('1 µs – 10 ms (5\u00a0delays)');
  });

  it('says when the server gives no timing for an SSX experiment', () => {
    const [first, , third] = buildRows(GROUPS, [
      summary(pyp, { timing: 'unknown' }),
      summary(hewl, {}),
      summary(osc, {}),
    ]);
    expect(delayText(first as ExperimentRow, 'not-provided')).toBe(NOT_PROVIDED);
    expect(delayText(third as ExperimentRow, 'not-provided')).toBe('–');
    expect(delayText(first as ExperimentRow, 'provided')).toBe('–');
  });

  it('offers the types and devices present, and the selected ones', () => {
    expect(typeOptions(ROWS, ['Still'])).toEqual(['OSC', 'SSX-Chip', 'SSX-Jet', 'Still']);
    expect(deviceOptions(ROWS, ['tape'])).toEqual(['chip', 'liquid-jet', 'tape', 'pin']);
  });
});

describe('csvColumns', () => {
  it('exports numbers unformatted and says what the server does not provide', () => {
    const csv = toCsv(
      sortRows(ROWS, 'hitRate', 'desc').slice(0, 1),
      csvColumns({ processing: 'not-provided', timing: 'provided' }, (r) => `/g/${r.id}`),
    );
    const [header, line] = csv.trim().split('\r\n');
    expect(header).toBe(
      'Group id,Experiment type,Serial (SSX),Sample,Delivery device,Delays (s),Dark run,Runs,' +
        'Images,Hits,Indexed,Hit rate (%),Indexing rate (%),Best resolution (Å),Status,' +
        'Start (facility local time),End (facility local time),Link',
    );
    expect(line).toBe(
      `1,SSX-Chip,yes,PYP_slurry_A,Fixed-target chip,0.000001 0.00001 0.001,yes,6,300000,` +
        `${Array(5).fill(NOT_PROVIDED).join(',')},All successful,2025-01-01 10:00,2025-01-01 10:30,/g/1`,
    );
  });
});
