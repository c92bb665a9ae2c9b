import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { getEndReason, getSession, setSession } from '../../lib/auth-session';
import { renderWithProviders, testConfig } from '../../testing/render';
import { AppLayout } from './AppLayout';

function signIn(minutesLeft: number) {
  setSession({
    token: 't',
    login: 'efgh',
    permissions: [],
    expiresAt: new Date(Date.now() + minutesLeft * 60_000),
  });
}

function renderLayout(config = testConfig) {
  return renderWithProviders(<AppLayout />, {
    route: '/proposals?page=2',
    path: '/proposals',
    config,
  });
}

afterEach(() => setSession(undefined));

describe('AppLayout', () => {
  it('shows the site, the demo badge and the navigation', () => {
    signIn(120);
    renderLayout();
    expect(screen.getByRole('link', { name: 'ISPyB test' })).toHaveAttribute('href', '/proposals');
    expect(screen.getByText('Demo data')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Proposals' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.queryByText(/Your session ends/)).not.toBeInTheDocument();
  });

  it('has no demo badge on a real server', () => {
    signIn(120);
    renderLayout({ ...testConfig, demo: undefined });
    expect(screen.queryByText('Demo data')).not.toBeInTheDocument();
  });

  it('switches between light and dark', async () => {
    signIn(120);
    const { user } = renderLayout();
    await user.click(screen.getByRole('button', { name: 'Switch to dark mode' }));
    expect(await screen.findByRole('button', { name: 'Switch to light mode' })).toBeInTheDocument();
  });

  it('signs out from the user menu', async () => {
    signIn(120);
    const { user, router } = renderLayout();
    await user.click(screen.getByRole('button', { name: 'Account: efgh' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Sign out' }));
    expect(getSession()).toBeUndefined();
    expect(getEndReason()).toBe('signed-out');
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
  });

  it('signs out from the menu of narrow screens', async () => {
    signIn(120);
    const { user, router } = renderLayout();
    await user.click(screen.getByRole('button', { name: 'Open menu' }));
    const drawer = await screen.findByRole('dialog', { name: 'Menu' });
    expect(within(drawer).getByText('Signed in as efgh')).toBeInTheDocument();
    await user.click(within(drawer).getByRole('button', { name: 'Sign out' }));
    expect(getSession()).toBeUndefined();
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
  });

  it('warns before the token ends and offers to sign in again, coming back here', async () => {
    signIn(5);
    const { user, router } = renderLayout();
    const warning = screen.getByText(
      /^Your session ends at \d\d:\d\d; sign in again to continue\.$/,
    );
    expect(warning).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sign in again' }));
    expect(getSession()).toBeUndefined();
    await waitFor(() =>
      expect(`${router.state.location.pathname}${router.state.location.search}`).toBe(
        '/login?returnTo=%2Fproposals%3Fpage%3D2',
      ),
    );
  });

  it('sends the user to sign in when the token has ended', async () => {
    signIn(-1);
    const { router } = renderLayout();
    await waitFor(() =>
      expect(`${router.state.location.pathname}${router.state.location.search}`).toBe(
        '/login?returnTo=%2Fproposals%3Fpage%3D2&reason=expired',
      ),
    );
    expect(getSession()).toBeUndefined();
    expect(getEndReason()).toBe('expired');
  });
});
