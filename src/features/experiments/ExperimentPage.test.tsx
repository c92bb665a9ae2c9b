import { configure, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import openapi192 from '../../../tests/fixtures/openapi/openapi-192-implement-ssx-fundamentals.json';
import openapiWebservice from '../../../tests/fixtures/openapi/openapi.json';
import recordedChains from '../../../tests/fixtures/recorded/eventchains.json';
import allBranches from '../../../tests/fixtures/responses-all-branches.json';
import { ApiError } from '../../api/errors';
import type { QueryParams } from '../../api/http';
import { createFakeHttp, renderWithProviders } from '../../testing/render';
import { ExperimentPage } from './ExperimentPage';

/** `testing/fixtures` reads files from disk, which the jsdom environment cannot: import them. */
const OPENAPI: Record<string, unknown> = {
  'openapi.json': openapiWebservice,
  '192': openapi192,
};

function branchResponse(branch: string, path: string): unknown {
  const entries = (
    allBranches as unknown as Record<string, { path: string; status: number; response: unknown }[]>
  )[branch];
  const entry = entries?.find((e) => e.path === path && e.status === 200);
  if (!entry) throw new Error(`no ${path} on ${branch}`);
  return entry.response;
}

const PATH = '/proposals/:proposalName/sessions/:sessionId/groups/:groupId';
const BASE = '/proposals/MX1234/sessions/1/groups/2';

interface EventPage {
  results: Record<string, unknown>[];
}

/** The recorded SSX-Chip `dc` event of a branch (group 2 of session 1, proposal MX1234). */
function recordedSsxEvent(branch: 'ssx-events' | 'ssx-webservice'): Record<string, unknown> {
  const page = branchResponse(branch, '/events?sessionId=1') as EventPage;
  const event = page.results.find(
    (e) =>
      e.type === 'dc' &&
      (e.Item as { DataCollectionGroup: { experimentType: string } }).DataCollectionGroup
        .experimentType === 'SSX-Chip',
  );
  if (!event) throw new Error('no SSX event recorded');
  return event;
}

/** `n` runs of group 2, one ungrouped event each, starting at 1000, one minute apart. */
function runEvents(n: number, branch: 'ssx-events' | 'ssx-webservice' = 'ssx-events') {
  const base = recordedSsxEvent(branch);
  const item = base.Item as Record<string, unknown>;
  return Array.from({ length: n }, (_, i) => {
    const id = 1000 + i;
    const hh = String(10 + Math.floor(i / 60)).padStart(2, '0');
    const mm = String(i % 60).padStart(2, '0');
    return {
      ...base,
      id,
      count: 1,
      startTime: `2023-01-20T${hh}:${mm}:00`,
      endTime: `2023-01-20T${hh}:${mm}:40`,
      duration: 0.67,
      Item: {
        ...item,
        dataCollectionId: id,
        numberOfImages: 10_000,
        SSXDataCollection: item.SSXDataCollection
          ? { ...(item.SSXDataCollection as object), dataCollectionId: id }
          : item.SSXDataCollection,
      },
    };
  });
}

interface Options {
  runs?: Record<string, unknown>[];
  openapi?: string;
  /** hits per run id; runs not listed have no summary */
  hits?: (id: number) => number | undefined;
}

function renderPage(
  route: string,
  { runs = runEvents(4), openapi = 'openapi.json', hits }: Options = {},
) {
  const requests: { path: string; params: QueryParams | undefined }[] = [];
  const get = (path: string, params: QueryParams | undefined) => {
    requests.push({ path, params });
    if (path === '/openapi.json') return OPENAPI[openapi];
    if (path === '/events' && params?.dataCollectionGroupId === 2) {
      const skip = Number(params.skip);
      const limit = Number(params.limit);
      return { total: runs.length, results: runs.slice(skip, skip + limit), skip, limit };
    }
    if (path === '/ssx/datacollection/processing/stats') {
      return String(params?.dataCollectionIds)
        .split(',')
        .map(Number)
        .flatMap((id) => {
          const h = hits ? hits(id) : 4000;
          return h === undefined
            ? []
            : [
                {
                  dataCollectionId: id,
                  nbHits: h,
                  nbIndexed: h / 2,
                  laticeType: 'tetragonal',
                  estimatedResolution: 1.8,
                },
              ];
        });
    }
    if (path === '/eventchains') {
      const id = Number(params?.dataCollectionId);
      const page = recordedChains.response;
      // the first run is dark (its chain has no laser), the others the recorded 1 ms pump–probe
      if (id === 1000) {
        const [chain] = page.results;
        return {
          ...page,
          results: [
            {
              ...chain,
              dataCollectionId: id,
              events: chain?.events.filter((e) => e.eventTypeId !== 3) ?? [],
            },
          ],
        };
      }
      return {
        ...page,
        results: page.results.map((c) => ({ ...c, dataCollectionId: id })),
      };
    }
    if (path === '/eventchain')
      return branchResponse('192-implement-ssx-fundamentals', '/eventchain?dataCollectionId=2');
    if (path === '/processings/status') return { dataCollections: {} };
    if (path === '/samples/2') throw new ApiError('not-found', 'x', { status: 404 });
    throw new ApiError('not-found', `unexpected ${path}`, { status: 404 });
  };
  const rendered = renderWithProviders(<ExperimentPage />, {
    http: createFakeHttp({ get }),
    route,
    path: PATH,
  });
  return { ...rendered, requests };
}

async function runsTable() {
  return screen.findByRole('table', { name: /runs? of this experiment/ }, { timeout: 10_000 });
}

// These pages start many reads at once (one per run); give a loaded CI machine time.
configure({ asyncUtilTimeout: 5_000 });

describe('ExperimentPage', { timeout: 20_000 }, () => {
  // 130 runs: two pages of /events, three stats requests, 130 event-chain reads
  it(
    'shows the experiment, its funnel and every run, read page by page',
    { timeout: 60_000 },
    async () => {
      const { requests } = renderPage(BASE, { runs: runEvents(130) });
      expect(
        await screen.findByRole('heading', {
          level: 1,
          name: 'SSX-Chip experiment on hewl_slurry_1',
        }),
      ).toBeInTheDocument();
      const table = await runsTable();
      expect(table).toHaveAccessibleName('All 130 runs of this experiment');
      expect(within(table).getAllByRole('row')).toHaveLength(131);
      // the first two reads; the test client has no staleTime, so a slow jsdom render may
      // read them a second time
      expect(
        requests
          .filter((r) => r.path === '/events')
          .slice(0, 2)
          .map((r) => r.params?.skip),
      ).toEqual([0, 100]);
      // stats asked in chunks, never one id list of 130
      const statRequests = requests.filter(
        (r) => r.path === '/ssx/datacollection/processing/stats',
      );
      expect(statRequests.length).toBeGreaterThanOrEqual(3);

      // funnel: 130 runs × 10 000 images, 4000 hits and 2000 indexed each
      const funnel = within(screen.getByRole('region', { name: 'Hits and indexing' }));
      expect(await funnel.findByText('1 300 000', {}, { timeout: 10_000 })).toBeInTheDocument();
      expect(funnel.getByText('40.0 %')).toBeInTheDocument();
      expect(funnel.getByText('(good)')).toBeInTheDocument();
      expect(funnel.getByText('50.0 %')).toBeInTheDocument();
      expect(funnel.getByText('(fair)')).toBeInTheDocument();

      // header facts
      // breadcrumb and fact
      const sessionLinks = screen.getAllByRole('link', { name: 'MX1234-1' });
      expect(sessionLinks).toHaveLength(2);
      for (const link of sessionLinks) {
        expect(link).toHaveAttribute('href', '/proposals/MX1234/sessions/1');
      }
      expect(screen.getByRole('link', { name: 'hewl_slurry_1' })).toHaveAttribute(
        'href',
        '/proposals/MX1234/samples/2',
      );
      expect(await screen.findByText('Not served by this server')).toBeInTheDocument();
      expect(screen.getAllByText('Fixed-target chip (Oxford)').length).toBeGreaterThan(0);
    },
  );

  it(
    'selects the latest run by default and another run through the URL or a click',
    { timeout: 20_000 },
    async () => {
      const { router, user } = renderPage(`${BASE}?run=1001`);
      expect(await screen.findByRole('heading', { level: 2, name: 'Run #2' })).toBeInTheDocument();
      const table = await runsTable();
      const rows = within(table).getAllByRole('row').slice(1);
      expect(rows[1]).toHaveAttribute('aria-current', 'true');

      await user.click(within(table).getByRole('link', { name: /^Run 4 / }));
      expect(await screen.findByRole('heading', { level: 2, name: 'Run #4' })).toBeInTheDocument();
      expect(router.state.location.search).toBe('?run=1003');

      // a click anywhere on a row selects it too
      const row3 = within(table).getAllByRole('row')[3] as HTMLElement;
      await user.click(within(row3).getAllByRole('cell')[2] as HTMLElement);
      expect(await screen.findByRole('heading', { level: 2, name: 'Run #3' })).toBeInTheDocument();
      expect(router.state.location.search).toBe('?run=1002');

      // keyboard: the run link is focusable and follows on Enter
      const link1 = within(table).getByRole('link', { name: /^Run 1 / });
      link1.focus();
      await user.keyboard('{Enter}');
      expect(await screen.findByRole('heading', { level: 2, name: 'Run #1' })).toBeInTheDocument();
    },
  );

  it(
    'keeps the tab in the URL and says when the run is not part of the experiment',
    { timeout: 20_000 },
    async () => {
      const { router, user } = renderPage(`${BASE}?run=99&tab=device`);
      expect(await screen.findByText('Run not in this experiment')).toBeInTheDocument();
      expect(screen.getByRole('heading', { level: 2, name: 'Run #4' })).toBeInTheDocument();
      expect(screen.getByRole('tab', { name: 'Device' })).toHaveAttribute('aria-selected', 'true');
      expect(
        await screen.findByRole('img', { name: /8 × 8 blocks of 20 × 20 apertures/ }),
      ).toBeInTheDocument();
      expect(
        screen.getByText(/The server does not serve this sample, so its support/),
      ).toBeInTheDocument();

      await user.click(screen.getByRole('tab', { name: 'Run parameters' }));
      // the tab change pins the run actually shown
      await waitFor(() => expect(router.state.location.search).toBe('?run=1003'));
      expect(await screen.findByText('231.25 Hz')).toBeInTheDocument();
      expect(screen.getByText('Oxford')).toBeInTheDocument();
    },
  );

  it('says when the server does not send the SSX parameters instead of showing blanks', async () => {
    renderPage(`${BASE}?run=1000`, { runs: runEvents(2, 'ssx-webservice') });
    expect(
      await screen.findByText(
        'This ISPyB server does not provide the SSX parameters (repetition rate, chip, jet, laser…).',
      ),
    ).toBeInTheDocument();
    // the rest of the parameters are still shown, with their units and both forms
    expect(screen.getByText('0.976 Å')).toBeInTheDocument();
    expect(screen.getByText('12.703 keV')).toBeInTheDocument();
    expect(screen.getByText('4 × 2 µm (stored in mm)')).toBeInTheDocument();
    expect(screen.getByText('10 ms')).toBeInTheDocument();
    expect(screen.getByText('3 × 10¹² ph/s')).toBeInTheDocument();
  });

  it('reads pump–probe delays from each run’s event chains, dark without a laser', async () => {
    renderPage(BASE);
    const table = await runsTable();
    const rows = within(table).getAllByRole('row').slice(1);
    await waitFor(() =>
      expect(within(rows[0] as HTMLElement).getByText('dark')).toBeInTheDocument(),
    );
    await waitFor(() =>
      expect(within(rows[1] as HTMLElement).getByText('1 ms')).toBeInTheDocument(),
    );
  });

  it('sorts the runs and keeps the sort in the URL', async () => {
    const hits = (id: number) => (id === 1002 ? undefined : (id - 999) * 1000);
    const { router, user } = renderPage(BASE, { hits });
    const table = await runsTable();
    await waitFor(() => expect(within(table).getAllByText('tetragonal')).toHaveLength(3));
    await user.click(within(table).getByRole('button', { name: 'Hit rate' }));
    expect(router.state.location.search).toBe('?sort=hitRate&dir=desc');
    const order = () =>
      within(table)
        .getAllByRole('link', { name: /^Run \d/ })
        .map((a) => a.textContent);
    expect(order()).toEqual(['#4', '#2', '#1', '#3']);
    expect(screen.getByText(/1 of 4 runs has no processing/)).toBeInTheDocument();
  });

  it('uses the rate thresholds of the URL', async () => {
    renderPage(`${BASE}?hitGood=60&hitPoor=45`);
    expect((await screen.findAllByText('(poor)')).length).toBeGreaterThan(0);
    expect(await screen.findByText(/hit rate ≥ 60 %/)).toBeInTheDocument();
  });

  it('moves an experiment shown under the wrong session to its own', async () => {
    const { router } = renderPage('/proposals/MX1234/sessions/7/groups/2?tab=sample');
    await waitFor(() =>
      expect(router.state.location.pathname).toBe('/proposals/MX1234/sessions/1/groups/2'),
    );
    expect(router.state.location.search).toBe('?tab=sample');
  });

  it('says when the group has no run the user can see', async () => {
    renderPage(BASE, { runs: [] });
    expect(await screen.findByText(/has no data collection you can see/)).toBeInTheDocument();
  });

  it('treats a non-numeric group id as not found, without asking the server', () => {
    const { requests } = renderPage('/proposals/MX1234/sessions/1/groups/abc');
    expect(screen.getByText('“abc” is not a data collection group number.')).toBeInTheDocument();
    expect(requests).toHaveLength(0);
  });
});
