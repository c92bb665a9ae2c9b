import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../tests/fixtures/', import.meta.url));

/** A response recorded from a real py-ispyb (copied from shared/ispyb-api/recorded, names kept). */
export function recorded(name: string): { request: string; status: number; response: unknown } {
  return JSON.parse(readFileSync(`${root}recorded/${name}.json`, 'utf8')) as {
    request: string;
    status: number;
    response: unknown;
  };
}
