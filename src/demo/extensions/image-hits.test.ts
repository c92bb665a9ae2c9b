import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi } from '../demo-testing.util';
import { allocate } from './image-hits-data';

const t = createTestApi();
const { dataset } = t.api;
let staff = '';

beforeAll(async () => {
  staff = await t.login('staff');
});

interface Counts {
  images: number;
  nbHits: number;
  nbIndexed: number;
}
interface RunHitsJson extends Counts {
  dataCollectionId: number;
  batchSize: number;
  numberOfImages: number;
  batches: (Counts & { imageStart: number; imageEnd: number })[];
  positions: (Counts & { blockNumber: number; apertureRow: null; apertureColumn: null })[] | null;
}

const path = (ids: readonly number[], batchSize?: number) =>
  `/ssx/datacollection/processing/hits?dataCollectionIds=${ids.join(',')}${batchSize ? `&batchSize=${batchSize}` : ''}`;

const sum = (rows: readonly Counts[], key: keyof Counts) => rows.reduce((s, r) => s + r[key], 0);

function runOf(id: number) {
  const dc = dataset.dataCollections.find((d) => d.dataCollectionId === id);
  const ssx = dataset.ssxDataCollections.find((d) => d.dataCollectionId === id);
  const stats = dataset.ssxProcessing.find((d) => d.dataCollectionId === id);
  return { dc, ssx, stats };
}

const chipRun = dataset.ssxProcessing.find((s) => runOf(s.dataCollectionId).ssx?.chipModel);
const jetRun = dataset.ssxProcessing.find(
  (s) => !runOf(s.dataCollectionId).ssx?.chipModel && s.nbIndexed < 1_000_000,
);

describe('allocate', () => {
  it('spreads a total by weight, exactly, never above a cap', () => {
    const out = allocate(10, [1, 1, 8], [5, 5, 3]);
    expect([...out].reduce((a, b) => a + b, 0)).toBe(10);
    expect(out[2]).toBe(3);
    expect(Math.max(out[0] ?? 0, out[1] ?? 0)).toBeLessThanOrEqual(5);
  });
});

describe('/ssx/datacollection/processing/hits', () => {
  it('is listed in openapi.json', async () => {
    const doc = await t.json<{ paths: Record<string, unknown> }>('/openapi.json');
    expect(Object.keys(doc.paths)).toContain('/ispyb/api/v1/ssx/datacollection/processing/hits');
  });

  it('adds up to every processed run’s totals, batches in order within the run', async () => {
    const ids = dataset.ssxProcessing
      .filter((s) => s.nbIndexed < 1_000_000)
      .map((s) => s.dataCollectionId);
    const runs = await t.json<RunHitsJson[]>(path(ids), staff);
    expect(runs.map((r) => r.dataCollectionId).sort()).toEqual([...ids].sort());
    for (const run of runs) {
      const { dc, stats } = runOf(run.dataCollectionId);
      expect(run.numberOfImages).toBe(dc?.numberOfImages);
      expect(sum(run.batches, 'images')).toBe(run.numberOfImages);
      expect(sum(run.batches, 'nbHits')).toBe(stats?.nbHits);
      expect(sum(run.batches, 'nbIndexed')).toBe(stats?.nbIndexed);
      run.batches.forEach((b, i) => {
        expect(b.nbHits).toBeLessThanOrEqual(b.images);
        expect(b.nbIndexed).toBeLessThanOrEqual(b.nbHits);
        expect(b.imageEnd - b.imageStart + 1).toBe(b.images);
        if (i > 0) expect(b.imageStart).toBe((run.batches[i - 1]?.imageEnd ?? 0) + 1);
      });
      if (run.positions) {
        expect(sum(run.positions, 'nbHits')).toBe(stats?.nbHits);
        expect(sum(run.positions, 'images')).toBe(run.numberOfImages);
      }
    }
  });

  it('counts chips per block, with a dried-out corner well below the rest', async () => {
    const [run] = await t.json<RunHitsJson[]>(path([chipRun?.dataCollectionId ?? 0]), staff);
    const rates = (run?.positions ?? []).map((p) => p.nbHits / p.images).sort((a, b) => a - b);
    expect(rates.length).toBeGreaterThan(1);
    const median = rates[Math.floor(rates.length / 2)] ?? 0;
    expect(rates[0]).toBeLessThan(median / 3);
  });

  it('leaves positions out for jets and rounds the batch size up to 100 images', async () => {
    const [run] = await t.json<RunHitsJson[]>(path([jetRun?.dataCollectionId ?? 0], 2_050), staff);
    expect(run?.positions).toBeNull();
    expect(run?.batchSize).toBe(2_100);
    expect(run?.batches[0]?.images).toBe(2_100);
  });

  it('leaves out runs without results and runs the user cannot see', async () => {
    const failed = dataset.autoProcPrograms.find(
      (p) => p.kind === 'ssx' && p.processingStatus === 0,
    );
    expect(await t.json(path([failed?.dataCollectionId ?? 0]), staff)).toEqual([]);
    const visitor = await t.login('visitor');
    expect(await t.json(path([chipRun?.dataCollectionId ?? 0]), visitor)).toEqual([]);
  });

  it('answers 422 for a malformed id list and 401 without a token', async () => {
    expect(
      (await t.get('/ssx/datacollection/processing/hits?dataCollectionIds=1;2', staff)).status,
    ).toBe(422);
    expect((await t.get(path([1]))).status).toBe(401);
  });
});
