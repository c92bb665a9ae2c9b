import type { z } from 'zod';
import { ApiError, type FieldProblem } from './errors';

export type QueryParams = Record<string, string | number | boolean | undefined>;

export interface RequestOptions {
  params?: QueryParams;
  signal?: AbortSignal;
}

export interface HttpClientOptions {
  /** py-ispyb base URL, e.g. `/ispyb/api/v1`; may be absolute (API gateway). */
  baseUrl: string;
  getToken: () => string | undefined;
  /** Called once per 401 answer; never retried here, so a bad token cannot loop. */
  onUnauthorized: (serverMessage: string | undefined) => void;
  /** A request that takes longer than this fails with a `timeout` error the user can retry. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export interface HttpClient {
  readonly baseUrl: string;
  get<S extends z.ZodType>(path: string, schema: S, options?: RequestOptions): Promise<z.output<S>>;
  send<S extends z.ZodType>(
    method: 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    path: string,
    body: unknown,
    schema: S,
    options?: RequestOptions,
  ): Promise<z.output<S>>;
  /** Raw response body for large downloads (read as a stream by the caller); errors as for `get`. */
  stream(path: string, options?: RequestOptions): Promise<Response>;
  /**
   * A GET for another thread to make (the unit-cell worker streams tens of MB without waking this
   * one): its absolute URL, headers and timeout, and the error `get` would throw for a failed
   * status it reports back, 401 handling included. Absent where requests cannot leave this thread
   * (the tests' in-process servers).
   */
  delegate?(path: string, params?: QueryParams): DelegatedRequest;
}

export interface DelegatedRequest {
  url: string;
  headers: Record<string, string>;
  /** For the wait for the response headers, as here. */
  timeoutMs: number;
  failure(status: number, body: string): Promise<ApiError>;
}

export function buildUrl(baseUrl: string, path: string, params?: QueryParams): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value !== undefined && value !== '') query.set(key, String(value));
  }
  const qs = query.toString();
  return `${baseUrl}${path}${qs ? `?${qs}` : ''}`;
}

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const timeoutMs = options.timeoutMs ?? 30_000;

  function requestHeaders(): Record<string, string> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    const token = options.getToken();
    if (token) headers.Authorization = `Bearer ${token}`;
    return headers;
  }

  async function request(
    method: string,
    path: string,
    body: unknown,
    opts: RequestOptions = {},
  ): Promise<Response> {
    const url = buildUrl(options.baseUrl, path, opts.params);
    const headers = requestHeaders();
    if (body !== undefined) headers['Content-Type'] = 'application/json';

    // The timeout covers the wait for the response headers only: a large body (10⁶ unit cells,
    // tens of MB) may stream for longer, with its own progress shown.
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    const signal = opts.signal ? AbortSignal.any([opts.signal, timeout.signal]) : timeout.signal;
    let response: Response;
    try {
      response = await doFetch(url, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
      });
    } catch (error) {
      if (opts.signal?.aborted) throw error; // cancelled by the caller: not an error to show
      if (timeout.signal.aborted) {
        throw new ApiError(
          'timeout',
          `The ISPyB server did not answer within ${Math.round(timeoutMs / 1000)} s.`,
          { url },
        );
      }
      throw new ApiError(
        'network',
        'The ISPyB server could not be reached. Check your connection.',
        {
          url,
        },
      );
    } finally {
      clearTimeout(timer);
    }
    if (!response.ok) throw await errorFromResponse(response, url, options.onUnauthorized);
    return response;
  }

  async function parse<S extends z.ZodType>(response: Response, schema: S): Promise<z.output<S>> {
    const text = await response.text();
    let json: unknown;
    try {
      json = text === '' ? null : JSON.parse(text);
    } catch {
      throw new ApiError('malformed', 'The server answered with data that is not valid JSON.', {
        status: response.status,
        url: response.url,
      });
    }
    const result = schema.safeParse(json);
    if (!result.success) {
      const issue = result.error.issues[0];
      const field = issue ? formatPath(issue.path) : '(root)';
      throw new ApiError(
        'contract',
        `The server's answer does not match the ISPyB contract: field "${field}" ${issue?.message.toLowerCase() ?? 'is invalid'}.`,
        { status: response.status, url: response.url, field },
      );
    }
    return result.data;
  }

  return {
    baseUrl: options.baseUrl,
    async get(path, schema, opts) {
      return parse(await request('GET', path, undefined, opts), schema);
    },
    async send(method, path, body, schema, opts) {
      return parse(await request(method, path, body, opts), schema);
    },
    stream(path, opts) {
      return request('GET', path, undefined, opts);
    },
    delegate(path, params) {
      // absolute, because a worker resolves relative URLs against its own script's URL
      const url = new URL(buildUrl(options.baseUrl, path, params), globalThis.location?.href).href;
      return {
        url,
        headers: requestHeaders(),
        timeoutMs,
        failure: (status, body) =>
          errorFromResponse(new Response(body, { status }), url, options.onUnauthorized),
      };
    },
  };
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

async function errorFromResponse(
  response: Response,
  url: string,
  onUnauthorized: (message: string | undefined) => void,
): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  let detail: unknown;
  try {
    detail = (JSON.parse(text) as { detail?: unknown }).detail;
  } catch {
    detail = undefined; // plain-text body, e.g. py-ispyb's "Internal Server Error"
  }
  const serverMessage =
    typeof detail === 'string'
      ? detail
      : text && !text.trimStart().startsWith('<')
        ? text.slice(0, 300)
        : undefined;
  const status = response.status;
  const base = { status, url, serverMessage };

  if (status === 401) {
    onUnauthorized(serverMessage);
    return new ApiError('unauthorized', 'Your session has ended. Please sign in again.', base);
  }
  if (status === 403) {
    return new ApiError('forbidden', 'You do not have the permission needed to see this.', base);
  }
  if (status === 404) {
    return new ApiError('not-found', 'Not found, or you do not have access to it.', base);
  }
  if (status === 422) {
    const problems: FieldProblem[] = Array.isArray(detail)
      ? detail.flatMap((d: unknown) => {
          if (typeof d !== 'object' || d === null) return [];
          const { loc, msg } = d as { loc?: unknown; msg?: unknown };
          return [
            {
              location: Array.isArray(loc) ? (loc as (string | number)[]) : [],
              message: String(msg ?? 'invalid'),
            },
          ];
        })
      : [];
    const summary = problems
      .map(
        (p) => `${p.location.filter((l) => l !== 'body' && l !== 'query').join('.')}: ${p.message}`,
      )
      .join('; ');
    return new ApiError(
      'validation',
      `The server rejected the request${summary ? `: ${summary}` : '.'}`,
      { ...base, problems },
    );
  }
  if (status >= 500) {
    return new ApiError(
      'server',
      `The ISPyB server failed (HTTP ${status})${serverMessage ? `: ${serverMessage}` : '.'}`,
      base,
    );
  }
  return new ApiError(
    'http',
    `The ISPyB server answered HTTP ${status}${serverMessage ? `: ${serverMessage}` : '.'}`,
    base,
  );
}
