import { readFile } from 'node:fs/promises';
import { expect, signInAs, test } from '../fixtures';
import { axeViolations, clippedTexts, SCREENSHOTS_DIR } from '../pages/checks';
import { PlannerPage } from '../pages/planner-page';

/** The demo's PYP slurry with six processed runs (docs/demo-backend.md). */
const PYP = { proposal: 'MX2532', session: /^MX2532-2 ·/, sample: /^PYP_slurry_A/ } as const;

test.describe('Planner', () => {
  test('plans a 5-delay pump–probe series on a chip, changes a delay, exports, survives a reload', async ({
    page,
  }) => {
    // a long journey (about twenty edits, two downloads, a reload) on shared cores
    test.slow();
    await signInAs(page, 'scientist');
    const planner = new PlannerPage(page);
    await planner.gotoList();
    await expect(page.getByText('No plans yet')).toBeVisible();

    await planner.newPlan.click();
    await expect(page).toHaveURL(/\/plans\/[a-z0-9]+$/);
    await planner.planName.fill('PYP delay series');
    await planner.pick('Proposal', PYP.proposal);
    await planner.pick('Session', PYP.session);
    await planner.pick('Slurry sample', PYP.sample);
    // the sample's six processed runs give the rates, and the page says so
    await expect(page.getByText(/From 6 processed runs of sample PYP_slurry_A/)).toBeVisible();

    // a chip is the default device; the template: dark reference + five delays
    await expect(page.getByRole('radio', { name: 'Fixed-target chip' })).toBeChecked();
    await planner.pick('Start from a template', 'Delay series with a dark reference');
    await planner.applyTemplate.click();
    for (const [run, value] of [
      [2, '1'],
      [3, '10'],
      [4, '100'],
      [5, '1'],
      [6, '10'],
    ] as const) {
      await expect(planner.delay(run)).toHaveValue(value);
    }
    await expect(planner.diagram).toHaveAccessibleName(/pump–probe delay 10 ms/);
    await expect(planner.estimateRow('10 ms')).toBeVisible();
    await expect(planner.estimateRow('Total')).toContainText(/min/);

    // change the last delay from 10 ms to 5 ms: the diagram and the estimates follow
    await planner.delay(6).fill('5');
    await expect(planner.diagram).toHaveAccessibleName(/pump–probe delay 5 ms/);
    await expect(planner.diagram).not.toHaveAccessibleName(/pump–probe delay 10 ms/);
    await expect(planner.estimateRow('5 ms')).toBeVisible();
    await expect(planner.estimateRow('10 ms')).toHaveCount(0);
    // a delay no device can give is said next to the field
    await planner.delay(2).fill('0');
    await expect(planner.delay(2)).toHaveAccessibleDescription(/a delay must be positive/);
    await planner.delay(2).fill('1');
    await expect(planner.delay(2)).toHaveAccessibleDescription('');
    await planner.waitUntilSaved();

    // export the plan file
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download plan (JSON)' }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('plan-PYP_delay_series.json');
    const exported = JSON.parse(await readFile(await file.path(), 'utf8')) as {
      format: string;
      schemaVersion: number;
      plan: {
        name: string;
        sessionId: number;
        delays: { kind: string; delay?: { value: number; unit: string } }[];
      };
    };
    expect(exported).toMatchObject({ format: 'ispyb-web-run-plan', schemaVersion: 1 });
    expect(exported.plan.name).toBe('PYP delay series');
    expect(
      exported.plan.delays.map((d) => (d.delay ? `${d.delay.value} ${d.delay.unit}` : d.kind)),
    ).toEqual(['dark', '1 µs', '10 µs', '100 µs', '1 ms', '5 ms']);

    // and the webservice group body (the session's start is the planned start)
    const [group] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Group body' }).click(),
    ]);
    const body = JSON.parse(await readFile(await group.path(), 'utf8')) as Record<string, unknown>;
    expect(body).toMatchObject({ sessionId: exported.plan.sessionId, experimentType: 'SSX-Chip' });

    // reload: the plan is still there, as left
    await page.reload();
    await expect(planner.planName).toHaveValue('PYP delay series');
    await expect(planner.delay(6)).toHaveValue('5');
    await expect(planner.diagram).toHaveAccessibleName(/pump–probe delay 5 ms/);

    // and listed under its proposal
    await planner.gotoList();
    await expect(
      page
        .getByRole('region', { name: PYP.proposal })
        .getByRole('link', { name: 'PYP delay series' }),
    ).toBeVisible();
  });

  test('the plan editor: axe clean, nothing cut off, no sideways page, light and dark, 1280 and 390 px', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await signInAs(page, 'scientist');
    const planner = new PlannerPage(page);
    await planner.gotoList();
    await planner.newPlan.click();
    await planner.pick('Proposal', PYP.proposal);
    await planner.pick('Session', PYP.session);
    await planner.pick('Slurry sample', PYP.sample);
    await planner.pick('Start from a template', 'Delay series with a dark reference');
    await planner.applyTemplate.click();
    // one check shown beside its field, as a user editing would see it
    await planner.delay(2).fill('0');
    await expect(planner.delay(2)).toHaveAccessibleDescription(/a delay must be positive/);
    await planner.waitUntilSaved();
    const url = page.url();
    const problems: string[] = [];
    for (const width of [1280, 390]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const where = `plan editor (${colorScheme}, ${width} px)`;
        await page.setViewportSize({ width, height: 844 });
        await page.emulateMedia({ colorScheme });
        await page.goto(url);
        await expect(planner.diagram).toBeVisible();
        await expect(planner.estimateRow('Total')).toBeVisible();
        await page.screenshot({
          path: `${SCREENSHOTS_DIR}plan-editor-${colorScheme}-${width}.png`,
          fullPage: true,
          animations: 'disabled',
        });
        for (const text of await clippedTexts(page)) problems.push(`${where}: cut off "${text}"`);
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        if (scrollWidth > width) problems.push(`${where}: page is ${scrollWidth} px wide`);
        for (const v of await axeViolations(page, where)) problems.push(`${where}: ${v}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
