import { randomUUID } from 'node:crypto';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

export const API = '/ispyb/api/v1';
export const SESSION_KEY = 'ispyb-web.session';

/** A demo-backend fault (see src/demo/faults.ts), armed per browser context through a cookie. */
export interface FaultSpec {
  id: string;
  path: string;
  method?: string;
  status?: number;
  body?: string;
  contentType?: string;
  malformed?: boolean;
  contract?: boolean;
  delayMs?: number;
  times?: number;
}

/**
 * Arms `faults` for every request of this browser context. The demo server counts `times` per id
 * for as long as it runs (it is shared by both workers and reused between runs), so each id gets
 * a unique suffix here: a test's `times: 1` means its own first request, whatever ran before.
 */
export async function armFaults(context: BrowserContext, faults: FaultSpec[]): Promise<void> {
  const unique = faults.map((fault) => ({ ...fault, id: `${fault.id}-${randomUUID()}` }));
  await context.addCookies([
    {
      name: 'ispyb-demo-fault',
      value: encodeURIComponent(JSON.stringify(unique)),
      domain: '127.0.0.1',
      path: '/',
    },
  ]);
}

export async function clearFaults(context: BrowserContext): Promise<void> {
  await context.clearCookies({ name: 'ispyb-demo-fault' });
}

/** Signs in through the API and seeds the tab's session, as the login page would. */
export async function signInAs(page: Page, login: string): Promise<void> {
  const response = await page.request.post(`${API}/auth/login`, {
    data: { plugin: 'dummy', login, password: 'demo' },
  });
  expect(response.status()).toBe(201);
  const body = (await response.json()) as { token: string; login: string; permissions: string[] };
  await page.addInitScript(
    ([key, value]) => {
      // Only once per tab: a sign-out or an expired token must not be undone by a reload.
      if (!sessionStorage.getItem('e2e-seeded')) {
        sessionStorage.setItem('e2e-seeded', '1');
        sessionStorage.setItem(key, value);
      }
    },
    [
      SESSION_KEY,
      JSON.stringify({ token: body.token, login: body.login, permissions: body.permissions }),
    ] as const,
  );
}

/** Reads the tab's stored session token, if any. */
export async function storedToken(page: Page): Promise<string | undefined> {
  return page.evaluate((key) => {
    const raw = sessionStorage.getItem(key);
    return raw ? (JSON.parse(raw) as { token?: string }).token : undefined;
  }, SESSION_KEY);
}

/** Every test fails on a console error or an uncaught exception in the page. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        const text = msg.text();
        // The browser logs every non-2xx response; those are what the error tests provoke.
        if (/Failed to load resource/.test(text)) return;
        errors.push(text);
      });
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
