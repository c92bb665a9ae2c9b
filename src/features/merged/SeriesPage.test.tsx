import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seriesPath } from '../../lib/paths';
import { createTestDemo, renderAppOnDemo } from '../../testing/demo-app';
import { withoutMergesExtension } from './merged-demo.test.util';

/** The PYP pump–probe series: dark, 1 µs, 10 µs, 100 µs, 1 ms, 10 ms. */
const PYP_SERIES = seriesPath('MX2532', 5014, 12022);

function delayRows(): string[] {
  const table = screen.getByRole('table', { name: /delays?;/ });
  return within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent ?? '');
}

/** Whole screens with their charts, in jsdom, on shared CI cores. */
const SCREEN_TIMEOUT_MS = 60_000;

describe('datasets by delay', () => {
  it(
    'groups the runs by delay, the dark runs first, each with its merged dataset',
    async () => {
      await renderAppOnDemo('scientist', PYP_SERIES);
      // the first render also downloads the screen's code
      expect(
        await screen.findByRole('heading', { name: 'Runs by delay' }, { timeout: 15_000 }),
      ).toBeInTheDocument();
      expect(delayRows()).toEqual(['Dark (reference)', '1 µs', '10 µs', '100 µs', '1 ms', '10 ms']);
      const row = screen.getByRole('rowheader', { name: '100 µs' }).closest('tr');
      expect(row).not.toBeNull();
      const cells = within(row as HTMLElement);
      expect(cells.getByRole('link', { name: 'Run 4' })).toHaveAttribute(
        'href',
        '/proposals/MX2532/sessions/5014/groups/12022?run=40032',
      );
      expect(cells.getByRole('link', { name: 'PYP 100 µs' })).toHaveAttribute(
        'href',
        '/proposals/MX2532/sessions/5014/groups/12022/merges/58009',
      );
      expect(screen.getByRole('heading', { name: 'Statistics against delay' })).toBeInTheDocument();
      expect(
        screen.getByRole('heading', { name: 'Per-shell statistics compared' }),
      ).toBeInTheDocument();
    },
    SCREEN_TIMEOUT_MS,
  );

  it(
    'reads the two datasets to compare from the URL',
    async () => {
      await renderAppOnDemo('staff', `${PYP_SERIES}?compare=58006,58009`);
      const a = await screen.findByRole('textbox', { name: 'Dataset A' });
      await waitFor(() => expect(a).toHaveValue('PYP dark (Dark (reference))'));
      expect(screen.getByRole('textbox', { name: 'Dataset B' })).toHaveValue('PYP 100 µs (100 µs)');
      expect(screen.getByRole('button', { name: 'Show every dataset' })).toBeInTheDocument();
    },
    SCREEN_TIMEOUT_MS,
  );

  it(
    'groups a mix-and-inject experiment by reaction time',
    async () => {
      await renderAppOnDemo('scientist', seriesPath('MX2601', 5011, 12016));
      await screen.findByRole('heading', { name: 'Runs by delay' });
      expect(delayRows()).toEqual([
        '50 ms after mixing',
        '200 ms after mixing',
        '1 s after mixing',
        '2 s after mixing',
      ]);
    },
    SCREEN_TIMEOUT_MS,
  );

  it(
    'without the extension says so and shows the per-run statistics the server has',
    async () => {
      const demo = createTestDemo();
      withoutMergesExtension(demo);
      await renderAppOnDemo('staff', PYP_SERIES, demo);
      expect(
        await screen.findByText('Merged datasets are not provided by this server'),
      ).toBeInTheDocument();
      expect(delayRows()).toHaveLength(6);
      expect(screen.queryByRole('columnheader', { name: 'Merged dataset' })).toBeNull();
      const hits = demo.dataset.ssxProcessing.find((r) => r.dataCollectionId === 40032)?.nbHits;
      const row = screen.getByRole('rowheader', { name: '100 µs' }).closest('tr');
      expect(row?.textContent?.replace(/\s/g, '')).toContain(String(hits));
      expect(
        screen.getByRole('heading', { name: 'Scaling statistics from automatic processing' }),
      ).toBeInTheDocument();
      expect(
        await screen.findByText(/None of these runs has scaling statistics/),
      ).toBeInTheDocument();
    },
    SCREEN_TIMEOUT_MS,
  );

  it(
    'shows a failing merges read as an error with a retry, not as missing data',
    async () => {
      const demo = createTestDemo();
      demo.faults.add({ id: 'merges500', path: '^/ssx/merges$', status: 500 });
      await renderAppOnDemo('staff', PYP_SERIES, demo);
      expect(await screen.findByText(/The ISPyB server failed/)).toBeInTheDocument();
      expect(screen.getByRole('button', { name: /retry/i })).toBeInTheDocument();
    },
    SCREEN_TIMEOUT_MS,
  );

  it(
    'says when the experiment is not visible',
    async () => {
      await renderAppOnDemo('scientist', seriesPath('MX2545', 5016, 12025));
      expect(await screen.findByText('Experiment not found')).toBeInTheDocument();
    },
    SCREEN_TIMEOUT_MS,
  );
});
