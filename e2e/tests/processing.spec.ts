import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { armFaults, clearFaults, expect, signInAs, test } from '../fixtures';
import { ExperimentPage } from '../pages/experiment-page';

/** Thaumatin chip commissioning (MX2545-1): run #3 failed indexing (docs/demo-backend.md). */
const THAU = { proposal: 'MX2545', session: 5016, group: 12025, failedRun: 40039 } as const;
/** PYP pump–probe on Oxford chips (MX2532-2). */
const PYP = { proposal: 'MX2532', session: 5014, group: 12022 } as const;

test('a failed processing: its error message and its log, read in the page and downloaded', async ({
  page,
}) => {
  await signInAs(page, 'staff');
  await page.goto(ExperimentPage.path(THAU.proposal, THAU.session, THAU.group));
  const experiment = new ExperimentPage(page);
  await experiment.selectRun(experiment.runRow(THAU.failedRun));
  await page.getByRole('tab', { name: 'Processing', exact: true }).click();
  await expect(page).toHaveURL(/tab=processing/);
  await expect(page).toHaveURL(new RegExp(`run=${THAU.failedRun}`));

  const program = page.getByRole('article', { name: 'CrystFEL', exact: true });
  await expect(program.getByText('Failed', { exact: true })).toBeVisible();
  await expect(program.getByText(/cannot open geometry file/)).toBeVisible();

  await program.getByRole('button', { name: 'View indexamajig.log' }).click();
  const log = page.getByLabel('Contents of indexamajig.log');
  await expect(log).toContainText('ERROR: indexamajig exited with status 1');
  await expect(page).toHaveURL(/log=\d+/);

  // The open log is part of the URL: a reload (or a shared link) shows it again.
  await page.reload();
  await expect(page.getByLabel('Contents of indexamajig.log')).toContainText('Loading geometry');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('article', { name: 'CrystFEL', exact: true })
      .getByRole('button', { name: 'Download indexamajig.log' })
      .click(),
  ]);
  // A one-time link signed by the server: the session JWT never goes into a URL.
  expect(download.url()).toMatch(/\/processings\/attachments\/\d+\?onetime=[0-9a-f]+$/);
  expect(download.url()).not.toMatch(/eyJ/);
  expect(download.suggestedFilename()).toBe('indexamajig.log');
  expect(await readFile(await download.path(), 'utf8')).toMatch(/cannot open geometry file/);
});

test('a chip run: hit rate over the run and the heat map of hits per block', async ({ page }) => {
  await signInAs(page, 'scientist');
  await page.goto(ExperimentPage.path(PYP.proposal, PYP.session, PYP.group, '?tab=processing'));

  const hits = page.getByRole('region', { name: 'Hit rate during the run' });
  await expect(hits.getByText(/in batches of 1.000 images/)).toBeVisible();
  await expect(
    hits.getByRole('button', { name: 'Download the hit-rate chart as PNG' }),
  ).toBeVisible();

  const heatMap = page.getByRole('region', { name: 'Hits per chip block' });
  const drawing = heatMap.getByRole('img', { name: /hit rate per block of run #6/ });
  await expect(drawing).toBeVisible();
  await expect(drawing.locator('[data-value]')).toHaveCount(64);
  await expect(heatMap.getByText(/Below half of it: /)).toBeVisible();

  await heatMap.getByRole('button', { name: 'Show the block table' }).click();
  await expect(heatMap.getByRole('rowheader', { name: 'A1', exact: true })).toBeVisible();

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    heatMap.getByRole('button', { name: 'Blocks CSV' }).click(),
  ]);
  const rows = (await readFile(await csv.path(), 'utf8')).trim().split(/\r\n/);
  expect(rows[0]).toContain('block,block number,images,hits,indexed');
  expect(rows).toHaveLength(65);
});

test('without the image-hits extension the page says so and still shows the programs', async ({
  page,
}) => {
  await signInAs(page, 'scientist');
  // A server without the route: its openapi.json does not list it.
  await page.route('**/ispyb/api/v1/openapi.json', async (route) => {
    const response = await route.fetch();
    const doc = (await response.json()) as { paths: Record<string, unknown> };
    delete doc.paths['/ispyb/api/v1/ssx/datacollection/processing/hits'];
    await route.fulfill({ response, json: doc });
  });
  await page.goto(ExperimentPage.path(PYP.proposal, PYP.session, PYP.group, '?tab=processing'));
  await expect(page.getByText(/This server does not provide per-image hits/)).toBeVisible();
  await expect(page.getByRole('article', { name: 'CrystFEL', exact: true })).toBeVisible();
});

test('a log the server cannot send: the error is said in the viewer, with a retry', async ({
  page,
  context,
}) => {
  await signInAs(page, 'staff');
  await page.goto(
    ExperimentPage.path(
      THAU.proposal,
      THAU.session,
      THAU.group,
      `?tab=processing&run=${THAU.failedRun}`,
    ),
  );
  const program = page.getByRole('article', { name: 'CrystFEL', exact: true });
  await expect(program.getByRole('button', { name: 'View indexamajig.log' })).toBeVisible();
  await armFaults(context, [
    { id: 'log500', path: '^/processings/attachments/\\d+$', method: 'GET', status: 500 },
  ]);
  await program.getByRole('button', { name: 'View indexamajig.log' }).click();
  const alert = program.getByRole('alert');
  await expect(alert).toContainText(/server/i);
  await clearFaults(context);
  await alert.getByRole('button', { name: /retry/i }).click();
  await expect(page.getByLabel('Contents of indexamajig.log')).toContainText('Loading geometry');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`accessibility of the Processing tab (log open, block table shown), ${colorScheme}`, async ({
    page,
  }) => {
    // two page loads and two axe runs on shared CI cores
    test.setTimeout(240_000);
    await signInAs(page, 'staff');
    await page.emulateMedia({ colorScheme });
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 844 });
      await page.goto(ExperimentPage.path(PYP.proposal, PYP.session, PYP.group, '?tab=processing'));
      const program = page.getByRole('article', { name: 'CrystFEL', exact: true });
      await program.getByRole('button', { name: 'View indexamajig.log' }).click();
      await expect(page.getByLabel('Contents of indexamajig.log')).toContainText('Final:');
      const heatMap = page.getByRole('region', { name: 'Hits per chip block' });
      await heatMap.getByRole('button', { name: 'Show the block table' }).click();
      await expect(heatMap.getByRole('rowheader', { name: 'A1', exact: true })).toBeVisible();
      const { violations } = await new AxeBuilder({ page })
        .include('[role=tabpanel]')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      const blocking = violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
      expect(blocking, `${colorScheme} ${width} px`).toEqual([]);
    }
  });
}
