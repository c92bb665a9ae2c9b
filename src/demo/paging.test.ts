import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, TEST_NOW, type PageBody } from './demo-testing.util';

const t = createTestApi();
let staff = '';
let scientist = '';

beforeAll(async () => {
  staff = await t.login('staff');
  scientist = await t.login('scientist');
});

interface Issue {
  loc: (string | number)[];
  msg: string;
  type: string;
  ctx?: Record<string, unknown>;
}

async function issues(path: string): Promise<Issue[]> {
  const response = await t.get(path, staff);
  expect(response.status, path).toBe(422);
  return ((await response.json()) as { detail: Issue[] }).detail;
}

describe('paging envelope', () => {
  it('defaults to skip 0, limit 25 and counts total before paging', async () => {
    const first = await t.json<PageBody>('/sessions', staff);
    expect(first.skip).toBe(0);
    expect(first.limit).toBe(25);
    expect(first.total).toBeGreaterThan(25);
    expect(first.results).toHaveLength(25);
    const rest = await t.json<PageBody>('/sessions?skip=25', staff);
    expect(rest.total).toBe(first.total);
    expect(rest.results).toHaveLength(first.total - 25);
  });

  it('slices with skip and limit', async () => {
    const all = await t.json<PageBody<{ sessionId: number }>>('/sessions?limit=100', staff);
    const slice = await t.json<PageBody<{ sessionId: number }>>('/sessions?skip=3&limit=5', staff);
    expect(slice).toMatchObject({ skip: 3, limit: 5, total: all.total });
    expect(slice.results.map((s) => s.sessionId)).toEqual(
      all.results.slice(3, 8).map((s) => s.sessionId),
    );
  });

  it('orders proposals by proposalId descending and searches title, name and beamline', async () => {
    const all = await t.json<PageBody<{ proposalId: number; proposal: string }>>(
      '/proposals',
      staff,
    );
    const ids = all.results.map((p) => p.proposalId);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const byTitle = await t.json<PageBody<{ proposal: string }>>(
      '/proposals?search=lysozyme',
      staff,
    );
    expect(byTitle.results.map((p) => p.proposal)).toContain('MX2601');
    const byName = await t.json<PageBody<{ proposal: string }>>('/proposals?search=2532', staff);
    expect(byName.results.map((p) => p.proposal)).toEqual(['MX2532']);
    const byBeamLine = await t.json<PageBody<{ _metadata: { beamLines: string[] } }>>(
      '/proposals?search=P14',
      staff,
    );
    expect(byBeamLine.total).toBeGreaterThan(0);
    for (const proposal of byBeamLine.results)
      expect(proposal._metadata.beamLines).toContain('P14');
  });

  it('orders sessions by startDate, ascending for upcoming ones', async () => {
    type S = { startDate: string; endDate: string };
    const desc = (await t.json<PageBody<S>>('/sessions?limit=100', staff)).results.map(
      (s) => s.startDate,
    );
    expect(desc).toEqual([...desc].sort().reverse());
    const upcoming = (await t.json<PageBody<S>>('/sessions?upcoming=true&limit=100', staff))
      .results;
    expect(upcoming.map((s) => s.startDate)).toEqual(upcoming.map((s) => s.startDate).sort());
    for (const session of upcoming) expect(new Date(`${session.endDate}Z`) >= TEST_NOW).toBe(true);
    const previous = (await t.json<PageBody<S>>('/sessions?previous=true&limit=100', staff))
      .results;
    for (const session of previous) expect(new Date(`${session.endDate}Z`) < TEST_NOW).toBe(true);
    expect(upcoming.length + previous.length).toBe(desc.length);
  });

  it('filters sessions by proposal, beamline, month and year', async () => {
    const mine = await t.json<PageBody<{ proposal: string }>>(
      '/sessions?proposal=MX2532',
      scientist,
    );
    expect(mine.total).toBe(4);
    const id29 = await t.json<PageBody<{ beamLineName: string }>>(
      '/sessions?beamLineName=ID29&limit=100',
      staff,
    );
    expect(id29.results.every((s) => s.beamLineName === 'ID29')).toBe(true);
    const month = TEST_NOW.getUTCMonth() + 1;
    const thisMonth = await t.json<PageBody<{ startDate: string }>>(
      `/sessions?month=${month}&year=${TEST_NOW.getUTCFullYear()}&limit=100`,
      staff,
    );
    expect(thisMonth.total).toBeGreaterThan(0);
  });
});

describe('422 validation errors', () => {
  it('reports non-integer, negative and zero paging values', async () => {
    expect(await issues('/proposals?skip=abc')).toEqual([
      { loc: ['query', 'skip'], msg: 'value is not a valid integer', type: 'type_error.integer' },
    ]);
    expect((await issues('/proposals?skip=-1'))[0]).toMatchObject({
      loc: ['query', 'skip'],
      type: 'value_error.number.not_ge',
    });
    expect((await issues('/proposals?limit=0'))[0]).toMatchObject({
      loc: ['query', 'limit'],
      type: 'value_error.number.not_gt',
    });
  });

  it('reports regex failures exactly like the real server', async () => {
    const recorded = JSON.parse(
      readFileSync(
        new URL('../../tests/fixtures/responses-all-branches.json', import.meta.url),
        'utf8',
      ),
    ) as Record<string, { path: string; status: number; response: unknown }[]>;
    const real = recorded['ssx-webservice']?.find((entry) => entry.path === '/sessions?month=abc');
    expect(real?.status).toBe(422);
    const response = await t.get('/sessions?month=abc', staff);
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual(real?.response);
    expect((await issues('/sessions?proposal=MX 2532!'))[0]).toMatchObject({
      loc: ['query', 'proposal'],
      type: 'value_error.str.regex',
    });
  });

  it('lists every invalid parameter at once, and validates path parameters', async () => {
    const all = await issues('/events?skip=x&limit=y&sessionId=z');
    expect(all.map((issue) => issue.loc[1]).sort()).toEqual(['limit', 'sessionId', 'skip']);
    expect((await issues('/sessions/abc'))[0]).toMatchObject({ loc: ['path', 'sessionId'] });
    expect((await issues('/events?status=done'))[0]).toMatchObject({ type: 'type_error.enum' });
    expect((await issues('/sessions?upcoming=maybe'))[0]).toMatchObject({
      type: 'type_error.bool',
    });
  });
});
