import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApi } from './demo-testing.util';
import { FAULT_COOKIE, FAULT_HEADER, parseFaultSpecs, type FaultSpec } from './faults';

const t = createTestApi();
let token = '';

beforeAll(async () => {
  token = await t.login('scientist');
});

beforeEach(() => {
  t.api.faults.clear();
});

const header = (specs: FaultSpec[]) => ({ [FAULT_HEADER]: JSON.stringify(specs) });
const cookie = (specs: FaultSpec[]) => ({
  cookie: `theme=dark; ${FAULT_COOKIE}=${encodeURIComponent(JSON.stringify(specs))}`,
});

describe('fault injection', () => {
  it('is off by default', async () => {
    expect((await t.get('/proposals', token)).status).toBe(200);
  });

  it('applies `times` to the first N matching requests, then passes through', async () => {
    t.api.faults.add({ id: 'once', path: '^/proposals$', status: 500, times: 1 });
    const first = await t.get('/proposals', token);
    expect(first.status).toBe(500);
    expect(first.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await first.text()).toBe('Internal Server Error');
    expect(first.headers.get(FAULT_HEADER)).toBe('once');
    expect((await t.get('/proposals', token)).status).toBe(200);
  });

  it('counts `times` per id across requests that carry the spec in a header', async () => {
    const spec = [{ id: 'twice', path: '^/sessions', status: 503, times: 2 }];
    expect((await t.get('/sessions', token, header(spec))).status).toBe(503);
    expect((await t.get('/sessions', token, header(spec))).status).toBe(503);
    expect((await t.get('/sessions', token, header(spec))).status).toBe(200);
  });

  it('answers JSON {detail} by default for non-5xx statuses, or the given body', async () => {
    const specs: FaultSpec[] = [
      { id: 'forbidden', path: '^/proposals$', status: 403 },
      { id: 'custom', path: '^/sessions$', status: 418, body: 'teapot', contentType: 'text/plain' },
    ];
    const forbidden = await t.get('/proposals', token, header(specs));
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toEqual({ detail: 'Not Authorized' });
    const custom = await t.get('/sessions', token, header(specs));
    expect(custom.status).toBe(418);
    expect(await custom.text()).toBe('teapot');
  });

  it('serves a truncated body with `malformed`', async () => {
    const response = await t.get(
      '/proposals',
      token,
      header([{ id: 'cut', path: '^/proposals$', malformed: true }]),
    );
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text.startsWith('{"total"')).toBe(true);
    expect(() => JSON.parse(text) as unknown).toThrow();
  });

  it('breaks a required field of the first result with `contract`, armed by cookie', async () => {
    const response = await t.get(
      '/sessions',
      token,
      cookie([{ id: 'contract', path: '^/sessions$', contract: true }]),
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as { results: Record<string, unknown>[] };
    expect(body.results[0]?.startDate).toBe(42);
    expect(typeof body.results[1]?.startDate).toBe('string');
    const named = await t.get(
      '/proposals',
      token,
      cookie([{ id: 'field', path: '^/proposals$', contract: true, field: 'proposalId' }]),
    );
    expect(
      ((await named.json()) as { results: Record<string, unknown>[] }).results[0]?.proposalId,
    ).toEqual(expect.any(String));
  });

  it('matches method and path, and can only delay', async () => {
    t.api.faults.add({ id: 'post-only', path: '^/proposals$', method: 'POST', status: 500 });
    expect((await t.get('/proposals', token)).status).toBe(200);
    t.api.faults.add({ id: 'slow', path: '^/proposals$', delayMs: 60 });
    const started = performance.now();
    expect((await t.get('/proposals', token)).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(50);
  });

  it('ignores invalid specs instead of failing the request', async () => {
    expect(parseFaultSpecs('not json')).toEqual([]);
    expect(parseFaultSpecs('[{"id": 1, "path": "x"}, {"id": "ok", "path": "(("}]')).toEqual([]);
    const response = await t.get('/proposals', token, { [FAULT_HEADER]: '{broken' });
    expect(response.status).toBe(200);
  });

  it('clear() removes faults and resets the counts', async () => {
    t.api.faults.add({ id: 'x', path: '.*', status: 500, times: 1 });
    expect(t.api.faults.list()).toHaveLength(1);
    t.api.faults.clear();
    expect(t.api.faults.list()).toHaveLength(0);
    expect((await t.get('/proposals', token)).status).toBe(200);
  });
});
