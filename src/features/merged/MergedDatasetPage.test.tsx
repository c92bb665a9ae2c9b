import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatCount } from '../../domain/units';
import { mergePath } from '../../lib/paths';
import { createTestDemo, renderAppOnDemo } from '../../testing/demo-app';
import { withoutMergesExtension } from './merged-demo.test.util';

/** PYP 100 µs of the delay series (group 12022, session 5014). */
const PYP_100US = mergePath('MX2532', 5014, 12022, 58009);

function statisticsCell(row: string, column: 'all' | 'kept'): string {
  const card = screen.getByRole('table', { name: 'Overall statistics' });
  const header = within(card).getByRole('rowheader', { name: row });
  const tr = header.closest('tr');
  return tr?.querySelector(`[data-column="${column}"]`)?.textContent ?? '';
}

/** Whole screens with their charts, in jsdom, on shared CI cores. */
const SCREEN_TIMEOUT_MS = 60_000;

describe('merged dataset page', () => {
  it(
    'shows the runs that went in, the suggested cut-off, overall statistics and shells',
    async () => {
      const demo = createTestDemo();
      await renderAppOnDemo('scientist', PYP_100US, demo);
      expect(
        await screen.findByRole(
          'heading',
          { level: 1, name: 'Merged dataset PYP 100 µs' },
          { timeout: 15_000 },
        ),
      ).toBeInTheDocument();
      const run = await screen.findByRole('link', { name: /Run 4 · data collection 40032/ });
      expect(run).toHaveAttribute('href', '/proposals/MX2532/sessions/5014/groups/12022?run=40032');
      const merge = demo.dataset.ssxMerges.find((m) => m.ssxMergeId === 58009);
      const indexed = merge?.runs[0]?.nbIndexed ?? 0;
      expect(run.closest('tr')?.textContent).toContain(formatCount(indexed));
      expect(screen.getByRole('status')).toHaveTextContent(
        /Suggested cut-off: \d\.\d\d Å, the last shell from low resolution with CC½ ≥ 0.3/,
      );
      expect(screen.getByRole('cell', { name: '35.00–3.38' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Download CSV' })).toBeInTheDocument();
      // the cut keeps fewer shells than the table holds, so the kept statistics differ
      expect(statisticsCell('CC½', 'kept')).not.toBe(statisticsCell('CC½', 'all'));
      expect(statisticsCell('CC½', 'all')).toBe('0.543');
    },
    SCREEN_TIMEOUT_MS,
  );

  it(
    'reads the cut-off from the URL and recomputes the kept statistics',
    async () => {
      const demo = createTestDemo();
      const merge = demo.dataset.ssxMerges.find((m) => m.ssxMergeId === 58009);
      const fifth = merge?.shells[4];
      await renderAppOnDemo('staff', `${PYP_100US}?cut=${fifth?.resolutionLimitHigh}`, demo);
      expect(
        await screen.findByText(/High-resolution cut-off: .* \(shells 1–5 of 15 kept\)/),
      ).toBeInTheDocument();
      const kept = formatCount(
        merge?.shells.slice(0, 5).reduce((sum, s) => sum + s.nTotalObservations, 0),
      );
      expect(statisticsCell('Reflections', 'kept')).toBe(kept);
      expect(screen.getByText(/leaves out 10 shells/)).toBeInTheDocument();
    },
    SCREEN_TIMEOUT_MS,
  );

  it(
    'keeps the rule in the URL when the user changes it',
    async () => {
      const { router } = await renderAppOnDemo('staff', PYP_100US);
      fireEvent.click(await screen.findByRole('radio', { name: '⟨I/σ(I)⟩' }));
      await waitFor(() => expect(router.state.location.search).toBe('?rule=isigma'));
      expect(screen.getByRole('status')).toHaveTextContent('⟨I/σ(I)⟩ ≥ 1');
    },
    SCREEN_TIMEOUT_MS,
  );

  it(
    "says so when the merge is not the user's, as for one that does not exist",
    async () => {
      await renderAppOnDemo('scientist', mergePath('MX2545', 5016, 12025, 58012));
      expect(await screen.findByText('Merged dataset not found')).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Back to the experiment' })).toBeInTheDocument();
    },
    SCREEN_TIMEOUT_MS,
  );

  it(
    'refuses a per-shell table whose shells overlap, saying which',
    async () => {
      const demo = createTestDemo();
      const merge = demo.dataset.ssxMerges.find((m) => m.ssxMergeId === 58009);
      const shells = merge?.shells.map((s, i) => (i === 2 ? { ...s, resolutionLimitLow: 10 } : s));
      const [a, b, c, alpha, beta, gamma] = merge?.cell ?? [];
      demo.faults.add({
        id: 'overlap',
        path: '^/ssx/merges/58009$',
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({
          ...merge,
          cell: undefined,
          cell_a: a,
          cell_b: b,
          cell_c: c,
          cell_alpha: alpha,
          cell_beta: beta,
          cell_gamma: gamma,
          shells,
        }),
      });
      await renderAppOnDemo('staff', PYP_100US, demo);
      expect(
        await screen.findByText("The server's answer does not match the ISPyB contract"),
      ).toBeInTheDocument();
      expect(screen.getByText(/Shell 3 \(10\.00–.* Å\) overlaps shell 2/)).toBeInTheDocument();
    },
    SCREEN_TIMEOUT_MS,
  );

  it(
    'shows a server failure with a retry',
    async () => {
      const demo = createTestDemo();
      demo.faults.add({ id: 'm500', path: '^/ssx/merges/58009$', status: 500, times: 1 });
      await renderAppOnDemo('staff', PYP_100US, demo);
      expect(await screen.findByText(/The ISPyB server failed/)).toBeInTheDocument();
      fireEvent.click(screen.getByRole('button', { name: /retry/i }));
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Merged dataset PYP 100 µs' }),
      ).toBeInTheDocument();
    },
    SCREEN_TIMEOUT_MS,
  );

  it(
    'says the server lacks the extension, with a way to what it offers',
    async () => {
      const demo = createTestDemo();
      withoutMergesExtension(demo);
      await renderAppOnDemo('staff', PYP_100US, demo);
      expect(
        await screen.findByText('Merged datasets are not provided by this server'),
      ).toBeInTheDocument();
      expect(
        screen.getByRole('link', { name: 'See the runs of this experiment grouped by delay' }),
      ).toHaveAttribute('href', '/proposals/MX2532/sessions/5014/groups/12022/series');
    },
    SCREEN_TIMEOUT_MS,
  );
});
