import type { Page } from '@playwright/test';
import { API, armFaults, expect, signInAs, storedToken, test } from '../fixtures';
import { LoginPage } from '../pages/login-page';
import { sessionGroupsTable } from '../pages/tables';

const tokenExpired = (path: string) => ({
  id: 'expired',
  path,
  status: 401,
  body: '{"detail":"Token expired. Please log in again"}',
  contentType: 'application/json',
  times: 1,
});

/** Counts the tab's sign-in requests and 401 answers from the API. */
function watchAuth(page: Page) {
  const seen = { logins: 0, unauthorized: 0 };
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === `${API}/auth/login`) seen.logins += 1;
  });
  page.on('response', (response) => {
    if (response.url().includes(API) && response.status() === 401) seen.unauthorized += 1;
  });
  return seen;
}

test.beforeEach(async ({ page }) => {
  await signInAs(page, 'scientist');
});

test('a token that expires on a session page brings the user back to it after signing in', async ({
  page,
  context,
}) => {
  const url = '/proposals/MX2532/sessions/5014?from=e2e#groups';
  await page.goto(url);
  const groups = sessionGroupsTable(page, 'MX2532-2');
  await expect(groups).toBeVisible();
  expect(await storedToken(page)).toBeTruthy();

  const seen = watchAuth(page);
  await armFaults(context, [tokenExpired('^/events')]);
  await page.reload();

  const login = new LoginPage(page);
  await expect(page).toHaveURL(`/login?returnTo=${encodeURIComponent(url)}&reason=expired`);
  await expect(login.expiredNotice).toBeVisible();
  expect(await storedToken(page), 'the expired token is forgotten').toBeUndefined();

  await login.signInAs('scientist');
  await expect(page).toHaveURL(url);
  await expect(page.getByRole('heading', { level: 1, name: 'MX2532-2' })).toBeVisible();
  await expect(groups.getByRole('row').filter({ hasText: 'SSX-Chip' })).toHaveCount(1);
  expect(await storedToken(page), 'signed in again').toBeTruthy();

  // Give a loop time to show itself: one 401, one sign-in, nothing more.
  await page.waitForTimeout(500);
  expect(seen).toEqual({ logins: 1, unauthorized: 1 });
});

test('a token that expires on a proposal tab keeps the tab (query string) through sign-in', async ({
  page,
  context,
}) => {
  const url = '/proposals/MX2532?sessions=past';
  await page.goto(url);
  await expect(page.getByRole('table', { name: 'Past sessions of MX2532' })).toBeVisible();

  const seen = watchAuth(page);
  await armFaults(context, [tokenExpired('^/proposals/MX2532$')]);
  await page.reload();

  const login = new LoginPage(page);
  await expect(login.expiredNotice).toBeVisible();
  await expect(page).toHaveURL(`/login?returnTo=${encodeURIComponent(url)}&reason=expired`);

  await login.signInAs('scientist');
  await expect(page).toHaveURL(url);
  await expect(page.getByRole('tab', { name: /^Past/ })).toHaveAttribute('aria-selected', 'true');
  await expect(
    page.getByRole('table', { name: 'Past sessions of MX2532' }).getByRole('link'),
  ).toHaveText(['MX2532-2', 'MX2532-1']);

  await page.waitForTimeout(500);
  expect(seen).toEqual({ logins: 1, unauthorized: 1 });
});
