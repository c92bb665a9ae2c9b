import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/errors';
import { getSession, setSession } from '../../lib/auth-session';
import {
  createFakeHttp,
  renderWithProviders,
  testConfig,
  type FakeServer,
} from '../../testing/render';
import { LoginPage } from './LoginPage';

const jwt = (exp: number) => `h.${btoa(JSON.stringify({ login: 'efgh', exp }))}.s`;
const future = Math.floor(Date.now() / 1000) + 5 * 3600;

function renderLogin(server: FakeServer, route = '/login', config = testConfig) {
  const http = createFakeHttp({
    get: () => ({ plugins: [{ name: 'dummy', config: {} }] }),
    ...server,
  });
  return renderWithProviders(<LoginPage />, { http, route, path: '/login', config });
}

afterEach(() => setSession(undefined));

describe('LoginPage', () => {
  it('keeps the typed login and explains a rejected sign-in', async () => {
    const send = vi.fn(() => {
      throw new ApiError('unauthorized', 'x', { status: 401, serverMessage: 'Could not verify' });
    });
    const { user } = renderLogin({ send });

    await user.type(await screen.findByLabelText(/^Login/), 'efgh');
    await user.type(screen.getByLabelText(/^Password/), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('Unknown user or wrong password')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Could not verify');
    expect(screen.getByLabelText(/^Login/)).toHaveValue('efgh');
    expect(screen.getByLabelText(/^Password/)).toHaveValue('');
    expect(send).toHaveBeenCalledWith('POST', '/auth/login', {
      plugin: 'dummy',
      login: 'efgh',
      password: 'wrong',
    });
    expect(getSession()).toBeUndefined();
  });

  it('says when the server cannot be reached, keeping the login', async () => {
    const { user } = renderLogin({
      send: () => {
        throw new ApiError('network', 'x');
      },
    });
    await user.type(await screen.findByLabelText(/^Login/), 'efgh');
    await user.type(screen.getByLabelText(/^Password/), 'pw');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Cannot reach the ISPyB server')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Login/)).toHaveValue('efgh');
  });

  it('asks for both fields before sending anything', async () => {
    const send = vi.fn();
    const { user } = renderLogin({ send });
    await user.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(screen.getByText('Enter your login')).toBeInTheDocument();
    expect(screen.getByText('Enter your password')).toBeInTheDocument();
    expect(send).not.toHaveBeenCalled();
  });

  it('signs in and goes to the page the user came from', async () => {
    const { user, router } = renderLogin(
      { send: () => ({ login: 'efgh', token: jwt(future), permissions: [] }) },
      '/login?returnTo=%2Fproposals%2FMX1%3Fsessions%3Dpast',
    );
    await user.type(await screen.findByLabelText(/^Login/), 'efgh');
    await user.type(screen.getByLabelText(/^Password/), 'pw');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByTestId('location')).toHaveTextContent('/proposals/MX1?sessions=past');
    expect(router.state.historyAction).toBe('REPLACE');
    expect(getSession()).toMatchObject({ login: 'efgh', permissions: [] });
  });

  it('never leaves the app after signing in', async () => {
    const { user } = renderLogin(
      { send: () => ({ login: 'efgh', token: jwt(future), permissions: [] }) },
      '/login?returnTo=https%3A%2F%2Fevil.example',
    );
    await user.type(await screen.findByLabelText(/^Login/), 'efgh');
    await user.type(screen.getByLabelText(/^Password/), 'pw');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByTestId('location')).toHaveTextContent('/proposals');
  });

  it('lists the demo users and fills the login from them', async () => {
    const { user } = renderLogin({});
    expect(screen.getByText('Demo data')).toBeInTheDocument();
    expect(await screen.findByText('Visitor on two SSX proposals')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Use login abcd' }));
    expect(screen.getByLabelText(/^Login/)).toHaveValue('abcd');
    expect(screen.getByLabelText(/^Password/)).toHaveFocus();
  });

  it('shows no demo users outside demo mode', async () => {
    renderLogin({}, '/login', { ...testConfig, demo: undefined });
    await screen.findByLabelText(/^Login/);
    expect(screen.queryByText('Demo data')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Use login/ })).not.toBeInTheDocument();
  });

  it('says why the user is here after the session expired', async () => {
    renderLogin({}, '/login?returnTo=%2Fproposals&reason=expired');
    expect(
      await screen.findByText('Your session expired. Sign in again to continue where you were.'),
    ).toBeInTheDocument();
  });

  it('offers a choice of plugins and says SSO is not supported', async () => {
    const { user } = renderLogin({
      get: () => ({
        plugins: [
          { name: 'ldap', config: {} },
          { name: 'keycloak', config: {} },
        ],
      }),
    });
    const select = await screen.findByLabelText('Sign-in method');
    expect(select).toHaveValue('ldap');
    await user.selectOptions(select, 'keycloak');
    expect(screen.getByText(/Single sign-on \(keycloak\) isn’t supported/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeDisabled();
  });

  it('shows a failure to read the sign-in methods, with Retry', async () => {
    renderLogin({
      get: () => {
        throw new ApiError('network', 'x');
      },
    });
    expect(await screen.findByText('Cannot reach the ISPyB server')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Back to proposals' })).not.toBeInTheDocument();
  });

  it('sends a signed-in user straight on', async () => {
    setSession({
      token: jwt(future),
      login: 'efgh',
      permissions: [],
      expiresAt: new Date(future * 1000),
    });
    renderLogin({}, '/login?returnTo=%2Fproposals%2FMX9');
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/proposals/MX9'));
  });
});
