import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, signInAs, test } from '../fixtures';
import { sessionGroupsTable } from '../pages/tables';

/** Full-page screenshots of every screen, light and dark, desktop and phone, for review. */
const OUT = fileURLToPath(new URL('../../screenshots/', import.meta.url));
const WIDTHS = [1280, 390] as const;
const SCHEMES = ['light', 'dark'] as const;

interface Screen {
  name: string;
  url: string;
  /** Signed in as this user; the login page is shown signed out. */
  user?: string;
  /** Waits until the screen shows its data. */
  ready: (page: Page) => Promise<void>;
}

const SCREENS: Screen[] = [
  {
    name: 'login',
    url: '/login',
    ready: async (page) => {
      await expect(page.getByRole('button', { name: 'Use login blsci' })).toBeVisible();
    },
  },
  {
    name: 'proposals',
    url: '/proposals',
    user: 'scientist',
    ready: async (page) => {
      await expect(page.getByRole('table', { name: /^Proposals 1–4 of 4/ })).toBeVisible();
    },
  },
  {
    name: 'proposal',
    url: '/proposals/MX2532',
    user: 'scientist',
    ready: async (page) => {
      await expect(page.getByRole('table', { name: 'Current sessions of MX2532' })).toBeVisible();
      await expect(page.getByRole('table', { name: /^People on proposal MX2532/ })).toBeVisible();
    },
  },
  {
    name: 'session',
    url: '/proposals/MX2532/sessions/5014',
    user: 'scientist',
    ready: async (page) => {
      await expect(sessionGroupsTable(page, 'MX2532-2')).toBeVisible();
      await expect(page.getByRole('table', { name: 'People on session MX2532-2' })).toBeVisible();
    },
  },
  {
    name: 'experiment-timing',
    url: '/proposals/MX2532/sessions/5014/groups/12022?run=40033&tab=timing',
    user: 'scientist',
    ready: async (page) => {
      await expect(
        page.getByRole('table', { name: 'All 6 runs of this experiment' }),
      ).toBeVisible();
      const timing = page.getByRole('tabpanel', { name: 'Timing' });
      await expect(timing.getByText('Pump–probe delay: 1 ms.')).toBeVisible();
      await expect(timing.getByRole('img', { name: /^Delay series of 6 runs/ })).toBeVisible();
      // Both canvases have painted a frame.
      for (const diagram of await timing.getByRole('group', { name: /^Timing diagram/ }).all()) {
        await expect(diagram).not.toHaveAttribute('data-render-ms', '');
      }
    },
  },
  {
    name: 'experiment-cells',
    url: '/proposals/MX2532/sessions/5014/groups/12022?run=40033&tab=cells',
    user: 'scientist',
    ready: async (page) => {
      const run = page.getByRole('region', { name: 'Unit cells of run #5' });
      await expect(run.getByText('Client-side, every cell')).toBeVisible({ timeout: 20_000 });
      await expect(run.getByRole('img', { name: /^Density of / })).toBeVisible();
      const pooled = page.getByRole('region', { name: /^Unit cells of the whole experiment/ });
      await expect(pooled.getByRole('table', { name: /^Medians of all cells/ })).toBeVisible();
    },
  },
  {
    name: 'sample',
    url: '/proposals/MX2532/samples/7301',
    user: 'scientist',
    ready: async (page) => {
      await expect(page.getByRole('table', { name: 'Sample components' })).toBeVisible();
      await expect(
        page.getByRole('table', { name: /^Experiments with this sample/ }),
      ).toBeVisible();
    },
  },
  {
    name: 'devices',
    url: '/proposals/MX2532/devices',
    user: 'scientist',
    ready: async (page) => {
      await expect(page.getByRole('table', { name: /^Experiments with this device/ })).toHaveCount(
        1,
      );
      await expect(page.getByText(/^Also 2 rotation experiments on pins/)).toBeVisible();
    },
  },
];

for (const screen of SCREENS) {
  test(`screenshots: ${screen.name}`, async ({ page }) => {
    if (screen.user) await signInAs(page, screen.user);
    for (const width of WIDTHS) {
      for (const colorScheme of SCHEMES) {
        await page.setViewportSize({ width, height: width > 800 ? 800 : 844 });
        await page.emulateMedia({ colorScheme });
        await page.goto(screen.url);
        await screen.ready(page);
        await expect(page.locator('html')).toHaveAttribute(
          'data-mantine-color-scheme',
          colorScheme,
        );
        await page.screenshot({
          path: `${OUT}${screen.name}-${colorScheme}-${width}.png`,
          fullPage: true,
          animations: 'disabled',
        });
        // No label is cut short: text in a box that hides overflow must fit in it.
        const clipped = await page.evaluate(() =>
          Array.from(document.body.querySelectorAll('*'))
            .filter((el): el is HTMLElement => el instanceof HTMLElement)
            .filter((el) => {
              const style = getComputedStyle(el);
              const hides = style.overflowX === 'hidden' || style.textOverflow === 'ellipsis';
              const visuallyHidden = el.clientWidth <= 1 || el.clientHeight <= 1;
              return (
                hides &&
                !visuallyHidden &&
                el.innerText.trim() !== '' &&
                el.scrollWidth > el.clientWidth + 1
              );
            })
            .map((el) => el.innerText.trim()),
        );
        expect(clipped, `${screen.name} (${colorScheme}, ${width} px) clipped text`).toEqual([]);
        if (width === 390) {
          // Wide tables scroll inside their own container; the page itself never does.
          const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
          expect(scrollWidth, `${screen.name} (${colorScheme}) document width`).toBeLessThanOrEqual(
            390,
          );
        }
      }
    }
  });
}
