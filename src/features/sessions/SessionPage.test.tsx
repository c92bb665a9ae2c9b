import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import recordedEvents from '../../../tests/fixtures/recorded/events-datacollections-ssx.json';
import recordedPersons from '../../../tests/fixtures/recorded/persons.json';
import recordedSession from '../../../tests/fixtures/recorded/session-detail.json';
import { ApiError } from '../../api/errors';
import type { QueryParams } from '../../api/http';
import { createFakeHttp, renderWithProviders } from '../../testing/render';
import { SessionPage } from './SessionPage';

interface Answers {
  session?: () => unknown;
  events?: () => unknown;
}

function renderPage(route: string, answers: Answers = {}) {
  const { session = () => recordedSession.response, events = () => recordedEvents.response } =
    answers;
  const get = (path: string, params: QueryParams | undefined) => {
    if (path === '/sessions/1') return session();
    if (path === '/events' && params?.sessionId === 1) return events();
    if (path === '/persons' && params?.sessionId === 1) return recordedPersons.response;
    throw new ApiError('not-found', 'x', { status: 404 });
  };
  return renderWithProviders(<SessionPage />, {
    http: createFakeHttp({ get }),
    route,
    path: '/proposals/:proposalName/sessions/:sessionId',
  });
}

describe('SessionPage', () => {
  it('shows the session, its data collection groups (newest first) and its people', async () => {
    renderPage('/proposals/blc00001/sessions/1');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Session 1');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'blc00001-1' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Collecting now')).toBeInTheDocument();
    expect(screen.getByText('Start and end are facility local time.')).toBeInTheDocument();
    const crumbs = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(crumbs).getByRole('link', { name: 'blc00001' })).toHaveAttribute(
      'href',
      '/proposals/blc00001',
    );

    const groups = await screen.findByRole('table', {
      name: /Data collection groups of blc00001-1/,
    });
    const rows = within(groups).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    const first = within(rows[0] as HTMLElement);
    expect(first.getByText('SSX-Chip')).toBeInTheDocument();
    expect(first.getByText('SSX')).toBeInTheDocument();
    expect(first.getByText('HEWL_chip_A')).toBeInTheDocument();
    expect(first.getByText('25 600')).toBeInTheDocument();
    expect(first.getByText('2023-01-25 10:05')).toBeInTheDocument();
    expect(first.getByText('1 h 10 min')).toBeInTheDocument();

    const people = await screen.findByRole('table', { name: 'People on session blc00001-1' });
    expect(within(people).getByText('Test User')).toBeInTheDocument();
  });

  it('treats a non-numeric session id as not found, without asking the server', () => {
    renderPage('/proposals/blc00001/sessions/abc');
    expect(screen.getByText('“abc” is not a session number.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to proposal blc00001' })).toHaveAttribute(
      'href',
      '/proposals/blc00001',
    );
  });

  it('says when a session does not exist or is hidden', async () => {
    renderPage('/proposals/blc00001/sessions/1', {
      session: () => {
        throw new ApiError('not-found', 'x', { status: 404, serverMessage: 'Session not found' });
      },
    });
    expect(
      await screen.findByText('Session 1 was not found, or you do not have access to it.'),
    ).toBeInTheDocument();
  });

  it('moves a session shown under the wrong proposal to its own', async () => {
    const { router } = renderPage('/proposals/MX1/sessions/1');
    await waitFor(() =>
      expect(router.state.location.pathname).toBe('/proposals/blc00001/sessions/1'),
    );
    expect(router.state.historyAction).toBe('REPLACE');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'blc00001-1' }),
    ).toBeInTheDocument();
  });

  it('keeps the session usable when its data collections fail', async () => {
    renderPage('/proposals/blc00001/sessions/1', {
      events: () => {
        throw new ApiError('contract', 'x', { field: 'results[0].startTime' });
      },
    });
    expect(
      await screen.findByText("The server's answer does not match the ISPyB contract"),
    ).toBeInTheDocument();
    expect(screen.getByText('results[0].startTime')).toBeInTheDocument();
    expect(
      await screen.findByRole('table', { name: 'People on session blc00001-1' }),
    ).toBeVisible();
  });

  it('says when a session has no data collections', async () => {
    renderPage('/proposals/blc00001/sessions/1', {
      events: () => ({ total: 0, results: [], skip: 0, limit: 100 }),
    });
    expect(await screen.findByText('No data collections in this session yet')).toBeInTheDocument();
  });
});
