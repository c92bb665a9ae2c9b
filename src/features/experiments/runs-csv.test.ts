import { describe, expect, it } from 'vitest';
import type { DataCollection } from '../../domain/data-collection';
import { buildRunRows, type RunTiming } from '../../domain/experiment';
import { toCsv } from '../../lib/csv';
import { RUN_CSV_COLUMNS } from './runs-csv';

const run = (id: number, extra: Partial<DataCollection> = {}): DataCollection => ({
  id,
  groupId: 1,
  experimentType: 'SSX-Chip',
  runStatus: 'Data collection successful',
  start: new Date(2025, 0, 1, 10, id - 40),
  end: undefined,
  numberOfImages: 25_600,
  wavelengthA: undefined,
  exposureTimeS: undefined,
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
});

describe('RUN_CSV_COLUMNS', () => {
  it('writes plain numbers, percentages and the delays in seconds', () => {
    const rows = buildRunRows(
      [run(41), run(42, { runStatus: 'Aborted', numberOfImages: undefined })],
      [
        {
          dataCollectionId: 41,
          hits: 12_800,
          indexed: 6_400,
          latticeType: 'hexagonal',
          estimatedResolutionA: 1.7,
        },
      ],
      new Map<number, RunTiming>([[41, { kind: 'pump-probe', delays: [1e-6, 1e-3] }]]),
    );
    const lines = toCsv(rows, RUN_CSV_COLUMNS).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'Run,Data collection id,Start (facility local time),Images,Hits,Indexed,Hit rate (%),Indexing rate (%),Lattice,Estimated resolution (Å),Pump–probe delay,Delays (s),Run status,Processing',
    );
    expect(lines[1]).toBe(
      '1,41,2025-01-01 10:01,25600,12800,6400,50,50,hexagonal,1.7,"1 µs, 1 ms",0.000001 0.001,Data collection successful,success',
    );
    expect(lines[2]).toBe('2,42,2025-01-01 10:02,,,,,,,,,,Aborted,');
  });
});
