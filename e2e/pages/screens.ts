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
  /** Reads nothing from the API before the user acts (the planner's list): no failure matrix. */
  local?: boolean;
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
  {
    name: 'experiment-processing',
    url: '/proposals/MX2532/sessions/5014/groups/12022?run=40033&tab=processing',
    user: 'scientist',
    ready: async (page) => {
      const panel = page.getByRole('tabpanel', { name: 'Processing' });
      await expect(panel.getByRole('region', { name: 'Processing programs' })).toBeVisible();
      await expect(panel.getByRole('region', { name: 'Hit rate during the run' })).toBeVisible();
      await expect(panel.getByRole('status')).toHaveCount(0);
    },
  },
  {
    name: 'series',
    url: '/proposals/MX2532/sessions/5014/groups/12022/series',
    user: 'scientist',
    ready: async (page) => {
      await expect(page.getByRole('table', { name: /^6 delays/ })).toBeVisible();
      await expect(page.getByRole('region', { name: 'Statistics against delay' })).toBeVisible();
    },
  },
  {
    name: 'merged-dataset',
    url: '/proposals/MX2532/sessions/5014/groups/12022/merges/58009',
    user: 'scientist',
    ready: async (page) => {
      await expect(page.getByRole('table', { name: 'Overall statistics' })).toBeVisible();
      await expect(page.getByRole('table', { name: /^15 resolution shells/ })).toBeVisible();
    },
  },
  {
    name: 'shipments',
    url: '/proposals/MX2532/shipments',
    user: 'scientist',
    ready: async (page) => {
      // Other suites may add shipments to the shared demo: any count.
      await expect(page.getByRole('table', { name: /^\d+ shipments?$/ })).toBeVisible();
    },
  },
  {
    name: 'shipment',
    url: '/proposals/MX2532/shipments/3101',
    user: 'scientist',
    ready: async (page) => {
      await expect(page.getByRole('table', { name: /^Samples in .*PYP-PUCK-1$/ })).toBeVisible();
      await expect(page.getByRole('table', { name: /^Samples in .*PYP-RACK-1$/ })).toBeVisible();
    },
  },
  {
    name: 'all-shipments',
    url: '/shipments',
    user: 'staff',
    ready: async (page) => {
      await expect(page.getByRole('table', { name: /^\d+ shipments$/ })).toBeVisible();
    },
  },
  {
    name: 'samples',
    url: '/proposals/MX2532/samples',
    user: 'scientist',
    ready: async (page) => {
      // The import journey adds samples to the shared demo: any count.
      await expect(page.getByRole('table', { name: /^Samples 1–\d+ of \d+/ })).toBeVisible();
    },
  },
  {
    name: 'proteins',
    url: '/proposals/MX2532/proteins',
    user: 'scientist',
    ready: async (page) => {
      await expect(page.getByRole('table', { name: /^Proteins 1–1 of 1/ })).toBeVisible();
    },
  },
  {
    name: 'sample-import',
    url: '/proposals/MX2532/samples/import',
    user: 'scientist',
    ready: async (page) => {
      await expect(page.getByRole('region', { name: '1. Container' })).toBeVisible();
      await expect(page.getByRole('textbox', { name: 'Shipment' })).toBeEnabled();
    },
  },
  {
    name: 'plans',
    url: '/plans',
    user: 'scientist',
    local: true,
    ready: async (page) => {
      await expect(page.getByRole('heading', { level: 1, name: 'Planner' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'New plan' })).toBeVisible();
    },
  },
];
