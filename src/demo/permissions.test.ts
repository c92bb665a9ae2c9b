import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type PageBody } from './demo-testing.util';

const t = createTestApi();
const tokens: Record<string, string> = {};

beforeAll(async () => {
  for (const login of ['scientist', 'visitor', 'staff', 'blsci'])
    tokens[login] = await t.login(login);
});

const as = (login: string) => tokens[login] ?? '';
const page = <T = Record<string, unknown>>(path: string, login: string) =>
  t.json<PageBody<T>>(path, as(login));

interface SessionJson {
  sessionId: number;
  session: string;
  proposal: string;
  beamLineName: string;
  _metadata: { active: boolean };
}

const ALL = '?limit=1000';

describe('row-level visibility', () => {
  it('scientist sees their three proposals and the one reached through a session', async () => {
    const proposals = await page<{ proposal: string }>(`/proposals${ALL}`, 'scientist');
    expect(proposals.results.map((p) => p.proposal).sort()).toEqual([
      'LS3180',
      'MX2532',
      'MX2601',
      'MX2610',
    ]);
    const mx2610 = await page<SessionJson>(`/sessions?proposal=MX2610`, 'scientist');
    expect(mx2610.results.map((s) => s.session)).toEqual(['MX2610-2']);
    expect((await t.get('/proposals/MX2610', as('scientist'))).status).toBe(200);
  });

  it('hides foreign proposals and sessions with 404, never 403', async () => {
    const proposal = await t.get('/proposals/IX0042', as('scientist'));
    expect(proposal.status).toBe(404);
    expect(await proposal.json()).toEqual({ detail: 'Proposal not found' });
    const staffSessions = await page<SessionJson>(`/sessions?proposal=IX0042`, 'staff');
    const foreign = staffSessions.results[0];
    expect(foreign).toBeDefined();
    const session = await t.get(`/sessions/${foreign?.sessionId}`, as('scientist'));
    expect(session.status).toBe(404);
    expect(await session.json()).toEqual({ detail: 'Session not found' });
    const events = await page(`/events?sessionId=${foreign?.sessionId}`, 'scientist');
    expect(events.total).toBe(0);
    const samples = await page<{ blSampleId: number }>(`/samples?proposal=IX0042`, 'staff');
    const sample = await t.get(`/samples/${samples.results[0]?.blSampleId}`, as('scientist'));
    expect(sample.status).toBe(404);
    expect(await sample.json()).toEqual({ detail: 'Sample not found' });
    expect((await page(`/shippings?proposal=IX0042`, 'scientist')).total).toBe(0);
  });

  it('visitor exists but sees nothing', async () => {
    const user = await t.json<{ login: string }>('/user/current', as('visitor'));
    expect(user.login).toBe('visitor');
    for (const path of [
      '/proposals',
      '/sessions',
      '/samples',
      '/shippings',
      '/proteins',
      '/events',
      '/labcontacts',
    ]) {
      expect((await page(path, 'visitor')).total, path).toBe(0);
    }
  });

  it('staff sees every proposal and session', async () => {
    expect((await page(`/proposals${ALL}`, 'staff')).total).toBeGreaterThanOrEqual(7);
    const sessions = await page<SessionJson>(`/sessions${ALL}`, 'staff');
    expect(sessions.total).toBeGreaterThanOrEqual(24);
    expect(new Set(sessions.results.map((s) => s.beamLineName))).toEqual(
      new Set(['ID29', 'ID30A-3', 'ID23-2', 'BM07', 'P14']),
    );
  });

  it('blsci sees every session on ID29 and ID30A-3, and only those', async () => {
    const user = await t.json<{
      beamLineGroups: string[];
      beamLines: string[];
      Permissions: string[];
    }>('/user/current', as('blsci'));
    expect(user.Permissions).toEqual(['mx_admin']);
    expect(user.beamLineGroups).toEqual(['MX']);
    expect(user.beamLines.sort()).toEqual(['ID29', 'ID30A-3']);
    const all = await page<SessionJson>(`/sessions${ALL}`, 'staff');
    const onGroup = all.results.filter((s) => ['ID29', 'ID30A-3'].includes(s.beamLineName));
    const seen = await page<SessionJson>(`/sessions${ALL}`, 'blsci');
    // blsci is also on MX2545 (ProposalHasPerson), whose sessions are all on ID29/ID30A-3.
    expect(seen.results.map((s) => s.sessionId).sort()).toEqual(
      onGroup.map((s) => s.sessionId).sort(),
    );
  });

  it('always has sessions running now, one of them the scientist’s', async () => {
    const active = (await page<SessionJson>(`/sessions${ALL}`, 'staff')).results.filter(
      (s) => s._metadata.active,
    );
    expect(active.length).toBeGreaterThanOrEqual(2);
    const mine = (await page<SessionJson>(`/sessions${ALL}`, 'scientist')).results.filter(
      (s) => s._metadata.active,
    );
    expect(mine.length).toBeGreaterThanOrEqual(1);
  });

  it('guards showAll with manage_persons and reproduces the proposal-filter 500', async () => {
    const denied = await t.get('/persons?showAll=true', as('scientist'));
    expect(denied.status).toBe(403);
    expect(await denied.json()).toEqual({ detail: 'Not Authorized' });
    const everyone = await page('/persons?showAll=true&limit=100', 'staff');
    expect(everyone.total).toBeGreaterThanOrEqual(4);
    const broken = await t.get('/persons?proposal=MX2532', as('staff'));
    expect(broken.status).toBe(500);
    expect(broken.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await broken.text()).toBe('Internal Server Error');
  });

  it('gives session roles through /persons?sessionId', async () => {
    const sessions = await page<SessionJson>('/sessions?proposal=MX2610', 'scientist');
    const id = sessions.results[0]?.sessionId;
    const persons = await page<{ givenName: string; _metadata: { role: string; remote: boolean } }>(
      `/persons?sessionId=${id}`,
      'scientist',
    );
    const elena = persons.results.find((p) => p.givenName === 'Elena');
    expect(elena?._metadata).toMatchObject({ role: 'Team Member', remote: true });
  });
});
