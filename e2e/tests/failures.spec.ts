import type { Locator, Page } from '@playwright/test';
import { API, armFaults, clearFaults, expect, signInAs, test } from '../fixtures';

/** Counts the tab's requests to one API path (exact, without the query). */
function countRequests(page: Page, path: string): { count: number } {
  const seen = { count: 0 };
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === `${API}${path}`) seen.count += 1;
  });
  return seen;
}

/** Every failure offers a way out: Retry, and a link back to the proposals. */
async function expectWayOut(panel: Locator): Promise<void> {
  await expect(panel.getByRole('button', { name: 'Retry' })).toBeVisible();
  await expect(panel.getByRole('link', { name: 'Back to proposals' })).toHaveAttribute(
    'href',
    '/proposals',
  );
}

const proposalsTable = (page: Page) => page.getByRole('table', { name: /^Proposals 1–4 of 4/ });

test.beforeEach(async ({ page }) => {
  await signInAs(page, 'scientist');
});

test('a server error is retried once by itself, then shown with a Retry that works', async ({
  page,
  context,
}) => {
  const requests = countRequests(page, '/proposals');
  // Two failures: the query retries a 5xx once on its own before showing it.
  await armFaults(context, [
    { id: 'p500', path: '^/proposals$', status: 500, body: 'Internal Server Error', times: 2 },
  ]);
  await page.goto('/proposals');

  const panel = page.getByRole('alert').filter({ hasText: 'The ISPyB server failed (HTTP 500)' });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('The server said: “Internal Server Error”');
  await expectWayOut(panel);
  expect(requests.count).toBe(2);

  await panel.getByRole('button', { name: 'Retry' }).click();
  await expect(proposalsTable(page)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(requests.count).toBe(3);
});

test('a single server error heals without the user noticing', async ({ page, context }) => {
  await armFaults(context, [
    { id: 'p500-once', path: '^/proposals$', status: 500, body: 'Internal Server Error', times: 1 },
  ]);
  await page.goto('/proposals');
  await expect(proposalsTable(page)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('malformed JSON is named as such', async ({ page, context }) => {
  await armFaults(context, [{ id: 'malformed', path: '^/proposals$', malformed: true }]);
  await page.goto('/proposals');
  const panel = page
    .getByRole('alert')
    .filter({ hasText: 'The server sent data that is not valid JSON' });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Often a proxy or gateway answered instead of ISPyB.');
  await expectWayOut(panel);

  await clearFaults(context);
  await panel.getByRole('button', { name: 'Retry' }).click();
  await expect(proposalsTable(page)).toBeVisible();
});

test('a contract violation names the field, and the rest of the page still works', async ({
  page,
  context,
}) => {
  await armFaults(context, [{ id: 'contract', path: '^/sessions$', contract: true }]);
  await page.goto('/proposals/MX2532');
  await expect(page.getByText('Time-resolved serial crystallography')).toBeVisible();
  const sessions = page.getByRole('region', { name: 'Sessions' });
  const panel = sessions.getByRole('alert');
  await expect(panel).toContainText("The server's answer does not match the ISPyB contract");
  await expect(panel).toContainText('field "results[0].startDate"');
  await expect(panel.getByText('Field: results[0].startDate')).toBeVisible();
  await expectWayOut(panel);

  await clearFaults(context);
  await panel.getByRole('button', { name: 'Retry' }).click();
  await expect(sessions.getByRole('tab', { name: /^Past/ })).toBeVisible();
});

test('a 403 says a permission is missing', async ({ page, context }) => {
  await armFaults(context, [{ id: 'forbidden', path: '^/proposals/MX2532$', status: 403 }]);
  await page.goto('/proposals/MX2532');
  const panel = page.getByRole('alert').filter({ hasText: 'Permission needed' });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('You lack a permission: Not Authorized.');
  await expectWayOut(panel);

  await panel.getByRole('link', { name: 'Back to proposals' }).click();
  await expect(page).toHaveURL(/\/proposals$/);
  await expect(proposalsTable(page)).toBeVisible();
});

test('a 422 lists what the server rejected', async ({ page, context }) => {
  await armFaults(context, [{ id: 'unprocessable', path: '^/proposals$', status: 422 }]);
  await page.goto('/proposals');
  const panel = page.getByRole('alert').filter({ hasText: 'The server rejected the request' });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('These values were not accepted:');
  await expect(panel.getByRole('listitem')).toHaveText('injected validation error');
  await expectWayOut(panel);
});

test('offline: an API request says the server cannot be reached; Retry works once online', async ({
  page,
  context,
}) => {
  // Visit the proposal first, so the browser has its screen's code: only the API is missing.
  await page.goto('/proposals/MX2532');
  await expect(page.getByText('Time-resolved serial crystallography')).toBeVisible();
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').click();
  await expect(proposalsTable(page)).toBeVisible();

  await context.setOffline(true);
  await proposalsTable(page).getByRole('link', { name: 'LS3180', exact: true }).click();
  await expect(page).toHaveURL(/\/proposals\/LS3180$/);
  const panel = page.getByRole('alert').filter({ hasText: 'Cannot reach the ISPyB server' });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Check your network connection, then retry.');
  await expectWayOut(panel);

  await context.setOffline(false);
  await panel.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByText('Room-temperature structures of myoglobin')).toBeVisible();
  // The sessions and people, fetched alongside the proposal while offline, failed too: each
  // region says so with its own Retry, which works now.
  for (const name of ['Sessions', 'People']) {
    const region = page.getByRole('region', { name });
    const failure = region.getByRole('alert').filter({ hasText: 'Cannot reach the ISPyB server' });
    await expectWayOut(failure);
    await failure.getByRole('button', { name: 'Retry' }).click();
    await expect(failure).toHaveCount(0);
  }
  await expect(page.getByRole('region', { name: 'Sessions' }).getByRole('tab')).toHaveCount(3);
  await expect(page.getByRole('table', { name: 'People on proposal LS3180' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('offline: a screen whose code cannot be downloaded says so, with Retry and a way back', async ({
  page,
  context,
}) => {
  await page.goto('/proposals');
  await expect(proposalsTable(page)).toBeVisible();

  await context.setOffline(true);
  await proposalsTable(page).getByRole('link', { name: 'MX2532', exact: true }).click();
  await expect(page).toHaveURL(/\/proposals\/MX2532$/);
  const panel = page.getByRole('alert').filter({ hasText: 'This page could not be loaded' });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Check your network connection, then retry');
  // The header stays: the user can still move around.
  await expect(page.getByRole('button', { name: 'Account: scientist' })).toBeVisible();
  await expectWayOut(panel);

  await context.setOffline(false);
  await panel.getByRole('button', { name: 'Retry' }).click();
  await expect(page).toHaveURL(/\/proposals\/MX2532$/);
  await expect(page.getByText('Time-resolved serial crystallography')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a slow server: the loading state says so, then the data appears', async ({
  page,
  context,
}) => {
  await armFaults(context, [{ id: 'slow', path: '^/proposals$', delayMs: 7_000, times: 1 }]);
  await page.goto('/proposals');
  const loading = page.getByRole('status').filter({ hasText: 'Loading proposals…' });
  await expect(loading).toBeVisible();
  await expect(loading).not.toContainText('slow');
  await expect(loading).toContainText('The ISPyB server is slow to answer…', { timeout: 6_500 });
  await expect(proposalsTable(page)).toBeVisible({ timeout: 10_000 });
  await expect(page.getByText('The ISPyB server is slow to answer…')).toHaveCount(0);
});
