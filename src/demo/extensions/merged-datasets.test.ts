import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type PageBody } from '../demo-testing.util';

const t = createTestApi();
let staff = '';
let scientist = '';
let visitor = '';

beforeAll(async () => {
  [staff, scientist, visitor] = await Promise.all([
    t.login('staff'),
    t.login('scientist'),
    t.login('visitor'),
  ]);
});

interface MergeJson {
  ssxMergeId: number;
  dataCollectionGroupId: number;
  name: string;
  runs: { dataCollectionId: number; nbIndexed: number; nbMerged: number }[];
  overall: Record<string, number> | null;
  shells?: Record<string, number>[];
}

const ALL_SSX_GROUPS = '12014,12016,12022,12025,12029';

describe('GET /ssx/merges', () => {
  it('lists the merges of the requested groups, without shells', async () => {
    const page = await t.json<PageBody<MergeJson>>(
      '/ssx/merges?dataCollectionGroupIds=12022',
      staff,
    );
    expect(page.total).toBe(6);
    expect(page.results.map((m) => m.name)).toContain('PYP 100 µs');
    expect(page.results[0]).not.toHaveProperty('shells');
    expect(page.results[0]?.overall).toHaveProperty('ccHalf');
  });

  it("shows a user only their proposals' merges", async () => {
    const all = await t.json<PageBody<MergeJson>>(
      `/ssx/merges?dataCollectionGroupIds=${ALL_SSX_GROUPS}&limit=100`,
      staff,
    );
    const mine = await t.json<PageBody<MergeJson>>(
      `/ssx/merges?dataCollectionGroupIds=${ALL_SSX_GROUPS}&limit=100`,
      scientist,
    );
    const none = await t.json<PageBody<MergeJson>>(
      `/ssx/merges?dataCollectionGroupIds=${ALL_SSX_GROUPS}`,
      visitor,
    );
    expect(new Set(all.results.map((m) => m.dataCollectionGroupId))).toEqual(
      new Set([12014, 12016, 12022, 12025, 12029]),
    );
    // the thaumatin commissioning (MX2545) is not the scientist's
    expect(new Set(mine.results.map((m) => m.dataCollectionGroupId))).toEqual(
      new Set([12014, 12016, 12022, 12029]),
    );
    expect(none).toMatchObject({ total: 0, results: [] });
  });

  it('pages with skip and limit, total counted before paging', async () => {
    const first = await t.json<PageBody<MergeJson>>(
      '/ssx/merges?dataCollectionGroupIds=12022&skip=0&limit=4',
      staff,
    );
    const rest = await t.json<PageBody<MergeJson>>(
      '/ssx/merges?dataCollectionGroupIds=12022&skip=4&limit=4',
      staff,
    );
    expect([first.total, first.results.length, rest.total, rest.results.length]).toEqual([
      6, 4, 6, 2,
    ]);
    expect(new Set([...first.results, ...rest.results].map((m) => m.ssxMergeId)).size).toBe(6);
  });

  it('answers 422 without a valid id list and 401 without a token', async () => {
    expect((await t.get('/ssx/merges', staff)).status).toBe(422);
    expect((await t.get('/ssx/merges?dataCollectionGroupIds=1;2', staff)).status).toBe(422);
    expect((await t.get('/ssx/merges?dataCollectionGroupIds=12022')).status).toBe(401);
  });
});

describe('GET /ssx/merges/{ssxMergeId}', () => {
  it('answers one merge with its per-shell table', async () => {
    const page = await t.json<PageBody<MergeJson>>(
      '/ssx/merges?dataCollectionGroupIds=12022',
      staff,
    );
    const id = page.results[0]?.ssxMergeId;
    const merge = await t.json<MergeJson>(`/ssx/merges/${id}`, scientist);
    expect(merge.shells?.length).toBe(15);
    expect(merge.shells?.[0]).toHaveProperty('resolutionLimitLow', 35);
  });

  it('answers 404 for a merge the user may not see, as for one that does not exist', async () => {
    const page = await t.json<PageBody<MergeJson>>(
      '/ssx/merges?dataCollectionGroupIds=12025',
      staff,
    );
    const hidden = page.results[0]?.ssxMergeId;
    const response = await t.get(`/ssx/merges/${hidden}`, scientist);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ detail: 'Item not found' });
    expect((await t.get('/ssx/merges/1', staff)).status).toBe(404);
  });

  it('is listed in openapi.json, so clients can detect it', async () => {
    const doc = await t.json<{ paths: Record<string, unknown> }>('/openapi.json');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/ispyb/api/v1/ssx/merges', '/ispyb/api/v1/ssx/merges/{ssxMergeId}']),
    );
  });
});
