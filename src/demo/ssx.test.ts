import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type PageBody } from './demo-testing.util';

const t = createTestApi();
const { dataset } = t.api;
let staff = '';

beforeAll(async () => {
  staff = await t.login('staff');
});

interface StatsJson {
  dataCollectionId: number;
  nbHits: number;
  nbIndexed: number;
  laticeType: string;
  estimatedResolution: number;
}

interface HistogramJson {
  x: number[];
  y: number[];
  median: number;
}

const processed = dataset.ssxProcessing.filter((row) => row.nbIndexed < 1_000_000);
const big = dataset.ssxProcessing.find((row) => row.nbIndexed === 1_000_000);
const failedProgram = dataset.autoProcPrograms.find(
  (p) => p.kind === 'ssx' && p.processingStatus === 0,
);

describe('/ssx/datacollection/processing/stats', () => {
  it('answers a comma list with laticeType (sic), skipping runs without results', async () => {
    const ids = [
      processed[0]?.dataCollectionId,
      processed[1]?.dataCollectionId,
      failedProgram?.dataCollectionId,
    ];
    const stats = await t.json<StatsJson[]>(
      `/ssx/datacollection/processing/stats?dataCollectionIds=${ids.join(',')}`,
      staff,
    );
    expect(stats.map((s) => s.dataCollectionId)).toEqual(ids.slice(0, 2));
    expect(Object.keys(stats[0] ?? {}).sort()).toEqual([
      'dataCollectionId',
      'estimatedResolution',
      'laticeType',
      'nbHits',
      'nbIndexed',
    ]);
  });

  it('keeps hit and indexing rates realistic', async () => {
    const ids = dataset.ssxProcessing.map((row) => row.dataCollectionId).join(',');
    const stats = await t.json<StatsJson[]>(
      `/ssx/datacollection/processing/stats?dataCollectionIds=${ids}`,
      staff,
    );
    for (const row of stats) {
      const images =
        dataset.dataCollections.find((dc) => dc.dataCollectionId === row.dataCollectionId)
          ?.numberOfImages ?? 0;
      expect(row.nbHits / images).toBeGreaterThanOrEqual(0.01);
      expect(row.nbHits / images).toBeLessThanOrEqual(0.6);
      expect(row.nbIndexed / row.nbHits).toBeGreaterThanOrEqual(0.3);
      expect(row.nbIndexed / row.nbHits).toBeLessThanOrEqual(0.9);
      expect(row.estimatedResolution).toBeGreaterThanOrEqual(1.4);
      expect(row.estimatedResolution).toBeLessThanOrEqual(2.5);
    }
  });

  it('rejects anything but digits and commas with 422', async () => {
    for (const query of [
      'dataCollectionIds=1;2',
      'dataCollectionIds=[1,2]',
      'dataCollectionIds=1,',
      '',
    ]) {
      const response = await t.get(`/ssx/datacollection/processing/stats?${query}`, staff);
      expect(response.status, query).toBe(422);
    }
  });
});

describe('/ssx/datacollection/processing/cells/histogram', () => {
  it('bins each parameter into 51 edges and 50 counts around the expected cell', async () => {
    const runs = processed.filter((row) => row.laticeType === 'hexagonal').slice(0, 2);
    const ids = runs.map((row) => row.dataCollectionId);
    const body = await t.json<
      Record<string, HistogramJson | null> & { dataCollectionIds: number[] }
    >(`/ssx/datacollection/processing/cells/histogram?dataCollectionIds=${ids.join(',')}`, staff);
    expect(body.dataCollectionIds).toEqual(ids);
    const total = runs.reduce((sum, row) => sum + row.nbIndexed, 0);
    for (const name of ['a', 'b', 'c', 'alpha', 'beta', 'gamma']) {
      const histogram = body[name];
      expect(histogram?.x).toHaveLength(51);
      expect(histogram?.y).toHaveLength(50);
      const counted = histogram?.y.reduce((sum, n) => sum + n, 0) ?? 0;
      // Outliers beyond 1.5 IQR are dropped, a few percent at most.
      expect(counted).toBeLessThanOrEqual(total);
      expect(counted).toBeGreaterThan(total * 0.9);
    }
    expect(body.a?.median).toBeCloseTo(66.9, 0);
    expect(body.c?.median).toBeCloseTo(40.8, 0);
    expect(body.gamma?.median).toBeCloseTo(120, 0);
  });

  it('answers six nulls when there are no cells', async () => {
    const osc = dataset.dataCollections.find(
      (dc) => !dataset.ssxProcessing.some((row) => row.dataCollectionId === dc.dataCollectionId),
    );
    const body = await t.json(
      `/ssx/datacollection/processing/cells/histogram?dataCollectionIds=${osc?.dataCollectionId}`,
      staff,
    );
    expect(body).toEqual({
      a: null,
      b: null,
      c: null,
      alpha: null,
      beta: null,
      gamma: null,
      dataCollectionIds: [osc?.dataCollectionId],
    });
  });
});

