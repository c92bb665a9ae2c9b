import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Playwright global teardown: prints the failure matrix written by failure-matrix.spec.ts during
 * this run, then removes it so that a later run without that suite prints nothing stale.
 */
const DIR = fileURLToPath(new URL('../test-results/failure-matrix/', import.meta.url));

export default function printFailureMatrix(): void {
  if (!existsSync(DIR)) return;
  const rows = readdirSync(DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({
      screen: file.replace(/\.json$/, ''),
      results: new Map(
        JSON.parse(readFileSync(`${DIR}${file}`, 'utf8')) as [mode: string, result: string][],
      ),
    }));
  const modes = [...new Set(rows.flatMap((row) => [...row.results.keys()]))];
  if (rows.length === 0) return;
  const cell = (result: string | undefined) =>
    result === undefined ? '–' : result === 'ok' ? 'ok' : 'FAIL';
  const lines = [
    `| screen | ${modes.join(' | ')} |`,
    `| --- | ${modes.map(() => '---').join(' | ')} |`,
    ...rows.map(
      (row) => `| ${row.screen} | ${modes.map((m) => cell(row.results.get(m))).join(' | ')} |`,
    ),
  ];
  console.log(`\nFailure matrix (every screen × every API failure mode)\n${lines.join('\n')}\n`);
  rmSync(DIR, { recursive: true, force: true });
}
