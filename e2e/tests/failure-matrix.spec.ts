import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import { API, armFaults, clearFaults, expect, signInAs, test, type FaultSpec } from '../fixtures';
import { SCREENS, type Screen } from '../pages/screens';

/**
 * Every main screen under every failure mode of the API: a clear message, a working way out
 * (Retry that heals, or a link back), never a blank page or an uncaught error (the fixture fails
 * the test on any console error). The auth and OpenAPI routes stay healthy so that the app shell
 * itself loads; everything the screen reads fails. Results go to test-results/failure-matrix/,
 * printed as a table by e2e/print-failure-matrix.ts after the run.
 */
const DATA_ROUTES = '^/(?!auth/|openapi\\.json)';
const OUT = fileURLToPath(new URL('../../test-results/failure-matrix/', import.meta.url));

interface Mode {
  name: string;
  arm: (page: Page, context: BrowserContext) => Promise<void>;
  /** What the user must see, and how they get out of it. */
  check: (page: Page, screen: Screen, context: BrowserContext) => Promise<void>;
}

const fault = (spec: Omit<FaultSpec, 'id' | 'path'>): FaultSpec => ({
  id: 'matrix',
  path: DATA_ROUTES,
  ...spec,
});

/** A visible alert with this title, offering Retry or a way back. */
async function expectAlert(page: Page, title: RegExp): Promise<void> {
  const alert = page.getByRole('alert').filter({ hasText: title }).first();
  await expect(alert).toBeVisible();
  const wayOut = alert
    .getByRole('button', { name: 'Retry' })
    .or(alert.getByRole('link', { name: /^Back to /i }));
  await expect(wayOut.first()).toBeVisible();
}

/** Clicks Retry wherever one is left (each failed region has its own) until the screen is whole. */
async function retryEverywhere(page: Page, screen: Screen): Promise<void> {
  for (let round = 0; round < 12; round += 1) {
    const retry = page.getByRole('button', { name: 'Retry' });
    if ((await retry.count()) === 0) break;
    await retry.first().click();
    await page.waitForTimeout(300);
  }
  await screen.ready(page);
}

const simple = (name: string, spec: Omit<FaultSpec, 'id' | 'path'>, title: RegExp): Mode => ({
  name,
  arm: (_page, context) => armFaults(context, [fault(spec)]),
  check: (page) => expectAlert(page, title),
});

const MODES: Mode[] = [
  {
    name: 'offline',
    arm: async (page) => {
      await page.route(`**${API}/**`, (route) =>
        /\/(auth\/|openapi\.json)/.test(route.request().url())
          ? route.continue()
          : route.abort('internetdisconnected'),
      );
    },
    check: async (page, screen) => {
      await expectAlert(page, /Cannot reach the ISPyB server/);
      await page.unrouteAll({ behavior: 'ignoreErrors' });
      await retryEverywhere(page, screen);
    },
  },
  simple('403', { status: 403, body: '{"detail":"Not Authorized"}' }, /Permission needed/),
  {
    name: '404',
    arm: (_page, context) => armFaults(context, [fault({ status: 404 })]),
    check: async (page) => {
      const notFound = page
        .getByRole('alert')
        .filter({ hasText: /not found/i })
        .or(page.getByRole('heading', { name: /not found/i }));
      await expect(notFound.first()).toBeVisible();
      await expect(page.getByRole('link', { name: /^Back to /i }).first()).toBeVisible();
    },
  },
  simple('422', { status: 422 }, /The server rejected the request/),
  simple('500', { status: 500 }, /The ISPyB server failed \(HTTP 500\)/),
  {
    name: '503 then success',
    arm: (_page, context) => armFaults(context, [fault({ status: 503 })]),
    check: async (page, screen, context) => {
      await expectAlert(page, /The ISPyB server failed \(HTTP 503\)/);
      await clearFaults(context);
      await retryEverywhere(page, screen);
    },
  },
  simple('malformed JSON', { malformed: true }, /not valid JSON/),
  simple('contract violation', { contract: true }, /does not match the ISPyB contract/),
  {
    name: '10 s latency',
    arm: (_page, context) => armFaults(context, [fault({ delayMs: 10_000 })]),
    check: async (page, screen) => {
      await expect(page.getByText('The ISPyB server is slow to answer…').first()).toBeVisible({
        timeout: 9_000,
      });
      // Every request takes 10 s, a screen may read three or four in sequence, and the browser
      // runs six at a time: a screen that reads many may see one pass the client's 30 s timeout,
      // which it must say, with a Retry that then succeeds.
      await expect(async () => {
        const retry = page.getByRole('button', { name: 'Retry' });
        if ((await retry.count()) > 0) await retry.first().click();
        await screen.ready(page);
      }).toPass({ timeout: 120_000 });
    },
  },
  // Last: it ends the session, and the test's sign-in is seeded once per tab.
  {
    name: '401 expired token',
    arm: (_page, context) =>
      armFaults(context, [
        fault({ status: 401, body: '{"detail":"Token expired. Please log in again"}' }),
      ]),
    check: async (page, screen) => {
      await expect(page).toHaveURL(/\/login\?returnTo=.*reason=expired/);
      const returnTo = new URL(page.url()).searchParams.get('returnTo');
      expect(returnTo).toBe(screen.url);
      await expect(page.getByText(/session (has )?(ended|expired)/i).first()).toBeVisible();
    },
  },
];

for (const screen of SCREENS) {
  const user = screen.user;
  if (!user || screen.local) continue;
  test(`failure matrix: ${screen.name}`, async ({ page, context }) => {
    // Ten loads, one of them 10 s per request by design.
    test.setTimeout(300_000);
    await signInAs(page, user);
    const results: [mode: string, result: string][] = [];
    for (const mode of MODES) {
      await test.step(mode.name, async () => {
        await mode.arm(page, context);
        await page.goto(screen.url);
        try {
          await mode.check(page, screen, context);
          results.push([mode.name, 'ok']);
        } catch (error) {
          // Recorded, and the other modes still run: the matrix shows every hole at once.
          const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
          results.push([mode.name, `FAILED: ${reason}`]);
        } finally {
          await clearFaults(context);
          await page.unrouteAll({ behavior: 'ignoreErrors' });
        }
      });
    }
    mkdirSync(OUT, { recursive: true });
    writeFileSync(`${OUT}${screen.name}.json`, JSON.stringify(results));
    const failed = results.filter(([, result]) => result !== 'ok');
    expect(failed, `${screen.name}: failure modes without a clear answer`).toEqual([]);
  });
}