describe('/ssx/datacollection/processing/cells', () => {
  it('streams every indexed cell of a run as parseable JSON', async () => {
    const run = processed[0];
    const response = await t.get(
      `/ssx/datacollection/processing/cells?dataCollectionId=${run?.dataCollectionId}`,
      staff,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    const body = (await response.json()) as { unit_cells: number[][] };
    expect(body.unit_cells).toHaveLength(run?.nbIndexed ?? -1);
    expect(body.unit_cells.every((cell) => cell.length === 6)).toBe(true);
  });

  it('answers 404 "Item not found" without results or visibility', async () => {
    for (const id of [failedProgram?.dataCollectionId, 999_999]) {
      const response = await t.get(
        `/ssx/datacollection/processing/cells?dataCollectionId=${id}`,
        staff,
      );
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ detail: 'Item not found' });
    }
    const hidden = await t.get(
      `/ssx/datacollection/processing/cells?dataCollectionId=${processed[0]?.dataCollectionId}`,
      await t.login('visitor'),
    );
    expect(hidden.status).toBe(404);
  });

  it('streams the 10⁶-cell run in chunks without building one string', async () => {
    expect(big).toBeDefined();
    const started = performance.now();
    const response = await t.get(
      `/ssx/datacollection/processing/cells?dataCollectionId=${big?.dataCollectionId}`,
      staff,
    );
    const reader = response.body?.getReader();
    if (!reader) throw new Error('no body');
    let brackets = 0;
    let chunks = 0;
    let head = '';
    let tail = '';
    const decoder = new TextDecoder();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks += 1;
      for (let at = value.indexOf(0x5b); at !== -1; at = value.indexOf(0x5b, at + 1)) brackets += 1;
      if (chunks === 1) head = decoder.decode(value.subarray(0, 40));
      tail = decoder.decode(value.subarray(Math.max(0, value.length - 10)));
    }
    expect(head.startsWith('{"unit_cells": [[')).toBe(true);
    expect(tail.endsWith(']}')).toBe(true);
    // One "[" opens the list, one opens each cell.
    expect(brackets - 1).toBe(1_000_000);
    expect(chunks).toBeGreaterThan(100);
    expect(performance.now() - started).toBeLessThan(10_000);
  }, 20_000);
});

describe('/processings', () => {
  it('gives statuses for a JSON array of ids, serial programs under `processing`', async () => {
    const osc = dataset.autoProcPrograms.find(
      (p) => p.kind === 'integration' && p.processingStatus === 1,
    );
    const ids = [
      processed[0]?.dataCollectionId,
      failedProgram?.dataCollectionId,
      osc?.dataCollectionId,
    ];
    const body = await t.json<{ statuses: Record<string, Record<string, unknown>> }>(
      `/processings/status?dataCollectionIds=${encodeURIComponent(JSON.stringify(ids))}`,
      staff,
    );
    expect(body.statuses[String(ids[0])]?.processing).toEqual({
      CrystFEL: [{ status: 1, autoProcProgramId: processed[0]?.autoProcProgramId }],
    });
    expect(body.statuses[String(ids[1])]?.processing).toEqual({
      CrystFEL: [{ status: 0, autoProcProgramId: failedProgram?.autoProcProgramId }],
    });
    expect(body.statuses[String(ids[2])]?.autoIntegration).toHaveProperty('autoPROC');
    expect((await t.get('/processings/status?dataCollectionIds=1,2', staff)).status).toBe(422);
  });

  it('reports the failed SSX run with an ERROR message and a log file', async () => {
    const messages = await t.json<PageBody<{ severity: string; message: string }>>(
      `/processings/messages?dataCollectionId=${failedProgram?.dataCollectionId}`,
      staff,
    );
    expect(messages.results.some((m) => m.severity === 'ERROR')).toBe(true);
    const attachments = await t.json<PageBody<{ fileName: string; _metadata: { url: string } }>>(
      `/processings/attachments?autoProcProgramId=${failedProgram?.autoProcProgramId}`,
      staff,
    );
    const log = attachments.results[0];
    expect(log?.fileName).toBe('indexamajig.log');
    expect(log?._metadata.url).toMatch(/^\/ispyb\/api\/v1\/processings\/attachments\/\d+$/);
    const file = await t.get(log?._metadata.url.replace('/ispyb/api/v1', '') ?? '', staff);
    expect(file.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await file.text()).toContain('ERROR');
  });

  it('returns all three statistics shells for classic processing', async () => {
    const osc = dataset.autoProcPrograms.find(
      (p) => p.kind === 'integration' && p.processingStatus === 1,
    );
    const body = await t.json<
      PageBody<{
        AutoProcIntegration: {
          AutoProcScalingHasInt: {
            AutoProcScaling: { AutoProcScalingStatistics: { scalingStatisticsType: string }[] };
          }[];
        }[];
      }>
    >(`/processings/auto-integrations?dataCollectionId=${osc?.dataCollectionId}`, staff);
    const shells =
      body.results[0]?.AutoProcIntegration[0]?.AutoProcScalingHasInt[0]?.AutoProcScaling
        .AutoProcScalingStatistics ?? [];
    expect(shells.map((s) => s.scalingStatisticsType)).toEqual([
      'overall',
      'innerShell',
      'outerShell',
    ]);
  });
});
