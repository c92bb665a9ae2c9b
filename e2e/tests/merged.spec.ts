import { expect, signInAs, test } from '../fixtures';
import { ExperimentPage } from '../pages/experiment-page';
import { MergedPages } from '../pages/merged-page';

/** The PYP pump–probe series of the demo: dark, 1 µs, 10 µs, 100 µs, 1 ms, 10 ms. */
const PYP = { proposal: 'MX2532', session: 5014, group: 12022 } as const;

test('open the delay series, compare the dark and 100 µs datasets, move the resolution cut-off', async ({
  page,
}) => {
  // two reloads and two screens on shared CI cores
  test.slow();
  await signInAs(page, 'scientist');
  await page.goto(ExperimentPage.path(PYP.proposal, PYP.session, PYP.group));
  await page.getByRole('link', { name: 'Merged datasets and delays' }).click();
  await expect(page).toHaveURL(MergedPages.seriesPath(PYP.proposal, PYP.session, PYP.group));

  const merged = new MergedPages(page);
  await expect(merged.delayTable).toBeVisible();
  expect(await merged.delays()).toEqual([
    'Dark (reference)',
    '1 µs',
    '10 µs',
    '100 µs',
    '1 ms',
    '10 ms',
  ]);
  await expect(page.getByRole('figure', { name: 'CC½ against delay' })).toBeVisible();

  // compare the dark reference with the 100 µs dataset: kept in the URL
  await merged.choose(merged.datasetA, 'PYP dark (Dark (reference))');
  await merged.choose(merged.datasetB, 'PYP 100 µs (100 µs)');
  await expect(page).toHaveURL(/[?&]compare=58006(%2C|,)58009$/);
  const ccHalf = page.getByRole('figure', { name: 'CC½ against resolution, 2 datasets' });
  await expect(ccHalf).toBeVisible();
  await expect(ccHalf.locator('.recharts-legend-item')).toHaveText(['PYP dark', 'PYP 100 µs']);
  await page.reload();
  await expect(merged.datasetB).toHaveValue('PYP 100 µs (100 µs)');

  // the 100 µs dataset itself: move the cut-off and see the statistics change
  await merged.delayTable.getByRole('link', { name: 'PYP 100 µs' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Merged dataset PYP 100 µs');
  await expect(page.getByRole('status')).toContainText('Suggested cut-off');
  const before = await merged.statistic('CC½', 'kept').innerText();
  const reflectionsBefore = await merged.statistic('Reflections', 'kept').innerText();
  await merged.cutoff.focus();
  // one step, so the statistics read below are the final ones (two presses raced the reading)
  await page.keyboard.press('ArrowLeft');
  await expect(merged.statistic('CC½', 'kept')).not.toHaveText(before);
  await expect(merged.statistic('Reflections', 'kept')).not.toHaveText(reflectionsBefore);
  // the all-shells column is what the server merged: unchanged
  await expect(merged.statistic('CC½', 'all')).toHaveText('0.543');
  await expect(page).toHaveURL(/[?&]cut=\d+(\.\d+)?$/);
  const moved = await merged.statistic('CC½', 'kept').innerText();
  await page.reload();
  await expect(merged.statistic('CC½', 'kept')).toHaveText(moved);
});
