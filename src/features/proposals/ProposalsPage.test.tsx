import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { QueryParams } from '../../api/http';
import { createSession, setSession } from '../../lib/auth-session';
import { createFakeHttp, renderWithProviders } from '../../testing/render';
import recordedProposals from '../../../tests/fixtures/recorded/proposals.json';
import { ProposalsPage } from './ProposalsPage';

const proposalDto = (i: number) => ({
  proposalId: i,
  proposalCode: 'MX',
  proposalNumber: String(i),
  proposal: `MX${i}`,
  title: `Study ${String.fromCharCode(65 + (i % 26))}`,
  state: i % 3 === 0 ? 'Closed' : 'Open',
  _metadata: { persons: 2, sessions: i % 7, beamLines: ['ID29', 'ID30A-3'] },
});

/** A server holding `count` proposals, answering `search` / `skip` / `limit` like py-ispyb. */
function server(count: number) {
  const all = Array.from({ length: count }, (_, k) => proposalDto(count - k));
  return vi.fn((path: string, params: QueryParams | undefined) => {
    if (path !== '/proposals') throw new Error(`unexpected ${path}`);
    const search = String(params?.search ?? '').toLowerCase();
    const hits = all.filter((p) => `${p.proposal} ${p.title}`.toLowerCase().includes(search));
    const skip = Number(params?.skip ?? 0);
    const limit = Number(params?.limit ?? 25);
    return { total: hits.length, results: hits.slice(skip, skip + limit), skip, limit };
  });
}

function renderPage(get: ReturnType<typeof server>, route = '/proposals') {
  return renderWithProviders(<ProposalsPage />, {
    http: createFakeHttp({ get }),
    route,
    path: '/proposals',
  });
}

afterEach(() => setSession(undefined));

describe('ProposalsPage', () => {
  it('lists the recorded proposals of a visitor', async () => {
    setSession(createSession('t', 'efgh', []));
    renderWithProviders(<ProposalsPage />, {
      http: createFakeHttp({ get: () => recordedProposals.response }),
      route: '/proposals',
      path: '/proposals',
    });
    const table = await screen.findByRole('table', { name: 'Proposals 1–2 of 2' });
    const link = within(table).getByRole('link', { name: 'MX1' });
    expect(link).toHaveAttribute('href', '/proposals/MX1');
    const row = link.closest('tr');
    expect(row).not.toBeNull();
    expect(within(row as HTMLElement).getByText('Open')).toBeInTheDocument();
    expect(within(row as HTMLElement).getByText('BL01, BL02')).toBeInTheDocument();
    expect(screen.queryByText(/You see every proposal/)).not.toBeInTheDocument();
    expect(
      screen.queryByRole('navigation', { name: 'Pages of proposals' }),
    ).not.toBeInTheDocument();
  });

  it('tells staff that they see every proposal', async () => {
    setSession(createSession('t', 'abcd', ['all_proposals']));
    renderPage(server(3));
    expect(await screen.findByText('You see every proposal (staff).')).toBeInTheDocument();
  });

  it('searches after typing stops, from page 1, keeping the search in the URL', async () => {
    const get = server(45);
    const { user, router } = renderPage(get, '/proposals?page=2');
    await screen.findByRole('table', { name: 'Proposals 21–40 of 45' });

    await user.type(screen.getByRole('searchbox', { name: 'Search proposals' }), ' MX4 ');
    expect(await screen.findByRole('table', { name: 'Proposals 1–7 of 7' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?search=MX4');
    expect(get).toHaveBeenLastCalledWith('/proposals', { search: 'MX4', skip: 0, limit: 20 });
    // Debounced: not one request per keystroke.
    expect(get.mock.calls.filter(([, p]) => p?.search).length).toBe(1);
  });

  it('says when nothing matches the search', async () => {
    renderPage(server(5), '/proposals?search=zzz');
    expect(await screen.findByText('No proposals match “zzz”')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search proposals' })).toHaveValue('zzz');
  });

  it('tells a visitor without proposals how to get one', async () => {
    setSession(createSession('t', 'nobody', []));
    renderPage(server(0));
    expect(await screen.findByText('You are not a member of any proposal yet')).toBeInTheDocument();
  });

  it('sorts the page by a column, both ways, in the URL', async () => {
    const { user, router } = renderPage(server(5));
    await screen.findByRole('table');
    const header = () => screen.getByRole('columnheader', { name: /Sessions/ });
    expect(header()).not.toHaveAttribute('aria-sort');

    await user.click(within(header()).getByRole('button', { name: 'Sessions' }));
    expect(header()).toHaveAttribute('aria-sort', 'ascending');
    expect(router.state.location.search).toBe('?sort=sessions');
    const counts = () =>
      screen
        .getAllByRole('row')
        .slice(1)
        .map((row) => within(row).getAllByRole('cell')[4]?.textContent);
    expect(counts()).toEqual(['1', '2', '3', '4', '5']);

    await user.click(within(header()).getByRole('button', { name: 'Sessions' }));
    expect(header()).toHaveAttribute('aria-sort', 'descending');
    expect(router.state.location.search).toBe('?sort=sessions&dir=desc');
    expect(counts()).toEqual(['5', '4', '3', '2', '1']);
  });

  it('pages through the list', async () => {
    const get = server(45);
    const { user, router } = renderPage(get);
    await screen.findByRole('table', { name: 'Proposals 1–20 of 45' });
    const pages = screen.getByRole('navigation', { name: 'Pages of proposals' });
    await user.click(within(pages).getByRole('button', { name: 'Page 3' }));
    expect(await screen.findByRole('table', { name: 'Proposals 41–45 of 45' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?page=3');
    expect(get).toHaveBeenLastCalledWith('/proposals', { search: undefined, skip: 40, limit: 20 });
  });

  it('keeps the current page on screen, marked as updating, while the next one loads', async () => {
    const answer = server(45);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const get = vi.fn(async (path: string, params: QueryParams | undefined) => {
      if (params?.skip) await gate;
      return answer(path, params);
    });
    const { user } = renderWithProviders(<ProposalsPage />, {
      http: createFakeHttp({ get }),
      route: '/proposals',
      path: '/proposals',
    });
    await screen.findByRole('table', { name: 'Proposals 1–20 of 45' });
    await user.click(screen.getByRole('button', { name: 'Page 2' }));

    expect(await screen.findByText('Updating…')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Proposals 1–20 of 45' })).toBeInTheDocument();
    release();
    expect(await screen.findByRole('table', { name: 'Proposals 21–40 of 45' })).toBeInTheDocument();
    expect(screen.queryByText('Updating…')).not.toBeInTheDocument();
  });

  it('offers the first page when the URL points past the end', async () => {
    const { user } = renderPage(server(5), '/proposals?page=9');
    expect(await screen.findByText('There is no page 9')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Go to the first page' }));
    expect(await screen.findByRole('table', { name: 'Proposals 1–5 of 5' })).toBeInTheDocument();
  });

  it('shows a failure with Retry, keeping the search box usable', async () => {
    let fail = true;
    const get = vi.fn(() => {
      if (fail) throw new Error('boom');
      return { total: 0, results: [], skip: 0, limit: 20 };
    });
    const { user } = renderWithProviders(<ProposalsPage />, {
      http: createFakeHttp({ get }),
      route: '/proposals',
      path: '/proposals',
    });
    expect(await screen.findByText('Unexpected error')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search proposals' })).toBeEnabled();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('You are not a member of any proposal yet')).toBeInTheDocument();
  });
});
