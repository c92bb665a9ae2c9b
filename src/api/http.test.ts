import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiError } from './errors';
import { buildUrl, createHttpClient } from './http';

const schema = z.object({
  total: z.number(),
  results: z.array(z.object({ startDate: z.string() })),
});

function client(
  respond: (url: string, init: RequestInit) => Response | Promise<Response>,
  onUnauthorized = vi.fn(),
) {
  const fetchStub = vi.fn((input: RequestInfo | URL, init?: RequestInit) =>
    Promise.resolve(respond(String(input), init ?? {})),
  );
  const http = createHttpClient({
    baseUrl: '/ispyb/api/v1',
    getToken: () => 'tok',
    onUnauthorized,
    fetch: fetchStub as unknown as typeof fetch,
    timeoutMs: 50,
  });
  return { http, fetchStub, onUnauthorized };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('buildUrl', () => {
  it('drops empty parameters and encodes the rest', () => {
    expect(buildUrl('/api', '/proposals', { search: 'a b', skip: 0, x: undefined, y: '' })).toBe(
      '/api/proposals?search=a+b&skip=0',
    );
  });
});

describe('createHttpClient', () => {
  it('sends the bearer token and parses a valid answer', async () => {
    const { http, fetchStub } = client(() =>
      json(200, { total: 1, results: [{ startDate: '2023-01-25T10:05:00' }] }),
    );
    await expect(http.get('/sessions', schema)).resolves.toEqual({
      total: 1,
      results: [{ startDate: '2023-01-25T10:05:00' }],
    });
    const init = fetchStub.mock.calls[0]?.[1];
    expect((init?.headers as Record<string, string>).Authorization).toBe('Bearer tok');
  });

  it('names the field that violates the contract', async () => {
    const { http } = client(() => json(200, { total: 1, results: [{ startDate: 42 }] }));
    const error = await failure(http.get('/sessions', schema));
    expect(error.kind).toBe('contract');
    expect(error.details.field).toBe('results[0].startDate');
    expect(error.message).toContain('results[0].startDate');
  });

  it('reports malformed JSON', async () => {
    const { http } = client(() => new Response('{"total": 1, "resu', { status: 200 }));
    expect((await failure(http.get('/sessions', schema))).kind).toBe('malformed');
  });

  it('maps 401 to unauthorized and tells the session exactly once, without retrying', async () => {
    const { http, fetchStub, onUnauthorized } = client(() =>
      json(401, { detail: 'Token expired. Please log in again' }),
    );
    const error = await failure(http.get('/sessions', schema));
    expect(error.kind).toBe('unauthorized');
    expect(onUnauthorized).toHaveBeenCalledExactlyOnceWith('Token expired. Please log in again');
    expect(fetchStub).toHaveBeenCalledTimes(1);
  });

  it.each([
    [403, { detail: 'Not Authorized' }, 'forbidden'],
    [404, { detail: 'Proposal not found' }, 'not-found'],
    [503, { detail: 'maintenance' }, 'server'],
    [418, { detail: 'teapot' }, 'http'],
  ] as const)('maps HTTP %i to %s with the server detail', async (status, body, kind) => {
    const { http } = client(() => json(status, body));
    const error = await failure(http.get('/x', schema));
    expect(error.kind).toBe(kind);
    expect(error.details.serverMessage).toBe(body.detail);
  });

  it('keeps a plain-text 500 body', async () => {
    const { http } = client(() => new Response('Internal Server Error', { status: 500 }));
    const error = await failure(http.get('/persons', schema));
    expect(error.kind).toBe('server');
    expect(error.message).toContain('Internal Server Error');
    expect(error.retryable).toBe(true);
  });

  it('lists the fields of a 422', async () => {
    const { http } = client(() =>
      json(422, {
        detail: [
          {
            loc: ['query', 'month'],
            msg: 'string does not match regex',
            type: 'value_error.str.regex',
          },
        ],
      }),
    );
    const error = await failure(http.get('/sessions', schema));
    expect(error.kind).toBe('validation');
    expect(error.details.problems).toEqual([
      { location: ['query', 'month'], message: 'string does not match regex' },
    ]);
    expect(error.message).toContain('month: string does not match regex');
  });

  it('reports an unreachable server as a network error', async () => {
    const { http } = client(() => {
      throw new TypeError('Failed to fetch');
    });
    expect((await failure(http.get('/x', schema))).kind).toBe('network');
  });

  it('times out a very slow answer', async () => {
    const { http } = client(
      (_url, init) =>
        new Promise<Response>((_resolve, reject) => {
          init.signal?.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          );
        }),
    );
    expect((await failure(http.get('/x', schema))).kind).toBe('timeout');
  });
});
