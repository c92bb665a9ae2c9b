import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setSession } from '../../lib/auth-session';
import { createTestDemo, renderAppOnDemo } from '../../testing/demo-app';

// The samples and proteins lists against the embedded demo ISPyB, as a user finds them.
afterEach(() => setSession(undefined));

const TIMEOUT = { timeout: 10_000 };

function proposalOf(demo: ReturnType<typeof createTestDemo>, name: string) {
  const proposal = demo.dataset.proposals.find(
    (p) => `${p.proposalCode}${p.proposalNumber}` === name,
  );
  if (!proposal) throw new Error(`no ${name}`);
  return proposal;
}

describe('samples and proteins of a proposal', { timeout: 30_000 }, () => {
  it('is reached from the proposal page', async () => {
    await renderAppOnDemo('scientist', '/proposals/MX2532');
    const link = await screen.findByRole('link', { name: 'Samples' }, TIMEOUT);
    expect(link).toHaveAttribute('href', '/proposals/MX2532/samples');
  });

  it('lists the samples with links to their pages, and filters by kind in the URL', async () => {
    const { router } = await renderAppOnDemo('scientist', '/proposals/MX2532/samples?kind=slurry');
    const table = await screen.findByRole('table', { name: /^Samples 1–/ }, TIMEOUT);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(within(row).getByText('Slurry')).toBeInTheDocument();
    const first = within(rows[0] as HTMLElement).getAllByRole('link')[0];
    expect(first).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/proposals\/MX2532\/samples\/\d+$/),
    );

    await router.navigate('/proposals/MX2532/samples?kind=pin');
    await waitFor(() => {
      const cells = within(screen.getByRole('table', { name: /Samples/ })).queryAllByText('Slurry');
      expect(cells).toHaveLength(0);
    }, TIMEOUT);
  });

  it('filters by protein through the server and says when nothing matches', async () => {
    const demo = createTestDemo();
    const proposal = proposalOf(demo, 'MX2532');
    const protein = demo.dataset.proteins.find((p) => p.proposalId === proposal.proposalId);
    if (!protein) throw new Error('no protein');
    await renderAppOnDemo(
      'scientist',
      `/proposals/MX2532/samples?protein=${protein.proteinId}&search=zzz-none`,
      demo,
    );
    expect(
      await screen.findByText('No samples match these filters', {}, TIMEOUT),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeInTheDocument();
  });

  it('lists proteins with their sample counts linked to the filtered samples list', async () => {
    const demo = createTestDemo();
    const proposal = proposalOf(demo, 'MX2532');
    await renderAppOnDemo('scientist', '/proposals/MX2532/proteins', demo);
    const table = await screen.findByRole('table', { name: /^Proteins 1–/ }, TIMEOUT);
    const protein = demo.dataset.proteins.find((p) => p.proposalId === proposal.proposalId);
    if (!protein) throw new Error('no protein');
    expect(within(table).getByText(protein.acronym)).toBeInTheDocument();
    const link = within(table).getByRole('link', {
      name: new RegExp(`samples of ${protein.acronym}$`),
    });
    expect(link).toHaveAttribute('href', `/proposals/MX2532/samples?protein=${protein.proteinId}`);
  });
});
