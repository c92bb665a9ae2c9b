import { readFile } from 'node:fs/promises';
import { armFaults, expect, signInAs, test } from '../fixtures';
import { cellStatistic, ExperimentPage } from '../pages/experiment-page';
import { SessionPage } from '../pages/session-page';
import { cellUnder } from '../pages/tables';

/** The PYP fixed-target pump–probe delay series of the demo (docs/demo-backend.md). */
const PYP = {
  proposal: 'MX2532',
  session: 5014,
  sessionName: 'MX2532-2',
  group: 12022,
  sampleId: 7301,
  runs: [40029, 40030, 40031, 40032, 40033, 40034],
  delays: ['dark', '1 µs', '10 µs', '100 µs', '1 ms', '10 ms'],
  /** PYP, P6₃: a = b = 66.9 Å, c = 40.8 Å. */
  cell: { a: 66.9, b: 66.9, c: 40.8 },
} as const;

const experimentUrl = (query = '') =>
  ExperimentPage.path(PYP.proposal, PYP.session, PYP.group, query);

/** RFC 4180, as `src/lib/csv.ts` writes it (quoted cells, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || (ch === '\r' && text[i + 1] === '\n')) {
      if (ch === '\r') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

test.beforeEach(async ({ page }) => {
  await signInAs(page, 'scientist');
});

test('SSX journey: chip filter, delay series, timing diagram, unit cells, runs CSV', async ({
  page,
  context,
}) => {
  // The raw cells arrive 2 s late, as a large run's do: the server's histograms show first.
  await armFaults(context, [
    { id: 'slow-cells', path: '^/ssx/datacollection/processing/cells$', delayMs: 2_000 },
  ]);

  // Session MX2532-2, filtered to chip experiments; the filter lives in the URL.
  const session = new SessionPage(page, PYP.sessionName);
  await page.goto(`/proposals/${PYP.proposal}/sessions/${PYP.session}`);
  await expect(session.shown).toHaveText('Showing 3 of 3 experiments');
  await session.pick('Delivery device', 'Fixed-target chip');
  await expect(page).toHaveURL(/[?&]device=chip(&|$)/);
  await expect(session.shown).toHaveText('Showing 1 of 3 experiments (1 filter)');
  await expect(session.groups.getByRole('row')).toHaveCount(2);
  await page.reload();
  await expect(page).toHaveURL(/[?&]device=chip(&|$)/);
  await expect(session.shown).toHaveText('Showing 1 of 3 experiments (1 filter)');
  await expect(session.groups.getByRole('row')).toHaveCount(2);
  const chipRow = session.groups.getByRole('row').nth(1);
  await expect(await cellUnder(session.groups, chipRow, 'Device')).toContainText(
    'Fixed-target chip',
  );

  // The delay series: all six runs, dark then 1 µs … 10 ms.
  await session.experimentLink('SSX-Chip', PYP.group).click();
  await expect(page).toHaveURL(new RegExp(`/groups/${PYP.group}$`));
  const experiment = new ExperimentPage(page);
  await expect(
    page.getByRole('heading', { level: 1, name: 'SSX-Chip experiment on PYP_slurry_A' }),
  ).toBeVisible();
  await expect(experiment.runsTable).toHaveAccessibleName('All 6 runs of this experiment');
  await experiment.expectDelays(PYP.delays);
  for (const [i, id] of PYP.runs.entries()) {
    await expect(experiment.runRows().nth(i)).toContainText(String(id));
  }

  // Select the 1 ms run: it is pinned in the URL.
  await experiment.selectRun(await experiment.runWithDelay('1 ms'));
  await expect(page).toHaveURL(/[?&]run=40033(&|$)/);
  await expect(page.getByRole('heading', { level: 2, name: 'Run #5' })).toBeVisible();

  // Timing tab: the delay in words, on the drawing, and in the table alternative.
  const timingPanel = await experiment.openTab('Timing');
  await expect(page).toHaveURL(/[?&]tab=timing(&|$)/);
  await expect(page).toHaveURL(/[?&]run=40033(&|$)/);
  await expect(timingPanel.getByText('Pump–probe delay: 1 ms.', { exact: true })).toBeVisible();
  await expect(
    timingPanel.getByRole('heading', { level: 3, name: 'Timing pattern of run #5' }),
  ).toBeVisible();
  const diagram = experiment.runTiming();
  await expect(diagram.drawing).toHaveAccessibleName(/pump–probe delay 1 ms\. Showing /);
  await diagram.openTable();
  const events = timingPanel.getByRole('table', { name: /pump–probe delay 1 ms$/ });
  await expect(events).toBeVisible();
  const laser = events.getByRole('row').filter({ hasText: 'Laser excitation' });
  const xray = events.getByRole('row').filter({ hasText: 'X-ray exposure' });
  await expect(await cellUnder(events, laser, 'Offset')).toHaveText('0 s');
  await expect(await cellUnder(events, xray, 'Offset')).toHaveText('1 ms');

  // Zoom by button, Reset; then by keyboard (+, →, 0) on the focused diagram.
  const home = await diagram.visibleWindow();
  await expect(diagram.reset).toBeDisabled();
  await diagram.zoomIn.click();
  await expect(diagram.reset).toBeEnabled();
  const zoomed = await diagram.visibleWindow();
  expect(zoomed).not.toBe(home);
  await diagram.expectWindow(zoomed);
  await diagram.reset.click();
  await diagram.expectWindow(home);
  await expect(diagram.reset).toBeDisabled();

  await diagram.keyboardSurface.focus();
  await page.keyboard.press('+');
  await expect.poll(() => diagram.visibleWindow()).not.toBe(home);
  const keyZoomed = await diagram.visibleWindow();
  await diagram.expectWindow(keyZoomed);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => diagram.visibleWindow()).not.toBe(keyZoomed);
  await diagram.expectWindow(await diagram.visibleWindow());
  await page.keyboard.press('0');
  await diagram.expectWindow(home);
  await expect(diagram.keyboardSurface).toBeFocused();

  // Another run: the delay follows, the tab stays.
  await experiment.selectRun(await experiment.runWithDelay('100 µs'));
  await expect(page).toHaveURL(/[?&]run=40032(&|$)/);
  await expect(page).toHaveURL(/[?&]tab=timing(&|$)/);
  await expect(timingPanel.getByText('Pump–probe delay: 100 µs.', { exact: true })).toBeVisible();
  await expect(timingPanel.getByText('Pump–probe delay: 1 ms.')).toHaveCount(0);
  await expect(diagram.drawing).toHaveAccessibleName(/pump–probe delay 100 µs\. Showing /);

  // Unit cells: the server's histograms first, then every cell, read in the background.
  await experiment.openTab('Unit cells');
  const runCells = experiment.cellsPanel('Unit cells of run #4');
  await expect(runCells.getByText('Server-binned', { exact: true })).toBeVisible();
  await expect(
    runCells.getByRole('progressbar', { name: 'Raw unit cells downloaded' }),
  ).toBeVisible();
  const serverMedians = runCells.getByRole('table', { name: /^Medians of all cells/ });
  for (const [parameter, expected] of Object.entries(PYP.cell)) {
    const median = await cellStatistic(serverMedians, `${parameter} (Å)`, 'Median');
    expect(Math.abs(median - expected), `server median of ${parameter}`).toBeLessThanOrEqual(1);
  }
  await expect(runCells.getByText('Client-side, every cell', { exact: true })).toBeVisible({
    timeout: 20_000,
  });
  await expect(runCells.getByRole('progressbar')).toHaveCount(0);
  const clientStats = runCells.getByRole('table', { name: /^Cells inside the 1\.5 × IQR bounds/ });
  for (const [parameter, expected] of Object.entries(PYP.cell)) {
    const median = await cellStatistic(clientStats, `${parameter} (Å)`, 'Median');
    expect(Math.abs(median - expected), `median of ${parameter}`).toBeLessThanOrEqual(1);
  }
  // The pooled experiment stays on the server's histograms until asked.
  const pooled = experiment.cellsPanel('Unit cells of the whole experiment (6 runs pooled)');
  const pooledMedians = pooled.getByRole('table', { name: /^Medians of all cells/ });
  for (const [parameter, expected] of Object.entries(PYP.cell)) {
    const median = await cellStatistic(pooledMedians, `${parameter} (Å)`, 'Median');
    expect(Math.abs(median - expected), `pooled median of ${parameter}`).toBeLessThanOrEqual(1);
  }

  // The runs as CSV: a header and six runs, as the table shows them.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    experiment.exportRunsCsv.click(),
  ]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^MX2532-2.*${PYP.group}.*runs\\.csv$`));
  const text = await readFile(await download.path(), 'utf8');
  // A byte-order mark, so that spreadsheets read µs and Å as UTF-8.
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows = parseCsv(text.slice(1));
  const [header = [], ...data] = rows;
  expect(header.slice(0, 4)).toEqual([
    'Run',
    'Data collection id',
    'Start (facility local time)',
    'Images',
  ]);
  expect(header).toContain('Pump–probe delay');
  expect(data).toHaveLength(6);
  const column = (name: string) => header.indexOf(name);
  expect(data.map((r) => r[column('Data collection id')])).toEqual(PYP.runs.map(String));
  expect(data.map((r) => r[column('Pump–probe delay')])).toEqual([...PYP.delays]);
  const run5 = data.find((r) => r[column('Data collection id')] === '40033') ?? [];
  expect(run5[column('Delays (s)')]).toBe('0.001');
  const hitsShown = await (
    await cellUnder(experiment.runsTable, experiment.runRow(40033), 'Hits')
  ).innerText();
  expect(run5[column('Hits')]).toBe(hitsShown.replace(/\s/g, ''));
});

test('the sample tab and the sample page show crystal size and components', async ({ page }) => {
  const experiment = new ExperimentPage(page);
  await page.goto(experimentUrl('?tab=sample'));
  const tab = experiment.tabPanel('Sample');
  await expect(tab).toMatchAriaSnapshot(`
    - term: Crystal size X × Y × Z
    - definition: 15 × 15 × 8 µm
  `);
  await expect(tab.getByRole('heading', { name: 'Components' })).toBeVisible();
  await expect(
    tab.getByRole('table', { name: 'Crystal components' }).getByRole('row'),
  ).toContainText(['Type', 'Ammonium sulfate', 'Sodium phosphate pH 7.0']);
  await expect(tab.getByRole('table', { name: 'Sample components' })).toContainText(
    'Storage buffer',
  );

  await tab.getByRole('link', { name: 'PYP_slurry_A' }).click();
  await expect(page).toHaveURL(new RegExp(`/proposals/MX2532/samples/${PYP.sampleId}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Sample PYP_slurry_A' })).toBeVisible();
  const slurry = page.getByRole('region', { name: 'Slurry' });
  await expect(slurry).toMatchAriaSnapshot(`
    - term: Protein
    - definition: Photoactive yellow protein (PYP)
    - term: Crystal size X × Y × Z
    - definition: 15 × 15 × 8 µm
  `);
  await expect(slurry.getByRole('table', { name: 'Crystal components' })).toContainText(
    'Ammonium sulfate',
  );
  await expect(slurry.getByRole('table', { name: 'Sample components' })).toContainText(
    'Storage buffer',
  );
  const used = page.getByRole('table', { name: /^Experiments with this sample/ });
  await expect(used.getByRole('link', { name: `SSX-Chip · group ${PYP.group}` })).toHaveAttribute(
    'href',
    experimentUrl(),
  );
});

test('the device tab draws the chip and describes it in words', async ({ page }) => {
  const experiment = new ExperimentPage(page);
  await page.goto(experimentUrl('?run=40033&tab=device'));
  const tab = experiment.tabPanel('Device');
  // formatCount groups digits with a narrow no-break space
  const description =
    'Fixed-target chip (Oxford chip (8x8 blocks of 20x20)): 8 × 8 blocks of 20 × 20 apertures (25\u202f600 positions); pattern “full”: the whole chip.';
  await expect(tab.getByText('As used for run #5.')).toBeVisible();
  await expect(tab.getByRole('img', { name: description, exact: true })).toBeVisible();
  // …and the same words as visible text, not only as the drawing's name
  await expect(
    tab.getByRole('paragraph').and(tab.getByText(description, { exact: true })),
  ).toBeVisible();
  await expect(tab).toMatchAriaSnapshot(`
    - term: Chip model
    - definition: Oxford chip (8x8 blocks of 20x20)
    - term: Layout
    - definition: 8 × 8 blocks of 20 × 20
  `);
  await expect(tab).toMatchAriaSnapshot(`
    - term: Positions shot
    - definition: 25 600
  `);
});

test('the proposal’s delivery devices list the chip and link to its experiment', async ({
  page,
}) => {
  await page.goto(`/proposals/${PYP.proposal}`);
  await page.getByRole('link', { name: 'Delivery devices' }).click();
  await expect(page).toHaveURL(/\/proposals\/MX2532\/devices$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Delivery devices' })).toBeVisible();
  const chip = page.getByRole('region', { name: /^Fixed-target chip \(Oxford chip/ });
  await expect(chip.getByRole('img', { name: /8 × 8 blocks of 20 × 20 apertures/ })).toBeVisible();
  const uses = chip.getByRole('table', { name: /^Experiments with this device/ });
  const row = uses.getByRole('row').filter({ hasText: 'PYP_slurry_A' });
  await expect(row.getByRole('link', { name: '40034' })).toHaveAttribute(
    'href',
    experimentUrl('?run=40034&tab=device'),
  );
  await row.getByRole('link', { name: `SSX-Chip · ${PYP.group}` }).click();
  await expect(page).toHaveURL(new RegExp(`${experimentUrl()}$`));
  await expect(new ExperimentPage(page).runRows()).toHaveCount(6);
});

test('on a 390 px phone the experiment page never scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const experiment = new ExperimentPage(page);
  await page.goto(experimentUrl('?run=40033'));
  await expect(experiment.runRows()).toHaveCount(6);
  for (const name of ['Run parameters', 'Timing', 'Unit cells', 'Sample', 'Device'] as const) {
    const panel = await experiment.openTab(name);
    await expect(panel).toBeVisible();
    if (name === 'Timing') await expect(experiment.runTiming().drawing).toBeVisible();
    if (name === 'Unit cells') {
      await expect(experiment.cellsPanel('Unit cells of run #5').getByRole('table')).toBeVisible({
        timeout: 20_000,
      });
    }
    if (name === 'Device')
      await expect(panel.getByRole('img', { name: /^Fixed-target/ })).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `document width with the ${name} tab open`).toBeLessThanOrEqual(390);
  }
});

test('without processing summaries (404) the runs still show, and the page says so', async ({
  page,
  context,
}) => {
  await armFaults(context, [
    { id: 'stats404', path: '^/ssx/datacollection/processing/stats$', status: 404 },
  ]);
  const experiment = new ExperimentPage(page);
  await page.goto(experimentUrl());
  await experiment.expectDelays(PYP.delays);
  const notProvided = 'This ISPyB server does not provide SSX processing summaries';
  await expect(
    page.getByRole('region', { name: 'Hits and indexing' }).getByText(notProvided),
  ).toBeVisible();
  await expect(experiment.runsRegion.getByText(notProvided)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  const run1 = experiment.runRows().first();
  await expect(await cellUnder(experiment.runsTable, run1, 'Hits')).toHaveText('–');
  await expect(await cellUnder(experiment.runsTable, run1, 'Images')).toHaveText('51 200');
});
