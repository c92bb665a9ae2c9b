import { expect, signInAs, test } from '../fixtures';
import { cellUnder } from '../pages/tables';

test.describe('scientist', () => {
  test.beforeEach(async ({ page }) => {
    await signInAs(page, 'scientist');
  });

  for (const foreign of ['MX2545', 'IX0042']) {
    test(`is told plainly that ${foreign} is out of reach, with a way back`, async ({ page }) => {
      await page.goto(`/proposals/${foreign}`);
      await expect(page.getByRole('heading', { level: 1, name: foreign })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Proposal not found' })).toBeVisible();
      await expect(
        page.getByText(`Proposal ${foreign} was not found, or you do not have access to it.`),
      ).toBeVisible();
      await page.getByRole('link', { name: 'Back to the proposals list' }).click();
      await expect(page).toHaveURL(/\/proposals$/);
      await expect(page.getByRole('table', { name: /^Proposals 1–4 of 4/ })).toBeVisible();
    });
  }

  test('reaches the one MX2610 session they were invited to, and no other', async ({ page }) => {
    await page.goto('/proposals/MX2610');
    const sessions = page.getByRole('region', { name: 'Sessions' });
    await expect(sessions.getByRole('tab')).toHaveText(['Upcoming (0)', 'Current (0)', 'Past (1)']);
    await expect(sessions.getByRole('tab', { name: 'Past (1)' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(sessions.getByRole('tabpanel').getByRole('link')).toHaveText(['MX2610-2']);
  });
});

test('a visitor on no proposal sees an empty state that says why', async ({ page }) => {
  await signInAs(page, 'visitor');
  await page.goto('/proposals');
  await expect(page.getByText('You are not a member of any proposal yet')).toBeVisible();
  await expect(
    page.getByText('Ask the proposal’s principal investigator or the facility’s user office'),
  ).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  await expect(page.getByText('You see every proposal (staff).')).toHaveCount(0);
});

test.describe('staff', () => {
  test.beforeEach(async ({ page }) => {
    await signInAs(page, 'staff');
  });

  test('sees every proposal, searches and sorts through the URL', async ({ page }) => {
    await page.goto('/proposals');
    await expect(page.getByText('You see every proposal (staff).')).toBeVisible();
    const all = page.getByRole('table', { name: /^Proposals 1–8 of 8/ });
    await expect(all).toBeVisible();
    await expect(all.getByRole('row')).toHaveCount(9);
    for (const name of ['MX2545', 'IX0042', 'LS3205', 'MX2417', 'MX2532']) {
      await expect(all.getByRole('link', { name, exact: true })).toBeVisible();
    }
    // Eight proposals fit on one page of 20: no pagination.
    await expect(page.getByRole('navigation', { name: 'Pages of proposals' })).toHaveCount(0);

    // Search: typing updates the URL; a reload keeps the search and its results.
    const search = page.getByRole('searchbox', { name: 'Search proposals' });
    await search.fill('MX25');
    await expect(page).toHaveURL(/\/proposals\?search=MX25$/);
    const found = page.getByRole('table', { name: /^Proposals 1–2 of 2/ });
    await expect(found.getByRole('link')).toHaveText(['MX2545', 'MX2532']);
    await page.reload();
    await expect(search).toHaveValue('MX25');
    await expect(found.getByRole('link')).toHaveText(['MX2545', 'MX2532']);

    await search.fill('no such proposal');
    await expect(page).toHaveURL(/search=no\+such\+proposal$/);
    await expect(page.getByText('No proposals match “no such proposal”')).toBeVisible();
    await search.fill('');
    await expect(page).toHaveURL(/\/proposals$/);
    await expect(all).toBeVisible();

    // Sort: a header click sorts the page and records it in the URL; again reverses it.
    const proposalHeader = all.getByRole('columnheader', { name: 'Proposal' });
    await proposalHeader.getByRole('button').click();
    await expect(page).toHaveURL(/\/proposals\?sort=name$/);
    await expect(proposalHeader).toHaveAttribute('aria-sort', 'ascending');
    const sorted = page.getByRole('table', { name: /sorted by proposal, ascending$/ });
    await expect(sorted.getByRole('link')).toHaveText([
      'IX0042',
      'LS3180',
      'LS3205',
      'MX2417',
      'MX2532',
      'MX2545',
      'MX2601',
      'MX2610',
    ]);
    await proposalHeader.getByRole('button').click();
    await expect(page).toHaveURL(/\/proposals\?sort=name&dir=desc$/);
    await expect(proposalHeader).toHaveAttribute('aria-sort', 'descending');
    await expect(all.getByRole('link').first()).toHaveText('MX2610');

    const sessionsHeader = all.getByRole('columnheader', { name: 'Sessions' });
    await sessionsHeader.getByRole('button').click();
    await expect(page).toHaveURL(/\/proposals\?sort=sessions$/);
    await expect(sessionsHeader).toHaveAttribute('aria-sort', 'ascending');
    await expect(proposalHeader).not.toHaveAttribute('aria-sort');
    const counts: number[] = [];
    for (const row of await all
      .getByRole('row')
      .filter({ has: page.getByRole('link') })
      .all()) {
      counts.push(Number(await (await cellUnder(all, row, 'Sessions')).innerText()));
    }
    expect(counts).toEqual([...counts].sort((a, b) => a - b));

    // The sort survives a reload, and Back returns to the previous order.
    await page.reload();
    await expect(sessionsHeader).toHaveAttribute('aria-sort', 'ascending');
    await page.goBack();
    await expect(page).toHaveURL(/\/proposals\?sort=name&dir=desc$/);
    await expect(proposalHeader).toHaveAttribute('aria-sort', 'descending');
  });

  test('a page past the end says so and leads back to the first', async ({ page }) => {
    await page.goto('/proposals?page=2');
    await expect(page.getByText('There is no page 2')).toBeVisible();
    await expect(page.getByText('The list has 8 proposals.')).toBeVisible();
    await page.getByRole('button', { name: 'Go to the first page' }).click();
    await expect(page).toHaveURL(/\/proposals$/);
    await expect(page.getByRole('table', { name: /^Proposals 1–8 of 8/ })).toBeVisible();
  });
});
