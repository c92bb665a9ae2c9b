import { expect, SESSION_KEY, storedToken, test } from '../fixtures';
import { LoginPage } from '../pages/login-page';
import { cellUnder, rowWith, sessionGroupsTable } from '../pages/tables';

test('a scientist signs in, finds a past SSX experiment, and signs out leaving no token', async ({
  page,
}) => {
  // Every URL the tab loads or navigates to, to prove the token never appears in one.
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  page.on('framenavigated', (frame) => urls.push(frame.url()));

  const login = new LoginPage(page);
  await page.goto('/proposals');
  await expect(page).toHaveURL(/\/login\?returnTo=%2Fproposals$/);
  await expect(login.heading).toBeVisible();
  await expect(page.getByText('Demo data')).toBeVisible();
  await expect(login.demoUsers.getByRole('listitem')).toHaveText([
    /^scientist Elena Marchetti/,
    /^visitor Tomas Novak/,
    /^staff Grace Okafor/,
    /^blsci Julien Moreau/,
  ]);
  for (const user of ['scientist', 'visitor', 'staff', 'blsci']) {
    await expect(login.demoUserButton(user)).toBeVisible();
  }

  await login.signInAs('scientist');

  // Proposals list, with the scientist's own proposals only.
  await expect(page).toHaveURL(/\/proposals$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Proposals' })).toBeVisible();
  const proposals = page.getByRole('table', { name: /^Proposals 1–4 of 4/ });
  await expect(proposals).toBeVisible();
  for (const name of ['MX2532', 'MX2601', 'LS3180', 'MX2610']) {
    await expect(proposals.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await expect(proposals.getByRole('link', { name: 'MX2545', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Account: scientist' })).toBeVisible();

  // The proposal: its sessions split by phase, with counts, the current one first.
  await proposals.getByRole('link', { name: 'MX2532', exact: true }).click();
  await expect(page).toHaveURL(/\/proposals\/MX2532$/);
  await expect(page.getByRole('heading', { level: 1, name: 'MX2532' })).toBeVisible();
  await expect(
    page.getByText('Time-resolved serial crystallography of the photoactive yellow protein'),
  ).toBeVisible();
  const sessions = page.getByRole('region', { name: 'Sessions' });
  await expect(sessions.getByRole('tab')).toHaveText(['Upcoming (1)', 'Current (1)', 'Past (2)']);
  await expect(sessions.getByRole('tab', { name: 'Current (1)' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(
    sessions
      .getByRole('table', { name: 'Current sessions of MX2532' })
      .getByRole('link', { name: 'MX2532-3' }),
  ).toBeVisible();

  await sessions.getByRole('tab', { name: 'Past (2)' }).click();
  await expect(page).toHaveURL(/\/proposals\/MX2532\?sessions=past$/);
  const past = sessions.getByRole('table', { name: 'Past sessions of MX2532' });
  await expect(past.getByRole('link')).toHaveText(['MX2532-2', 'MX2532-1']);

  // The past session: its SSX-Chip pump–probe group with its six runs.
  await past.getByRole('link', { name: 'MX2532-2' }).click();
  await expect(page).toHaveURL(/\/proposals\/MX2532\/sessions\/5014$/);
  await expect(page.getByRole('heading', { level: 1, name: 'MX2532-2' })).toBeVisible();
  await expect(page.getByText('Finished', { exact: true })).toBeVisible();
  const groups = sessionGroupsTable(page, 'MX2532-2');
  const chip = rowWith(groups, 'SSX-Chip');
  await expect(chip).toHaveCount(1);
  await expect(chip.getByText('SSX', { exact: true })).toBeVisible();
  await expect(await cellUnder(groups, chip, 'Runs')).toHaveText('6');
  const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(breadcrumb.getByRole('link', { name: 'MX2532' })).toHaveAttribute(
    'href',
    '/proposals/MX2532',
  );

  const token = await storedToken(page);
  expect(token, 'a token in sessionStorage while signed in').toBeTruthy();

  // Sign out: back to the login page, and nothing of the session survives a reload.
  await page.getByRole('button', { name: 'Account: scientist' }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(login.heading).toBeVisible();

  await page.goto('/proposals');
  await expect(page).toHaveURL(/\/login\?returnTo=%2Fproposals$/);
  await expect(login.heading).toBeVisible();
  await expect(login.expiredNotice).toHaveCount(0);

  const storage = await page.evaluate(() => {
    const dump = (store: Storage) =>
      Array.from({ length: store.length }, (_, i) => {
        const key = store.key(i) ?? '';
        return `${key}=${store.getItem(key) ?? ''}`;
      });
    return { session: dump(sessionStorage), local: dump(localStorage) };
  });
  expect(storage.session.some((entry) => entry.startsWith(`${SESSION_KEY}=`))).toBe(false);
  for (const entry of [...storage.session, ...storage.local]) {
    expect(entry).not.toContain(token);
  }
  expect(urls.length).toBeGreaterThan(0);
  for (const url of urls) expect(url).not.toContain(token);
});
