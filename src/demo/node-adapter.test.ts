import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi } from './demo-testing.util';
import { toNodeMiddleware } from './node-adapter';

const t = createTestApi();
let server: Server;
let base = '';

beforeAll(async () => {
  const middleware = toNodeMiddleware(t.api);
  server = createServer((req, res) =>
    middleware(req, res, () => {
      res.statusCode = 404;
      res.end('not the API');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('toNodeMiddleware', () => {
  it('passes other paths to next()', async () => {
    const response = await fetch(`${base}/config.json`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('not the API');
  });

  it('serves GET and POST with bodies, status and headers', async () => {
    const config = await fetch(`${base}/ispyb/api/v1/auth/config`);
    expect(config.status).toBe(200);
    expect(config.headers.get('content-type')).toBe('application/json');
    const login = await fetch(`${base}/ispyb/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ plugin: 'dummy', login: 'scientist', password: 'x' }),
    });
    expect(login.status).toBe(201);
    const { token } = (await login.json()) as { token: string };
    const proposals = await fetch(`${base}/ispyb/api/v1/proposals?limit=2`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(((await proposals.json()) as { limit: number }).limit).toBe(2);
  });

  it('streams bodies through', async () => {
    const token = await t.login('staff');
    const run = t.api.dataset.ssxProcessing.find((row) => row.nbIndexed < 30_000);
    const response = await fetch(
      `${base}/ispyb/api/v1/ssx/datacollection/processing/cells?dataCollectionId=${run?.dataCollectionId}`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    const body = (await response.json()) as { unit_cells: number[][] };
    expect(body.unit_cells).toHaveLength(run?.nbIndexed ?? -1);
  });
});
