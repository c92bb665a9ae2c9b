/** Responses in FastAPI's shapes: JSON bodies, `{detail}` errors, plain-text 500s. */

export interface ValidationIssue {
  loc: (string | number)[];
  msg: string;
  type: string;
  ctx?: Record<string, unknown>;
}

/** A deliberate error (FastAPI HTTPException): answered as `{"detail": message}`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
  ) {
    super(detail);
    this.name = 'HttpError';
  }
}

/** A request validation failure: answered as 422 `{"detail": [issues]}`. */
export class ValidationError extends Error {
  constructor(readonly issues: ValidationIssue[]) {
    super('Request validation failed');
    this.name = 'ValidationError';
  }
}

export function jsonResponse(body: unknown, status = 200, headers?: HeadersInit): Response {
  const response = new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...(headers ?? {}) },
  });
  return response;
}

export function detailResponse(status: number, detail: string): Response {
  return jsonResponse({ detail }, status);
}

export function validationResponse(issues: ValidationIssue[]): Response {
  return jsonResponse({ detail: issues }, 422);
}

/** What uvicorn answers for an unhandled exception: plain text, not JSON. */
export function internalServerError(): Response {
  return new Response('Internal Server Error', {
    status: 500,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
}

export function errorToResponse(error: unknown): Response {
  if (error instanceof HttpError) return detailResponse(error.status, error.detail);
  if (error instanceof ValidationError) return validationResponse(error.issues);
  return internalServerError();
}

export interface Page<T> {
  total: number;
  results: T[];
  skip: number;
  limit: number;
}

/** `total` is counted before paging, as on most py-ispyb list routes. */
export function paginate<T>(items: readonly T[], skip: number, limit: number): Page<T> {
  return { total: items.length, results: items.slice(skip, skip + limit), skip, limit };
}

/**
 * The processing routes count after paging (`total ≤ limit`), a quirk of the real server kept
 * here so clients meet it in the demo too.
 */
export function paginateCountingAfter<T>(
  items: readonly T[],
  skip: number,
  limit: number,
): Page<T> {
  const results = items.slice(skip, skip + limit);
  return { total: results.length, results, skip, limit };
}
