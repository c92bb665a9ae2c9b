/**
 * Test-only access to the recorded real py-ispyb responses in `tests/fixtures` (never imported
 * by the app). Kept out of `*.test.ts` so every mapper test reads fixtures the same way.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatPath } from '../api/http';

const FIXTURES = fileURLToPath(new URL('../../tests/fixtures/', import.meta.url));

interface RecordedFile {
  request: string;
  as_user: string;
  status: number;
  note?: string;
  response: unknown;
}

function readJson(relativePath: string): unknown {
  return JSON.parse(readFileSync(`${FIXTURES}${relativePath}`, 'utf8')) as unknown;
}

/** `.response` of `tests/fixtures/recorded/<name>.json` (W branch, py-ispyb's CI database). */
export function recorded(name: string): unknown {
  const file = readJson(`recorded/${name}.json`) as RecordedFile;
  if (file.status < 200 || file.status > 299)
    throw new Error(`${name}.json recorded HTTP ${file.status}`);
  return file.response;
}

export type Branch =
  | 'master'
  | 'ssx-webservice'
  | 'ssx-events'
  | 'ssx-samples'
  | '192-implement-ssx-fundamentals'
  | 'master-extra';

interface BranchEntry {
  method: string;
  path: string;
  status: number;
  response: unknown;
}

let branches: Record<string, BranchEntry[]> | undefined;

/** The 200 response captured on `branch` for `GET path` (exact path with query string). */
export function branchResponse(branch: Branch, path: string, method = 'GET'): unknown {
  branches ??= readJson('responses-all-branches.json') as Record<string, BranchEntry[]>;
  const entry = branches[branch]?.find(
    (e) => e.method === method && e.path === path && e.status >= 200 && e.status < 300,
  );
  if (!entry) throw new Error(`No ${method} ${path} (2xx) captured on ${branch}`);
  return entry.response;
}

/** `tests/fixtures/openapi/<name>` parsed. */
export function openApiFixture(name: string): unknown {
  return readJson(`openapi/${name}`);
}

/**
 * Path of the first issue of a failed `safeParse`, formatted as `http.ts` reports it to the
 * user (`results[0].bltimeStamp`). Throws when the parse succeeded.
 */
export function firstIssuePath(result: {
  success: boolean;
  error?: { issues: readonly { path: readonly PropertyKey[] }[] } | undefined;
}): string {
  if (result.success) throw new Error('expected a contract violation, but the parse succeeded');
  return formatPath(result.error?.issues[0]?.path ?? []);
}

/** The value, or a test failure saying it is missing (instead of a non-null assertion). */
export function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value, got nothing');
  return value;
}
