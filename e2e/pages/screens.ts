import type { Page } from '@playwright/test';
import { expect } from '../fixtures';
import { sessionGroupsTable } from './tables';

/**
 * Every main screen of the app, with a way to tell that it shows its data. The screenshot,
 * accessibility and hostile-data suites all walk this one list, so a new screen added here is
 * checked by all three.
 */
export interface Screen {
  name: string;
  url: string;
  /** Signed in as this user; the login page is shown signed out. */
  user?: string;
  /** Waits until the screen shows its data. */
  ready: (page: Page) => Promise<void>;
}

export const SCREENS: Screen[] = [
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
