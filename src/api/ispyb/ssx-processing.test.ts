import { describe, expect, it } from 'vitest';
import { hitRate, indexingRate } from '../../domain/processing';
import { ApiError } from '../errors';
import { cellHistogramsSchema, ssxStatsListSchema } from './ssx-processing.dto';
import {
  isEmptyCellHistograms,
  mapCellHistograms,
  mapHistogram,
  mapSsxStats,
  parseUnitCells,
} from './ssx-processing.mapper';
import { branchResponse, firstIssuePath, must, recorded } from '../../testing/fixtures';

describe('SSX stats', () => {
  it('maps the recorded stats (laticeType, sic)', () => {
    const stats = ssxStatsListSchema.parse(recorded('ssx-processing-stats')).map(mapSsxStats);
    expect(stats).toEqual([
      {
        dataCollectionId: 2,
        hits: 8123,
        indexed: 6012,
        latticeType: 'tetragonal',
        estimatedResolutionA: 1.8,
      },
      {
        dataCollectionId: 3,
        hits: 7540,
        indexed: 5310,
        latticeType: 'tetragonal',
        estimatedResolutionA: 1.9,
      },
      {
        dataCollectionId: 4,
        hits: 21012,
        indexed: 9876,
        latticeType: 'tetragonal',
        estimatedResolutionA: 2.1,
      },
    ]);
    const first = must(stats[0]);
    expect(hitRate(first.hits, 25600)).toBeCloseTo(0.3173, 4);
    expect(indexingRate(first.indexed, first.hits)).toBeCloseTo(0.7401, 4);
  });

  it('maps the ssx-webservice capture', () => {
    expect(
      ssxStatsListSchema
        .parse(
          branchResponse(
            'ssx-webservice',
            '/ssx/datacollection/processing/stats?dataCollectionIds=2',
          ),
        )
        .map(mapSsxStats),
    ).toEqual([
      {
        dataCollectionId: 2,
        hits: 48213,
        indexed: 31877,
        latticeType: 'tetragonal',
        estimatedResolutionA: 1.85,
      },
    ]);
  });

  it('names the field of a contract violation', () => {
    const dto = structuredClone(recorded('ssx-processing-stats')) as [
      unknown,
      Record<string, unknown>,
    ];
    delete dto[1].nbIndexed;
    expect(firstIssuePath(ssxStatsListSchema.safeParse(dto))).toBe('[1].nbIndexed');
  });
});

describe('cell histograms', () => {
  it('maps a real-shaped histogram (edges = counts + 1) unchanged', () => {
    expect(mapHistogram({ x: [78, 79, 80, 81], y: [2, 5, 1], median: 79.4 })).toEqual({
      edges: [78, 79, 80, 81],
      counts: [2, 5, 1],
      median: 79.4,
    });
  });

  it('extrapolates the last edge of the truncated recorded answer (3 x, 3 y)', () => {
    const histograms = mapCellHistograms(
      cellHistogramsSchema.parse(recorded('ssx-processing-cells-histogram')),
    );
    const a = must(histograms.a);
    expect(a.counts).toEqual([2, 0, 2]);
    expect(a.edges).toHaveLength(4);
    expect(a.edges.slice(0, 3)).toEqual([78.244, 78.28016, 78.31632]);
    expect(a.edges[3]).toBeCloseTo(78.35248, 8);
    expect(a.median).toBe(79.1425);
    expect(a.lastEdgeInferred).toBe(true);
    expect(histograms.gamma?.counts).toEqual([1, 0, 3]);
    expect(isEmptyCellHistograms(histograms)).toBe(false);
  });

  it('maps the ssx-webservice capture', () => {
    const histograms = mapCellHistograms(
      cellHistogramsSchema.parse(
        branchResponse(
          'ssx-webservice',
          '/ssx/datacollection/processing/cells/histogram?dataCollectionIds=2',
        ),
      ),
    );
    expect(histograms.alpha?.edges[3]).toBeCloseTo(89.56, 10);
    expect(histograms.c?.median).toBe(38.01);
  });

  it('maps the "no cells" answer to six undefined histograms', () => {
    const histograms = mapCellHistograms(
      cellHistogramsSchema.parse({
        a: null,
        b: null,
        c: null,
        alpha: null,
        beta: null,
        gamma: null,
        dataCollectionIds: [1, 2],
      }),
    );
    expect(isEmptyCellHistograms(histograms)).toBe(true);
  });

  it('survives inconsistent lengths', () => {
    // more edges than needed: the extra ones are dropped
    expect(mapHistogram({ x: [1, 2, 3, 4, 5], y: [1, 1], median: 2 })?.edges).toEqual([1, 2, 3]);
    // more counts than x values: counts beyond the known bins are dropped, last edge inferred
    expect(mapHistogram({ x: [1, 2], y: [1, 2, 3], median: 2 })).toEqual({
      edges: [1, 2, 3],
      counts: [1, 2],
      median: 2,
      lastEdgeInferred: true,
    });
    // one bin of unknown width, or nothing at all: nothing to draw
    expect(mapHistogram({ x: [1], y: [4], median: 1 })).toBeUndefined();
    expect(mapHistogram({ x: [], y: [], median: 1 })).toBeUndefined();
  });

  it('names the field of a contract violation', () => {
    const dto = structuredClone(recorded('ssx-processing-cells-histogram')) as {
      beta: Record<string, unknown>;
    };
    dto.beta.y = 'none';
    expect(firstIssuePath(cellHistogramsSchema.safeParse(dto))).toBe('beta.y');
  });
});

describe('parseUnitCells', () => {
  it('skips and counts the truncated 3-value rows of the recorded answer', () => {
    expect(parseUnitCells(recorded('ssx-processing-cells'))).toEqual({ cells: [], skipped: 3 });
    expect(
      parseUnitCells(
        branchResponse('ssx-webservice', '/ssx/datacollection/processing/cells?dataCollectionId=2'),
      ),
    ).toEqual({ cells: [], skipped: 3 });
  });

  it('reads full rows and skips bad ones', () => {
    expect(
      parseUnitCells({
        unit_cells: [
          [79.49, 79.53, 38.01, 90.0, 90.0, 90.0],
          [78.87, 78.77, 38.01, 90.0, 90.0, 90.0, 1.0],
          [78.8, 'x', 38.0, 90, 90, 90],
          null,
        ],
      }),
    ).toEqual({
      cells: [
        { a: 79.49, b: 79.53, c: 38.01, alpha: 90, beta: 90, gamma: 90 },
        { a: 78.87, b: 78.77, c: 38.01, alpha: 90, beta: 90, gamma: 90 },
      ],
      skipped: 2,
    });
  });

  it('throws a contract error naming unit_cells for another shape', () => {
    for (const bad of [null, [], { unit_cells: 'none' }, { cells: [] }]) {
      let error: unknown;
      try {
        parseUnitCells(bad);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).kind).toBe('contract');
      expect((error as ApiError).details.field).toBe('unit_cells');
    }
  });
});
