import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import recordedProposal from '../../../tests/fixtures/recorded/proposal-detail.json';
import recordedPersons from '../../../tests/fixtures/recorded/persons.json';
import recordedSession from '../../../tests/fixtures/recorded/session-detail.json';
import { ApiError } from '../../api/errors';
import type { QueryParams } from '../../api/http';
import { createFakeHttp, renderWithProviders } from '../../testing/render';
import { ProposalPage } from './ProposalPage';

const session = (sessionId: number, startDate: string, endDate: string) => ({
  ...recordedSession.response,
  sessionId,
  session: `blc00001-${sessionId}`,
  visit_number: sessionId,
  startDate,
  endDate,
});

const sessions = [
  recordedSession.response, // 2020 → 2030: current
  session(2, '2099-03-01T09:00:00', '2099-03-02T09:00:00'),
  session(3, '2098-01-01T09:00:00', '2098-01-02T09:00:00'),
  session(4, '2017-05-12T09:30:00', '2017-05-13T08:00:00'),
];

const page = <T,>(results: T[]) => ({ total: results.length, results, skip: 0, limit: 100 });
const serverError = () =>
  new ApiError('server', 'x', { status: 500, serverMessage: 'Internal Server Error' });

interface Answers {
  proposal?: () => unknown;
  sessions?: () => unknown;
  persons?: () => unknown;
  sessionPersons?: () => unknown;
}

function renderPage(answers: Answers = {}, route = '/proposals/blc00001') {
  const {
    proposal = () => recordedProposal.response,
    sessions: sessionsAnswer = () => page(sessions),
    persons = () => {
      throw serverError();
    },
    sessionPersons = () => {
      throw serverError();
    },
  } = answers;
  const get = (path: string, params: QueryParams | undefined) => {
    if (path === '/proposals/blc00001') return proposal();
    if (path === '/sessions' && params?.proposal === 'blc00001') return sessionsAnswer();
    if (path === '/persons' && params?.proposal === 'blc00001') return persons();
    if (path === '/persons' && params?.sessionId !== undefined) return sessionPersons();
    throw new ApiError('not-found', 'x', { status: 404, serverMessage: `${path} not found` });
  };
  return renderWithProviders(<ProposalPage />, {
    http: createFakeHttp({ get }),
    route,
    path: '/proposals/:proposalName',
  });
}

describe('ProposalPage', () => {
  it('shows the proposal and its sessions by phase, current first', async () => {
    renderPage();
    expect(screen.getByRole('heading', { level: 1, name: 'blc00001' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Breadcrumb' })).toHaveTextContent('Proposals');

    expect(await screen.findByText('Test Proposal')).toBeInTheDocument();
    const tabs = await screen.findAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['Upcoming (2)', 'Current (1)', 'Past (1)']);
    expect(screen.getByRole('tab', { name: 'Current (1)' })).toHaveAttribute(
      'aria-selected',
      'true',
    );

    const current = screen.getByRole('table', { name: 'Current sessions of blc00001' });
    expect(within(current).getByRole('link', { name: 'blc00001-1' })).toHaveAttribute(
      'href',
      '/proposals/blc00001/sessions/1',
    );
    expect(within(current).getByText('2020-01-01 00:00')).toBeInTheDocument();
    expect(within(current).getByText('2030-01-01 23:59')).toBeInTheDocument();
  });

  it('keeps the chosen tab in the URL, upcoming soonest first', async () => {
    const { user, router } = renderPage();
    await user.click(await screen.findByRole('tab', { name: 'Upcoming (2)' }));
    expect(router.state.location.search).toBe('?sessions=upcoming');
    const upcoming = screen.getByRole('table', { name: 'Upcoming sessions of blc00001' });
    expect(
      within(upcoming)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['blc00001-3', 'blc00001-2']);
  });

  it('gathers the people from the sessions when the proposal filter fails (py-ispyb defect)', async () => {
    renderPage({ sessionPersons: () => recordedPersons.response });
    const table = await screen.findByRole('table', { name: 'People on proposal blc00001' });
    expect(within(table).getByText('Charles DARWIN')).toBeInTheDocument();
    expect(screen.getByText(/Gathered from the proposal's sessions/)).toBeInTheDocument();
  });

  it('explains the py-ispyb persons defect with the count from the proposal', async () => {
    renderPage({
      proposal: () => ({
        ...recordedProposal.response,
        _metadata: { ...recordedProposal.response._metadata, persons: 3 },
      }),
    });
    expect(
      await screen.findByText('The ISPyB server could not list the people on this proposal'),
    ).toBeInTheDocument();
    expect(screen.getByText(/The proposal has 3 people/)).toHaveTextContent(
      'HTTP 500: “Internal Server Error”',
    );
    // The rest of the page is unaffected.
    expect(
      await screen.findByRole('table', { name: 'Current sessions of blc00001' }),
    ).toBeVisible();
  });

  it('lists the people when the server can', async () => {
    renderPage({ persons: () => recordedPersons.response });
    const table = await screen.findByRole('table', { name: 'People on proposal blc00001' });
    expect(within(table).getByText('Charles DARWIN')).toBeInTheDocument();
    expect(within(table).getAllByText('On site')).toHaveLength(2);
  });

  it('says when a proposal does not exist or is hidden', async () => {
    renderPage({
      proposal: () => {
        throw new ApiError('not-found', 'x', { status: 404, serverMessage: 'Proposal not found' });
      },
    });
    expect(
      await screen.findByText('Proposal blc00001 was not found, or you do not have access to it.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the proposals list' })).toHaveAttribute(
      'href',
      '/proposals',
    );
  });

  it('keeps the page usable when the sessions fail', async () => {
    renderPage({
      sessions: () => {
        throw serverError();
      },
      persons: () => recordedPersons.response,
    });
    expect(await screen.findByText('The ISPyB server failed (HTTP 500)')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: 'People on proposal blc00001' })).toBeVisible();
  });

  it('says when a proposal has no sessions', async () => {
    renderPage({ sessions: () => page([]) });
    expect(await screen.findByText('This proposal has no sessions yet')).toBeInTheDocument();
  });
});
