import { expect, SESSION_KEY, test } from '../fixtures';
import { LoginPage } from '../pages/login-page';
import { SCREENS } from '../pages/screens';

test('the app is served with a Content-Security-Policy that forbids inline script', async ({
  page,
}) => {
  const response = await page.goto('/login');
  const policy = response?.headers()['content-security-policy'] ?? '';
  expect(policy).toContain("script-src 'self'");
  expect(policy).toMatch(/connect-src 'self'(;|$)/);
  expect(policy).toContain("object-src 'none'");
});

test('the token never appears in a URL, a log line or localStorage', async ({ page }) => {
  const urls: string[] = [];
  const logs: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  page.on('console', (message) => logs.push(message.text()));
  page.on('framenavigated', (frame) => urls.push(frame.url()));

  const login = new LoginPage(page);
  await login.goto();
  await login.signInAs('scientist');
  await expect(page).toHaveURL('/proposals');
  const token = await page.evaluate(
    (key) => (JSON.parse(sessionStorage.getItem(key) ?? '{}') as { token?: string }).token,
    SESSION_KEY,
  );
  expect(token, 'signed in').toBeTruthy();

  for (const screen of SCREENS.filter((s) => s.user === 'scientist')) {
    await page.goto(screen.url);
    await screen.ready(page);
  }

  const secret = token ?? '';
  const local = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  expect(local.includes(secret), 'token in localStorage').toBe(false);
  expect(
    urls.filter((url) => url.includes(secret)),
    'token in a URL',
  ).toEqual([]);
  expect(
    logs.filter((line) => line.includes(secret)),
    'token in the console',
  ).toEqual([]);
  const cookies = await page.context().cookies();
  expect(
    cookies.filter((cookie) => cookie.value.includes(secret)),
    'token in a cookie',
  ).toEqual([]);
});
