import { armFaults, clearFaults, expect, signInAs, test } from '../fixtures';
import { ShipmentScreen, ShipmentsList } from '../pages/shipment-page';

/*
 * Shipments (issue 5): staff review today's arrivals, a save that fails once keeps the text, and
 * the packing list prints without the app around it. The demo registers two shipments "today"
 * (its clock is the server's): "Kinases - Aurora A" and "EmrE LCP - planned".
 */

test('staff filter today’s shipments, open one and add a review comment that fails once', async ({
  page,
  context,
}) => {
  await signInAs(page, 'staff');
  await page.goto('/proposals');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Shipments' })
    .click();
  await expect(page).toHaveURL(/\/shipments$/);
  const list = new ShipmentsList(page);
  await expect(list.table).toBeVisible();
  const all = await list.rows().count();

  await list.createdToday.click();
  await expect(page).toHaveURL(/\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}$/);
  await expect(list.createdToday).toHaveAttribute('aria-pressed', 'true');
  await expect(list.rows()).toHaveCount(2);
  expect(all).toBeGreaterThan(2);
  await expect(page.getByText(/^2 of \d+ shipments match the filters\.$/)).toBeVisible();

  // the filter survives a reload (it lives in the URL)
  await page.reload();
  await expect(list.rows()).toHaveCount(2);

  const shipment = await list.open('EmrE LCP - planned');
  await expect(page.getByText('Incomplete shipment')).toBeVisible();

  await armFaults(context, [
    {
      id: 'review-comment-500',
      path: '^/shippings/\\d+$',
      method: 'PATCH',
      status: 500,
      body: 'Internal Server Error',
      contentType: 'text/plain',
      times: 1,
    },
  ]);
  const text = 'Reviewed: safety form chased by e-mail, dewar expected Thursday';
  await shipment.comments.fill(text);
  await shipment.saveComments.click();
  await expect(shipment.notSaved).toContainText('HTTP 500');
  await expect(shipment.comments).toHaveValue(text);

  await shipment.saveComments.click();
  await expect(shipment.saved).toBeVisible();
  await expect(shipment.notSaved).toBeHidden();
  await clearFaults(context);

  await page.reload();
  await expect(new ShipmentScreen(page).comments).toHaveValue(text);
});

test('the packing list prints alone, with codes and boxes to tick', async ({ page }, testInfo) => {
  await page.addInitScript(() => {
    // a print dialog cannot be driven headless: count the calls instead
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await signInAs(page, 'scientist');
  await page.goto('/proposals/MX2532');
  await page.getByRole('link', { name: 'Shipments' }).click();
  const shipment = await new ShipmentsList(page).open('PYP TR-SSX slurries and reference pins');

  await expect(shipment.packingList).toBeHidden();
  await shipment.print.click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  await page.emulateMedia({ media: 'print' });
  await expect(shipment.packingList).toBeVisible();
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Packing list: PYP TR-SSX slurries and reference pins',
    }),
  ).toBeVisible();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(shipment.print).toBeHidden();
  await expect(shipment.comments).toBeHidden();
  await expect(shipment.packingList.getByRole('cell', { name: 'IBS-MX2532-D1' })).toBeVisible();
  await expect(shipment.packingList.getByRole('cell', { name: 'PYP_slurry_A' })).toBeVisible();
  const boxes = shipment.packingList.locator('td.check');
  expect(await boxes.count()).toBeGreaterThan(3);
  await expect(boxes.first()).toHaveText('☐');
  // black on white on paper, whatever the colour scheme
  await expect(shipment.packingList.locator('h1')).toHaveCSS('color', 'rgb(0, 0, 0)');
  await page.screenshot({ path: testInfo.outputPath('packing-list-print.png'), fullPage: true });

  await page.emulateMedia({ media: 'screen' });
  await expect(shipment.packingList).toBeHidden();
});

test('users do not get the facility-wide list', async ({ page }) => {
  await signInAs(page, 'scientist');
  await page.goto('/shipments');
  await expect(page.getByText('This view is for facility staff')).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Shipments' }),
  ).toHaveCount(0);
});
