import { describe, expect, it } from 'vitest';
import { createTestApi, TEST_NOW } from './demo-testing.util';
import { API_ROOT, createDemoApi } from './handlers';
import { generateDataset } from './dataset';
import { signToken } from './jwt';

const t = createTestApi();

function decodePayload(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  return JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>;
}

function post(path: string, body: string) {
  return t.api.handle(
    new Request(`http://demo.test${API_ROOT}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    }),
  );
}

describe('auth', () => {
  it('lists the dummy plugin without a token', async () => {
    const response = await t.get('/auth/config');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ plugins: [{ name: 'dummy', config: {} }] });
  });

  it('logs in with 201 and a 5-hour HS256 JWT carrying login, personId and permissions', async () => {
    const response = await post(
      '/auth/login',
      JSON.stringify({ plugin: 'dummy', login: 'staff', password: 'x' }),
    );
    expect(response.status).toBe(201);
    const body = (await response.json()) as { login: string; token: string; permissions: string[] };
    expect(body.login).toBe('staff');
    expect(body.permissions).toEqual(
      expect.arrayContaining([
        'all_proposals',
        'manage_options',
        'view_activity',
        'manage_persons',
        'ssx_sync',
      ]),
    );
    const [header] = body.token.split('.');
    expect(JSON.parse(atob(header ?? ''))).toEqual({ alg: 'HS256', typ: 'JWT' });
    const claims = decodePayload(body.token);
    expect(claims.login).toBe('staff');
    expect(typeof claims.personId).toBe('number');
    expect(claims.permissions).toEqual(body.permissions);
    expect(claims.iat).toBe(Math.floor(TEST_NOW.getTime() / 1000));
    expect(Number(claims.exp) - Number(claims.iat)).toBe(5 * 3600);
  });

  it('accepts the token on protected routes', async () => {
    const token = await t.login('scientist');
    const user = await t.json<Record<string, unknown>>('/user/current', token);
    expect(user).toMatchObject({
      login: 'scientist',
      Permissions: [],
      beamLineGroups: [],
      beamLines: [],
    });
  });

  it('answers 401 "No token provided." without a Bearer header', async () => {
    const variants: Record<string, string>[] = [{}, { authorization: 'Basic c2NpZW50aXN0Ong=' }];
    for (const headers of variants) {
      const response = await t.get('/proposals', undefined, headers);
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ detail: 'No token provided.' });
    }
  });

  it('answers 401 "Invalid token" for garbage, tampered and foreign tokens', async () => {
    const good = await t.login('scientist');
    const [h, p, s = ''] = good.split('.');
    const tampered = `${h}.${p}.${s.slice(0, -2)}${s.endsWith('AA') ? 'BB' : 'AA'}`;
    const foreign = await signToken(
      {
        login: 'staff',
        personId: 1003,
        permissions: ['all_proposals'],
        iat: 0,
        exp: 4_000_000_000,
      },
      'another secret',
    );
    for (const token of ['garbage', 'a.b.c', tampered, foreign]) {
      const response = await t.get('/proposals', token);
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ detail: 'Invalid token' });
    }
  });

  it('answers 401 "Token expired. Please log in again" after 5 hours', async () => {
    const dataset = generateDataset({ seed: 1, now: TEST_NOW });
    let now = TEST_NOW;
    const api = createDemoApi({ dataset, now: () => now });
    const login = await api.handle(
      new Request(`http://demo.test${API_ROOT}/auth/login`, {
        method: 'POST',
        body: JSON.stringify({ plugin: 'dummy', login: 'scientist', password: 'x' }),
      }),
    );
    const { token } = (await login.json()) as { token: string };
    const ask = () =>
      api.handle(
        new Request(`http://demo.test${API_ROOT}/proposals`, {
          headers: { authorization: `Bearer ${token}` },
        }),
      );
    now = new Date(TEST_NOW.getTime() + 4.9 * 3600_000);
    expect((await ask()).status).toBe(200);
    now = new Date(TEST_NOW.getTime() + 5 * 3600_000 + 1000);
    const expired = await ask();
    expect(expired.status).toBe(401);
    expect(await expired.json()).toEqual({ detail: 'Token expired. Please log in again' });
  });

  it('rejects unknown users, unknown plugins and malformed bodies', async () => {
    const unknown = await post(
      '/auth/login',
      JSON.stringify({ plugin: 'dummy', login: 'nobody', password: 'x' }),
    );
    expect(unknown.status).toBe(401);
    expect(await unknown.json()).toEqual({ detail: 'User does not exist in database.' });
    const plugin = await post(
      '/auth/login',
      JSON.stringify({ plugin: 'ldap', login: 'staff', password: 'x' }),
    );
    expect(plugin.status).toBe(401);
    expect(await plugin.json()).toEqual({ detail: 'Could not verify' });
    const malformed = await post('/auth/login', '{"plugin": ');
    expect(malformed.status).toBe(422);
    expect(((await malformed.json()) as { detail: { loc: unknown[] }[] }).detail[0]?.loc[0]).toBe(
      'body',
    );
  });

  it('needs manage_options for /options (403 "Not Authorized")', async () => {
    const denied = await t.get('/options', await t.login('scientist'));
    expect(denied.status).toBe(403);
    expect(await denied.json()).toEqual({ detail: 'Not Authorized' });
    const options = await t.json<Record<string, unknown>>('/options', await t.login('staff'));
    expect(options).toMatchObject({ query_debug: false, create_person_on_missing: false });
    const ui = await t.json<{ beamLineGroups: { groupName: string; permission: string }[] }>(
      '/options/ui',
      await t.login('visitor'),
    );
    expect(ui.beamLineGroups.find((group) => group.groupName === 'MX')?.permission).toBe(
      'mx_admin',
    );
  });

  it('answers FastAPI 404/405 for unknown routes and methods', async () => {
    const token = await t.login('staff');
    const missing = await t.get('/nope', token);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ detail: 'Not Found' });
    const method = await post('/proposals', '{}');
    expect(method.status).toBe(405);
    expect(await method.json()).toEqual({ detail: 'Method Not Allowed' });
  });

  it('serves the OpenAPI document without a token', async () => {
    const doc = await t.json<{ openapi: string; paths: Record<string, unknown> }>('/openapi.json');
    expect(doc.paths).toHaveProperty('/ispyb/api/v1/proposals');
  });

  it('accepts any URL whose path contains the API root', async () => {
    const response = await t.api.handle(
      new Request('http://gateway.test/facility/ispyb/api/v1/auth/config'),
    );
    expect(response.status).toBe(200);
  });
});
