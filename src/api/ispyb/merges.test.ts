import { describe, expect, it } from 'vitest';
import { parseCapabilities } from '../capabilities';
import { ApiError } from '../errors';
import { mergeDetailSchema, mergePageSchema } from './merges.dto';
import { mapMerge, mapMergeDetail } from './merges.mapper';
import { hasMergedDatasets } from './merges';

/** The documented examples (docs/extensions/merged-datasets.md). */
const DARK = {
  ssxMergeId: 58006,
  dataCollectionGroupId: 12022,
  name: 'PYP dark',
  program: 'CrystFEL 0.11.1 (partialator)',
  processingStatus: 1,
  processingMessage: '1 run, 17735 patterns merged',
  recordTimeStamp: '2026-11-12T11:30:08',
  delay: null,
  delayType: null,
  spaceGroup: 'P63',
  cell_a: 66.9,
  cell_b: 66.9,
  cell_c: 40.8,
  cell_alpha: 90,
  cell_beta: 90,
  cell_gamma: 120,
  runs: [{ dataCollectionId: 40029, nbIndexed: 18337, nbMerged: 17735 }],
  overall: {
    resolutionLimitLow: 35,
    resolutionLimitHigh: 1.55,
    nTotalObservations: 4965799,
    nTotalUniqueObservations: 13707,
    completeness: 92.5,
    multiplicity: 362.3,
    meanIOverSigI: 2.84,
    ccHalf: 0.545,
    ccStar: 0.84,
    rSplit: 58.8,
  },
};

const SHELLS = [
  {
    resolutionLimitLow: 35,
    resolutionLimitHigh: 3.378,
    nTotalObservations: 369565,
    nTotalUniqueObservations: 1430,
    completeness: 99.9,
    multiplicity: 258.4,
    meanIOverSigI: 8.93,
    ccHalf: 0.999,
    ccStar: 1,
    rSplit: 9,
  },
  {
    resolutionLimitLow: 3.378,
    resolutionLimitHigh: 2.681,
    nTotalObservations: 342159,
    nTotalUniqueObservations: 1431,
    completeness: 99.9,
    multiplicity: 239.1,
    meanIOverSigI: 6.22,
    ccHalf: 0.908,
    rSplit: 11.7,
  },
];

describe('merges mapper', () => {
  it('maps a list entry to the domain, in Å, % and fractions', () => {
    const page = mergePageSchema.parse({ total: 1, skip: 0, limit: 25, results: [DARK] });
    const merge = mapMerge(page.results[0] ?? DARK);
    expect(merge).toMatchObject({
      id: 58006,
      groupId: 12022,
      name: 'PYP dark',
      state: 'success',
      delayS: undefined,
      delayType: undefined,
      spaceGroup: 'P63',
      cell: { a: 66.9, b: 66.9, c: 40.8, alpha: 90, beta: 90, gamma: 120 },
      runs: [{ dataCollectionId: 40029, indexed: 18337, merged: 17735 }],
    });
    expect(merge.overall).toMatchObject({ dMaxA: 35, dMinA: 1.55, ccHalf: 0.545, rSplitPct: 58.8 });
  });

  it('reads the delay, its kind, the running and failed states, and a missing cell', () => {
    const pumped = mapMerge({ ...DARK, delay: 1e-4, delayType: 'pumpProbe' });
    const mixed = mapMerge({ ...DARK, delay: 0.05, delayType: 'reaction', processingStatus: 0 });
    const unknownKind = mapMerge({ ...DARK, delay: 1e-3, delayType: 'temperatureJump' });
    const running = mapMerge({ ...DARK, processingStatus: null, overall: null, cell_a: null });
    expect([pumped.delayS, pumped.delayType]).toEqual([1e-4, 'pump-probe']);
    expect([mixed.delayType, mixed.state]).toEqual(['reaction', 'failed']);
    expect(unknownKind.delayType).toBe('pump-probe');
    expect([running.state, running.overall, running.cell]).toEqual([
      'running',
      undefined,
      undefined,
    ]);
  });

  it('maps the shells of a detail, deriving CC* when the server leaves it out', () => {
    const detail = mapMergeDetail(mergeDetailSchema.parse({ ...DARK, shells: SHELLS }));
    expect(detail.shells).toHaveLength(2);
    expect(detail.shells[1]?.ccStar).toBeCloseTo(Math.sqrt((2 * 0.908) / 1.908));
  });

  it('refuses overlapping or out-of-order shells with a message naming them', () => {
    const overlapping = [SHELLS[0], { ...SHELLS[1], resolutionLimitLow: 4 }];
    let error: unknown;
    try {
      mapMergeDetail(mergeDetailSchema.parse({ ...DARK, shells: overlapping }));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).kind).toBe('contract');
    expect((error as ApiError).message).toContain(
      'Shell 2 (4.00–2.68 Å) overlaps shell 1 (35.00–3.38 Å).',
    );
    expect((error as ApiError).details.field).toBe('shells[1]');
    expect(() =>
      mapMergeDetail(mergeDetailSchema.parse({ ...DARK, shells: [...SHELLS].reverse() })),
    ).toThrow(/out of order/);
  });

  it('rejects a shell without its statistics at the edge', () => {
    const { ccHalf: _dropped, ...withoutCc } = SHELLS[0] ?? {};
    expect(mergeDetailSchema.safeParse({ ...DARK, shells: [withoutCc] }).success).toBe(false);
  });
});

describe('detection', () => {
  it('uses the extension only when openapi.json lists GET /ssx/merges', () => {
    const withIt = parseCapabilities({
      paths: { '/ispyb/api/v1/proposals': { get: {} }, '/ispyb/api/v1/ssx/merges': { get: {} } },
    });
    const without = parseCapabilities({ paths: { '/ispyb/api/v1/proposals': { get: {} } } });
    expect(hasMergedDatasets(withIt)).toBe(true);
    expect(hasMergedDatasets(without)).toBe(false);
  });
});
