import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setSession } from '../lib/auth-session';
import { renderAppOnDemo } from '../testing/demo-app';

// Whole screens against the embedded demo ISPyB: real routes, real HTTP client and mappers,
// the demo's permissions. Queried by role, as a user (or a screen reader) finds them.
afterEach(() => setSession(undefined));

const TIMEOUT = { timeout: 10_000 };

describe('routes on the demo ISPyB', () => {
  it('shows a scientist their own proposals and the one reached through a session', async () => {
    await renderAppOnDemo('scientist', '/proposals');
    const table = await screen.findByRole('table', {}, TIMEOUT);
    for (const name of ['MX2532', 'MX2601', 'LS3180', 'MX2610']) {
      expect(within(table).getByRole('link', { name })).toBeInTheDocument();
    }
    expect(within(table).queryByRole('link', { name: 'MX2545' })).not.toBeInTheDocument();
  });

  it('shows staff every proposal', async () => {
    await renderAppOnDemo('staff', '/proposals');
    expect(await screen.findByText(/You see every proposal/, {}, TIMEOUT)).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'MX2545' }, TIMEOUT)).toBeInTheDocument();
  });

  it('tells a user without proposals that they have none', async () => {
    await renderAppOnDemo('visitor', '/proposals');
    expect(
      await screen.findByText(/not a member of any proposal/i, {}, TIMEOUT),
    ).toBeInTheDocument();
  });

  it('answers a foreign proposal with "no access" and a way back', async () => {
    await renderAppOnDemo('scientist', '/proposals/MX2545');
    expect(
      await screen.findByText(/was not found, or you do not have access to it/, {}, TIMEOUT),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the proposals list' })).toHaveAttribute(
      'href',
      '/proposals',
    );
  });

  it('lists a session’s experiments with the SSX delay series', async () => {
    await renderAppOnDemo('scientist', '/proposals/MX2532/sessions/5014');
    expect(await screen.findByRole('heading', { name: 'MX2532-2' }, TIMEOUT)).toBeInTheDocument();
    expect(await screen.findByText('PYP_slurry_A', {}, TIMEOUT)).toBeInTheDocument();
  });
});
