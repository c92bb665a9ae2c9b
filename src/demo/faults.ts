/**
 * Fault injection for tests and demos: OFF unless a request carries a fault spec (header
 * `x-ispyb-demo-fault` or cookie `ispyb-demo-fault`, URL-encoded JSON) or one was added in
 * process with `demoApi.faults.add`. The cookie lets Playwright arm faults per browser context.
 */

export const FAULT_HEADER = 'x-ispyb-demo-fault';
export const FAULT_COOKIE = 'ispyb-demo-fault';

export interface FaultSpec {
  /** Counts for `times` are kept per id, per DemoApi. */
  id: string;
  /** Regex matched against the path after `/ispyb/api/v1`, e.g. `^/proposals$`. */
  path: string;
  method?: string;
  status?: number;
  /** Raw body; default `{"detail": …}` (plain text for 5xx). */
  body?: string;
  contentType?: string;
  /** Answer 200 with the real body cut short (invalid JSON). */
  malformed?: boolean;
  /** Answer 200 with valid JSON whose first result has a required field of the wrong type. */
  contract?: boolean;
  /** The field `contract` breaks (default: the first of a list of required fields present). */
  field?: string;
  delayMs?: number;
  /** Apply to the first N matching requests only, then pass through. */
  times?: number;
}

export interface FaultController {
  add(spec: FaultSpec | readonly FaultSpec[]): void;
  clear(): void;
  list(): readonly FaultSpec[];
}

function isFaultSpec(value: unknown): value is FaultSpec {
  if (typeof value !== 'object' || value === null) return false;
  const spec = value as Record<string, unknown>;
  const optional = (key: string, type: 'string' | 'number' | 'boolean') =>
    spec[key] === undefined || typeof spec[key] === type;
  if (typeof spec.id !== 'string' || typeof spec.path !== 'string') return false;
  try {
    new RegExp(spec.path);
  } catch {
    return false;
  }
  return (
    optional('method', 'string') &&
    optional('status', 'number') &&
    optional('body', 'string') &&
    optional('contentType', 'string') &&
    optional('malformed', 'boolean') &&
    optional('contract', 'boolean') &&
    optional('field', 'string') &&
    optional('delayMs', 'number') &&
    optional('times', 'number')
  );
}

/** A JSON array of specs (or one spec); anything invalid is ignored rather than failing the request. */
export function parseFaultSpecs(text: string): FaultSpec[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return [];
  }
  const list: unknown[] = Array.isArray(value) ? value : [value];
  return list.filter(isFaultSpec);
}

function cookieValue(cookieHeader: string, name: string): string | undefined {
  for (const part of cookieHeader.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) {
      try {
        return decodeURIComponent(rest.join('='));
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

export function readRequestFaults(request: Request): FaultSpec[] {
  const specs: FaultSpec[] = [];
  const header = request.headers.get(FAULT_HEADER);
  if (header) specs.push(...parseFaultSpecs(header));
  const cookie = cookieValue(request.headers.get('cookie') ?? '', FAULT_COOKIE);
  if (cookie) specs.push(...parseFaultSpecs(cookie));
  return specs;
}

const DETAILS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Invalid token',
  403: 'Not Authorized',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  429: 'Too Many Requests',
};

const TEXT_STATUSES: Record<number, string> = {
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** Fields whose wrong type a client schema must reject, most telling first. */
const REQUIRED_FIELDS = [
  'startDate',
  'proposal',
  'sessionId',
  'dataCollectionId',
  'proposalId',
  'blSampleId',
  'shippingId',
  'dewarId',
  'containerId',
  'labContactId',
  'proteinId',
  'personId',
  'eventChainId',
  'autoProcProgramId',
  'token',
  'login',
  'unit_cells',
  'nbHits',
  'statuses',
  'id',
  'name',
];

function wrongType(value: unknown): unknown {
  if (typeof value === 'string' || value === null) return 42;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return 42;
}

function breakContract(json: unknown, field: string | undefined): unknown {
  const record = (value: unknown): Record<string, unknown> | undefined =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  const top = record(json);
  const results = top?.results;
  const target = Array.isArray(results)
    ? record(results[0])
    : Array.isArray(json)
      ? record(json[0])
      : top;
  if (!target) {
    // Nothing to break inside (empty list, bare value): the envelope itself is wrong.
    return top ? { ...top, results: 42 } : { unexpected: json };
  }
  const key = field ?? REQUIRED_FIELDS.find((name) => name in target) ?? Object.keys(target)[0];
  if (key !== undefined) target[key] = wrongType(target[key]);
  return json;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function faultResponse(spec: FaultSpec, next: () => Promise<Response>): Promise<Response> {
  if (spec.delayMs) await sleep(spec.delayMs);
  const headers = { [FAULT_HEADER]: spec.id };

  if (spec.malformed) {
    const text = await (await next()).text();
    const cut =
      text.length >= 2 ? text.slice(0, Math.max(1, Math.floor(text.length / 2))) : '{"detail": ';
    return new Response(cut, {
      status: 200,
      headers: { ...headers, 'content-type': 'application/json' },
    });
  }

  if (spec.contract) {
    const real = await next();
    let json: unknown;
    try {
      json = await real.json();
    } catch {
      json = {};
    }
    return new Response(JSON.stringify(breakContract(json, spec.field)), {
      status: 200,
      headers: { ...headers, 'content-type': 'application/json' },
    });
  }

  if (spec.status !== undefined || spec.body !== undefined) {
    const status = spec.status ?? 200;
    const text = TEXT_STATUSES[status];
    const body =
      spec.body ??
      text ??
      (status === 422
        ? JSON.stringify({
            detail: [{ loc: ['query'], msg: 'injected validation error', type: 'value_error' }],
          })
        : JSON.stringify({ detail: DETAILS[status] ?? 'Injected fault' }));
    const contentType =
      spec.contentType ??
      (spec.body === undefined && text !== undefined
        ? 'text/plain; charset=utf-8'
        : 'application/json');
    return new Response(status === 204 || status === 304 ? null : body, {
      status,
      headers: { ...headers, 'content-type': contentType },
    });
  }

  return next();
}

export interface FaultInjector {
  controller: FaultController;
  /** Answers with the first matching, not yet exhausted fault, or calls `next`. */
  apply(request: Request, path: string, next: () => Promise<Response>): Promise<Response>;
}

function isSpecList(spec: FaultSpec | readonly FaultSpec[]): spec is readonly FaultSpec[] {
  return Array.isArray(spec);
}

export function createFaultInjector(): FaultInjector {
  let programmatic: FaultSpec[] = [];
  const counts = new Map<string, number>();

  const controller: FaultController = {
    add(spec) {
      const specs: readonly FaultSpec[] = isSpecList(spec) ? spec : [spec];
      programmatic.push(...specs.filter(isFaultSpec));
    },
    clear() {
      programmatic = [];
      counts.clear();
    },
    list: () => [...programmatic],
  };

  return {
    controller,
    async apply(request, path, next) {
      const specs = [...programmatic, ...readRequestFaults(request)];
      for (const spec of specs) {
        if (spec.method && spec.method.toUpperCase() !== request.method.toUpperCase()) continue;
        if (!new RegExp(spec.path).test(path)) continue;
        const used = counts.get(spec.id) ?? 0;
        if (spec.times !== undefined && used >= spec.times) continue;
        counts.set(spec.id, used + 1);
        return faultResponse(spec, next);
      }
      return next();
    },
  };
}
