import { describe, expect, it } from 'vitest';
import { checkShells } from '../domain/merged-dataset';
import { generateDataset } from './dataset';
import type { SsxMergeStatisticsRow } from './dataset-merged.types';
import { TEST_NOW } from './demo-testing.util';
import { DEMO_SEED } from './index';

const data = generateDataset({ seed: DEMO_SEED, now: TEST_NOW });
const merges = data.ssxMerges;

const asDomain = (row: SsxMergeStatisticsRow) => ({
  dMaxA: row.resolutionLimitLow,
  dMinA: row.resolutionLimitHigh,
  reflections: row.nTotalObservations,
  unique: row.nTotalUniqueObservations,
  completenessPct: row.completeness,
  multiplicity: row.multiplicity,
  meanIOverSigma: row.meanIOverSigI,
  ccHalf: row.ccHalf,
  ccStar: row.ccStar,
  rSplitPct: row.rSplit,
});

describe('merged datasets of the demo', () => {
  it('gives every SSX experiment with processed runs its merges', () => {
    const processedGroups = new Set(
      data.ssxProcessing.map(
        (row) =>
          data.dataCollections.find((dc) => dc.dataCollectionId === row.dataCollectionId)
            ?.dataCollectionGroupId,
      ),
    );
    expect(new Set(merges.map((m) => m.dataCollectionGroupId))).toEqual(processedGroups);
  });

  it('has one merge for the dark reference and one per delay of the PYP series (group 12022)', () => {
    const series = merges.filter((m) => m.dataCollectionGroupId === 12022);
    expect(series.map((m) => [m.name, m.delay, m.delayType])).toEqual([
      ['PYP dark', null, null],
      ['PYP 1 µs', 1e-6, 'pumpProbe'],
      ['PYP 10 µs', 1e-5, 'pumpProbe'],
      ['PYP 100 µs', 1e-4, 'pumpProbe'],
      ['PYP 1 ms', 1e-3, 'pumpProbe'],
      ['PYP 10 ms', 1e-2, 'pumpProbe'],
    ]);
  });

  it("adds up to the runs' indexed patterns, and merges no more than were indexed", () => {
    const perRun = new Map<number, number>();
    for (const merge of merges) {
      for (const run of merge.runs) {
        expect(run.nbMerged).toBeLessThanOrEqual(run.nbIndexed);
        perRun.set(run.dataCollectionId, (perRun.get(run.dataCollectionId) ?? 0) + run.nbIndexed);
      }
    }
    for (const [id, indexed] of perRun) {
      expect(indexed).toBe(data.ssxProcessing.find((r) => r.dataCollectionId === id)?.nbIndexed);
    }
    // a failed or unprocessed run never goes in
    const failed = data.dataCollections.filter(
      (dc) => !data.ssxProcessing.some((r) => r.dataCollectionId === dc.dataCollectionId),
    );
    for (const run of failed) expect(perRun.has(run.dataCollectionId)).toBe(false);
  });

  it('has shells in order, not overlapping, whose statistics fall with resolution', () => {
    for (const merge of merges) {
      const shells = merge.shells.map(asDomain);
      expect(shells.length).toBeGreaterThanOrEqual(10);
      expect(checkShells(shells)).toEqual([]);
      const first = merge.shells[0];
      const last = merge.shells.at(-1);
      expect(first && last).toBeTruthy();
      if (!first || !last) continue;
      expect(last.ccHalf).toBeLessThan(0.3);
      expect(first.ccHalf).toBeGreaterThan(0.9);
      expect(last.meanIOverSigI).toBeLessThan(first.meanIOverSigI);
      expect(last.completeness).toBeLessThan(first.completeness);
      expect(last.rSplit).toBeGreaterThan(first.rSplit);
      const reflections = merge.shells.reduce((sum, s) => sum + s.nTotalObservations, 0);
      expect(merge.overall?.nTotalObservations).toBe(reflections);
      expect(merge.overall?.resolutionLimitHigh).toBe(last.resolutionLimitHigh);
    }
  });

  it('is the same for the same seed', () => {
    expect(generateDataset({ seed: DEMO_SEED, now: TEST_NOW }).ssxMerges).toEqual(merges);
  });
});
