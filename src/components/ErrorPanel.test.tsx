import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/errors';
import { renderWithProviders } from '../testing/render';
import { ErrorPanel } from './ErrorPanel';

function renderPanel(error: unknown, route = '/proposals/MX1?x=1') {
  const onRetry = vi.fn();
  const view = renderWithProviders(<ErrorPanel error={error} onRetry={onRetry} />, {
    route,
    path: '/proposals/:proposalName',
  });
  return { ...view, onRetry, alert: screen.getByRole('alert') };
}

describe('ErrorPanel', () => {
  it.each<[string, ApiError, RegExp, RegExp]>([
    [
      'network',
      new ApiError('network', 'x'),
      /Cannot reach the ISPyB server/,
      /Check your network connection/,
    ],
    [
      'timeout',
      new ApiError('timeout', 'The ISPyB server did not answer within 30 s.'),
      /took too long/,
      /within 30 s/,
    ],
    [
      'forbidden',
      new ApiError('forbidden', 'x', { status: 403, serverMessage: 'Not Authorized' }),
      /Permission needed/,
      /You lack a permission: Not Authorized/,
    ],
    [
      'not-found',
      new ApiError('not-found', 'x', { status: 404, serverMessage: 'Proposal not found' }),
      /Not found/,
      /do not have access/,
    ],
    [
      'server (plain-text 500)',
      new ApiError('server', 'x', { status: 500, serverMessage: 'Internal Server Error' }),
      /The ISPyB server failed \(HTTP 500\)/,
      /Internal Server Error/,
    ],
    [
      'http',
      new ApiError('http', 'x', { status: 418, serverMessage: 'teapot' }),
      /Unexpected answer from the ISPyB server \(HTTP 418\)/,
      /teapot/,
    ],
    [
      'malformed',
      new ApiError('malformed', 'x', { status: 200 }),
      /not valid JSON/,
      /proxy or gateway/,
    ],
  ])('explains a %s error and offers Retry', async (_kind, error, title, message) => {
    const { alert, onRetry, user } = renderPanel(error);
    expect(within(alert).getByText(title)).toBeInTheDocument();
    expect(within(alert).getByText(message)).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledOnce();
    expect(within(alert).getByRole('link', { name: 'Back to proposals' })).toHaveAttribute(
      'href',
      '/proposals',
    );
  });

  it('lists the problems of a validation error', () => {
    const error = new ApiError('validation', 'x', {
      status: 422,
      problems: [
        { location: ['query', 'limit'], message: 'ensure this value is greater than 0' },
        { location: ['body', 'shippingName'], message: 'field required' },
      ],
    });
    const { alert } = renderPanel(error);
    expect(within(alert).getByText('The server rejected the request')).toBeInTheDocument();
    const items = within(alert).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'limit ensure this value is greater than 0',
      'shippingName field required',
    ]);
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('names the field of a contract error', () => {
    const error = new ApiError(
      'contract',
      'The server\'s answer does not match the ISPyB contract: field "results[3].startDate" is not an ISO 8601 date-time.',
      { status: 200, url: '/ispyb/api/v1/sessions', field: 'results[3].startDate' },
    );
    const { alert } = renderPanel(error);
    expect(
      within(alert).getByText("The server's answer does not match the ISPyB contract"),
    ).toBeInTheDocument();
    expect(within(alert).getByText('results[3].startDate')).toBeInTheDocument();
    expect(within(alert).getByText('/ispyb/api/v1/sessions')).toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('sends an unauthorized user to sign in and back here', () => {
    const error = new ApiError('unauthorized', 'x', { status: 401 });
    const { alert } = renderPanel(error);
    expect(within(alert).getByText('Your session has ended')).toBeInTheDocument();
    expect(within(alert).getByRole('link', { name: 'Sign in again' })).toHaveAttribute(
      'href',
      '/login?returnTo=%2Fproposals%2FMX1%3Fx%3D1',
    );
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('shows other errors as unexpected, with their message', () => {
    const { alert } = renderPanel(new TypeError('x.map is not a function'));
    expect(within(alert).getByText('Unexpected error')).toBeInTheDocument();
    expect(within(alert).getByText('x.map is not a function')).toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('offers no Retry without onRetry', () => {
    renderWithProviders(<ErrorPanel error={new ApiError('network', 'x')} />);
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });
});
