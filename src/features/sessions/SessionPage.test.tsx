import { configure, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import recordedEvents from '../../../tests/fixtures/recorded/events-datacollections-ssx.json';
import recordedPersons from '../../../tests/fixtures/recorded/persons.json';
import recordedSession from '../../../tests/fixtures/recorded/session-detail.json';
import { ApiError } from '../../api/errors';
import type { QueryParams } from '../../api/http';
import type * as DownloadModule from '../../lib/download';
import { downloadBlob } from '../../lib/download';
import { createFakeHttp, renderWithProviders } from '../../testing/render';
import { fakeSessionServer, type FakeGroup, type FakeSessionOptions } from './fake-session-server';
import { SessionPage } from './SessionPage';

vi.mock('../../lib/download', async (importOriginal) => ({
  ...(await importOriginal<typeof DownloadModule>()),
  downloadBlob: vi.fn(),
}));

afterEach(() => {
  vi.mocked(downloadBlob).mockClear();
});

// A whole page with a filterable table renders slowly in jsdom, more so on a busy machine.
configure({ asyncUtilTimeout: 5_000 });

type Get = (path: string, params: QueryParams | undefined) => unknown;

interface Answers {
  session?: () => unknown;
  /** Everything but the session and its people. */
  get?: Get;
}

/** The recorded W answers: grouped events, and no run-by-run detail beyond them. */
const recordedGet: Get = (path, params) => {
  if (path === '/events' && params?.sessionId === 1) return recordedEvents.response;
  if (path === '/events' && params?.dataCollectionGroupId !== undefined) {
    const results = recordedEvents.response.results
      .filter(
        (e) => e.Item.DataCollectionGroup.dataCollectionGroupId === params.dataCollectionGroupId,
      )
      .map((e) => ({ ...e, count: 1 }));
    return { total: results.length, results, skip: 0, limit: 100 };
  }
  throw new ApiError('not-found', 'Not found', { status: 404, url: path });
};

function renderPage(route: string, answers: Answers = {}) {
  const { session = () => recordedSession.response, get = recordedGet } = answers;
  const http = createFakeHttp({
    get: (path, params) => {
      if (path === '/sessions/1') return session();
      if (path === '/persons' && params?.sessionId === 1) return recordedPersons.response;
      return get(path, params);
    },
  });
  return renderWithProviders(<SessionPage />, {
    http,
    route,
    path: '/proposals/:proposalName/sessions/:sessionId',
  });
}

const GROUPS: FakeGroup[] = [
  {
    id: 12022,
    type: 'SSX-Chip',
    sample: 'PYP_slurry_A',
    chipModel: 'Oxford chip',
    runs: [
      {
        id: 40029,
        start: '2023-01-25T10:00:00',
        end: '2023-01-25T10:20:00',
        timing: 'dark',
        stats: { hits: 4_000, indexed: 3_000, resolution: 1.8 },
      },
      {
        id: 40030,
        start: '2023-01-25T10:30:00',
        end: '2023-01-25T10:50:00',
        timing: [1e-6],
        stats: { hits: 5_000, indexed: 2_500, resolution: 1.6 },
      },
    ],
  },
  {
    id: 12016,
    type: 'SSX-Jet',
    sample: 'HEWL_slurry_1',
    runs: [
      {
        id: 40020,
        start: '2023-01-25T14:00:00',
        end: '2023-01-25T14:30:00',
        timing: [0.05],
        stats: { hits: 2_000, indexed: 1_000 },
      },
      { id: 40021, start: '2023-01-25T15:00:00', end: '2023-01-25T15:30:00', timing: [2] },
    ],
  },
  {
    id: 12001,
    type: 'OSC',
    sample: 'PYP_xtal_01',
    runs: [{ id: 40001, start: '2023-01-25T12:00:00', end: '2023-01-25T12:05:00', images: 3_600 }],
  },
];

function ssxServer(options: Partial<FakeSessionOptions> = {}) {
  return fakeSessionServer({
    sessionId: 1,
    sessionName: 'blc00001-1',
    proposal: 'blc00001',
    groups: GROUPS,
    ...options,
  });
}

async function experimentRows() {
  const table = await screen.findByRole('table', { name: /Experiments .* of blc00001-1/ });
  return within(table).getAllByRole('row').slice(1);
}

/** The group ids of the rows, read from their links, in order. */
async function shownIds(): Promise<number[]> {
  return (await experimentRows()).map((row) => {
    const href = within(row).getByRole('link').getAttribute('href') ?? '';
    return Number(href.split('/').at(-1));
  });
}

const waitForSummaries = () => screen.findAllByText('All successful');

/** Waits for the rows to settle on `ids` (a navigation re-renders after it resolves). */
const expectIds = (ids: number[]) => waitFor(async () => expect(await shownIds()).toEqual(ids));

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(blob);
  });
}

