import type { z } from 'zod';
import type { HttpClient, QueryParams } from '../http';

interface PageDto<T> {
  total: number;
  results: T[];
}

/**
 * Reads every page of a py-ispyb list route. py-ispyb has no upper bound on `limit`, but large
 * pages are slow on a real server, so lists are read in steps and never silently capped.
 */
export async function fetchAllPages<S extends z.ZodType<PageDto<unknown>>>(
  http: HttpClient,
  path: string,
  schema: S,
  params: QueryParams,
  signal: AbortSignal | undefined,
  pageSize = 100,
): Promise<z.output<S>['results']> {
  const all: z.output<S>['results'] = [];
  for (let skip = 0; ; skip += pageSize) {
    const page = await http.get(path, schema, {
      params: { ...params, skip, limit: pageSize },
      signal,
    });
    all.push(...page.results);
    // `total` is counted after paging on a few routes, so an empty or short page also ends the loop.
    if (page.results.length < pageSize || all.length >= page.total) return all;
  }
}

/** py-ispyb's `skip`/`limit` for a 1-based page of the UI. */
export function pageParams(page: number, pageSize: number): { skip: number; limit: number } {
  return { skip: (page - 1) * pageSize, limit: pageSize };
}