describe('SessionPage', { timeout: 30_000 }, () => {
  it('shows the session, its experiments (newest first) and its people', async () => {
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

    const rows = await experimentRows();
    expect(rows).toHaveLength(2);
    const first = within(rows[0] as HTMLElement);
    expect(first.getByRole('link', { name: 'SSX-Chip, group 2' })).toHaveAttribute(
      'href',
      '/proposals/blc00001/sessions/1/groups/2',
    );
    expect(first.getByText('SSX')).toBeInTheDocument();
    expect(first.getByText('HEWL_chip_A')).toBeInTheDocument();
    expect(first.getByText('Fixed-target chip')).toBeInTheDocument();
    expect(first.getByText('2023-01-25 10:05')).toBeInTheDocument();
    expect(first.getByText('1 h 10 min')).toBeInTheDocument();
    expect(await first.findByText('25 600')).toBeInTheDocument();

    const people = await screen.findByRole('table', { name: 'People on session blc00001-1' });
    expect(within(people).getByText('Test User')).toBeInTheDocument();
  });

  it('says "not provided by this server" where a server has no /ssx or event chains', async () => {
    renderPage('/proposals/blc00001/sessions/1?hit=50');
    const table = await screen.findByRole('table', { name: /Experiments/ });
    expect(
      await within(table).findByRole('columnheader', { name: 'Hit / indexing rate, resolution' }),
    ).toBeInTheDocument();
    const ssxRow = within(table).getAllByRole('row')[1] as HTMLElement;
    // delay and processing columns of the SSX row; the classic row has nothing to provide
    expect(within(ssxRow).getAllByText('not provided by this server')).toHaveLength(2);
    const classicRow = within(table).getAllByRole('row')[2] as HTMLElement;
    expect(within(classicRow).queryByText('not provided by this server')).toBeNull();
    // the filters on those facets are off, and the one in the URL is ignored, not applied
    expect(screen.getByRole('textbox', { name: 'Pump–probe delay' })).toBeDisabled();
    expect(screen.getByRole('textbox', { name: 'Hit rate, at least (%)' })).toBeDisabled();
    expect(screen.getByText(/Showing 2 of 2 experiments/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the SSX facets of every experiment', async () => {
    renderPage('/proposals/blc00001/sessions/1', { get: ssxServer().get });
    await waitForSummaries();
    expect(await shownIds()).toEqual([12016, 12001, 12022]);
    const chip = within(
      (await experimentRows()).find((r) => within(r).queryByText('PYP_slurry_A')) as HTMLElement,
    );
    expect(chip.getByText('1 µs')).toBeInTheDocument();
    expect(chip.getByText('pump–probe, with dark run')).toBeInTheDocument();
    expect(chip.getByText('20 000')).toBeInTheDocument();
    expect(chip.getByText('45.0 %')).toBeInTheDocument();
    expect(chip.getByText('61.1 %')).toBeInTheDocument();
    expect(chip.getByText('1.60 Å')).toBeInTheDocument();
    expect(chip.getByText('Oxford chip')).toBeInTheDocument();
    const jet = within((await experimentRows())[0] as HTMLElement);
    expect(jet.getByText('50 ms, 2 s')).toBeInTheDocument();
    expect(jet.getByText('Results missing')).toBeInTheDocument();
    expect(jet.getByText('1 of 2 runs')).toBeInTheDocument();
  });

  it('filters and sorts from the URL, and writes changes back to it', async () => {
    const { router, user } = renderPage(
      '/proposals/blc00001/sessions/1?type=SSX-Chip,SSX-Jet&sort=hitRate&dir=desc',
      { get: ssxServer().get },
    );
    await waitForSummaries();
    expect(await shownIds()).toEqual([12022, 12016]);
    expect(screen.getByText('Showing 2 of 3 experiments (1 filter)')).toBeInTheDocument();
    const hitRate = screen.getByRole('columnheader', { name: /Hit.rate/ });
    expect(hitRate).toHaveAttribute('aria-sort', 'descending');

    await user.click(within(hitRate).getByRole('button'));
    await waitFor(() => expect(router.state.location.search).toContain('sort=hitRate'));
    expect(router.state.location.search).not.toContain('dir=desc');
    expect(await shownIds()).toEqual([12016, 12022]);

    await user.click(screen.getByRole('button', { name: /Runs/ }));
    await waitFor(() => expect(router.state.location.search).toContain('sort=runs'));

    await user.type(screen.getByRole('searchbox', { name: 'Sample' }), 'hewl{Enter}');
    await waitFor(() => expect(router.state.location.search).toContain('sample=hewl'));
    expect(await shownIds()).toEqual([12016]);
  });

  it('applies the SSX facets: delay, status, rates', async () => {
    const { router } = renderPage('/proposals/blc00001/sessions/1?delay=dark', {
      get: ssxServer().get,
    });
    await waitForSummaries();
    await expectIds([12022]);
    await router.navigate('/proposals/blc00001/sessions/1?status=results-missing');
    await expectIds([12016]);
    await router.navigate('/proposals/blc00001/sessions/1?dmin=1e-3&dmax=1');
    await expectIds([12016]);
    await router.navigate('/proposals/blc00001/sessions/1?indexed=55');
    await expectIds([12022]);
  });

  it('offers to clear filters that leave nothing', async () => {
    const { router, user } = renderPage('/proposals/blc00001/sessions/1?sample=zzz&sort=runs', {
      get: ssxServer().get,
    });
    expect(await screen.findByText('No experiment matches these filters')).toBeInTheDocument();
    const clear = screen.getAllByRole('button', { name: 'Clear filters' });
    await user.click(clear.at(-1) as HTMLElement);
    await waitFor(() => expect(router.state.location.search).toBe('?sort=runs'));
    expect(await shownIds()).toHaveLength(3);
    expect(screen.getByRole('searchbox', { name: 'Sample' })).toHaveValue('');
  });

  it('exports the filtered table as CSV', async () => {
    const { user } = renderPage('/proposals/blc00001/sessions/1?type=SSX-Chip', {
      get: ssxServer().get,
    });
    await waitForSummaries();
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    const [blob, name] = vi.mocked(downloadBlob).mock.calls[0] ?? [];
    expect(name).toBe('blc00001-1-experiments.csv');
    const lines = (await readBlob(blob as Blob)).trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^12022,SSX-Chip,yes,PYP_slurry_A,Fixed-target chip,0\.000001,yes,2,/);
    expect(lines[1]).toMatch(/,45,61\.11,1\.6,All successful,/);
  });

  it('refreshes live while the session is on, and can be paused', async () => {
    const { user, queryClient } = renderPage('/proposals/blc00001/sessions/1', {
      get: ssxServer().get,
    });
    await waitForSummaries();
    /** How the table's observers poll: every 10 s, never while the tab is hidden. */
    const polling = () =>
      [
        ['sessions', 1, 'groups'],
        ['sessions', 1, 'groups', 'summaries'],
      ].map((queryKey) => {
        const observers = queryClient.getQueryCache().find({ queryKey, exact: true })?.observers;
        const options = observers?.[0]?.options;
        return [options?.refetchInterval, options?.refetchIntervalInBackground];
      });
    expect(polling()).toEqual([
      [10_000, false],
      [10_000, false],
    ]);
    expect(screen.getByText('Live, every 10 s')).toBeInTheDocument();
    expect(screen.getByText(/Updated \d+ s ago/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Pause live updates' }));
    expect(screen.getByText('Live updates paused')).toBeInTheDocument();
    expect(polling()).toEqual([
      [false, false],
      [false, false],
    ]);
    await user.click(screen.getByRole('button', { name: 'Resume live updates' }));
    expect(screen.getByText('Live, every 10 s')).toBeInTheDocument();
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
      get: (path) => {
        if (path === '/events')
          throw new ApiError('contract', 'x', { field: 'results[0].startTime' });
        throw new ApiError('not-found', 'x', { status: 404 });
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

  it('keeps the table when the runs cannot be read, and says so', async () => {
    renderPage('/proposals/blc00001/sessions/1', {
      get: (path, params) => {
        if (path === '/events' && params?.dataCollectionGroupId !== undefined) {
          throw new ApiError('server', 'The ISPyB server failed (HTTP 500).', { status: 500 });
        }
        return recordedGet(path, params);
      },
    });
    expect(
      // the prefetch fails, then the table's own read on mount
      await screen.findByText(/The runs of these experiments could not be read/, undefined, {
        timeout: 10_000,
      }),
    ).toBeInTheDocument();
    expect(await experimentRows()).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('says when a session has no data collections', async () => {
    renderPage('/proposals/blc00001/sessions/1', {
      get: () => ({ total: 0, results: [], skip: 0, limit: 100 }),
    });
    expect(await screen.findByText('No data collections in this session yet')).toBeInTheDocument();
  });
});
