import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import allBranches from '../../../tests/fixtures/responses-all-branches.json';
import { ApiError } from '../../api/errors';
import type { QueryParams } from '../../api/http';
import { createFakeHttp, renderWithProviders } from '../../testing/render';
import { DevicesPage } from './DevicesPage';

type Entries = Record<string, { path: string; status: number; response: unknown }[]>;
const branches = allBranches as unknown as Entries;

function recorded(branch: string, path: string): unknown {
  const entry = branches[branch]?.find((e) => e.path === path && e.status === 200);
  if (!entry) throw new Error(`no ${path} on ${branch}`);
  return entry.response;
}

interface Event {
  type: string;
  Item: Record<string, unknown> & { DataCollectionGroup: Record<string, unknown> };
  [key: string]: unknown;
}

/**
 * The ssx-events line's session 1 (an SSX-Chip group on sample 2, an OSC group on sample 1),
 * plus a jet experiment on sample 3 written from the chip one.
 */
function proposalEvents() {
  const page = recorded('ssx-events', '/events?sessionId=1') as { results: Event[] };
  const dc = page.results.filter((e) => e.type === 'dc');
  const chip = dc.find((e) => e.Item.DataCollectionGroup.experimentType === 'SSX-Chip');
  if (!chip) throw new Error('no chip group');
  const jet: Event = {
    ...chip,
    id: 9,
    blSampleId: 3,
    blSample: 'lyso_jet',
    count: 5,
    startTime: '2023-01-21T10:00:00',
    Item: {
      ...chip.Item,
      dataCollectionId: 9,
      DataCollectionGroup: { dataCollectionGroupId: 7, experimentType: 'SSX-Jet', blSampleId: 3 },
      SSXDataCollection: {
        dataCollectionId: 9,
        jetSize: 4,
        jetSpeed: 30,
        chipModel: null,
        chipPattern: null,
      },
    },
  };
  const results = [jet, ...dc];
  return { total: results.length, results, skip: 0, limit: 100 };
}

function renderPage() {
  const asked: string[] = [];
  const get = (path: string, params: QueryParams | undefined) => {
    asked.push(path);
    if (path === '/events' && params?.proposal === 'MX1234') return proposalEvents();
    if (path === '/samples/2') return recorded('ssx-samples', '/samples/2');
    throw new ApiError('not-found', `no ${path}`, { status: 404 });
  };
  const rendered = renderWithProviders(<DevicesPage />, {
    http: createFakeHttp({ get }),
    route: '/proposals/MX1234/devices',
    path: '/proposals/:proposalName/devices',
  });
  return { ...rendered, asked };
}

// These pages start many reads at once (one per run); give a loaded CI machine time.
configure({ asyncUtilTimeout: 5_000 });

describe('DevicesPage', { timeout: 20_000 }, () => {
  it('lists the devices of the proposal’s experiments, each with its experiments', async () => {
    const { asked } = renderPage();
    expect(screen.getByRole('heading', { level: 1, name: 'Delivery devices' })).toBeInTheDocument();

    const chip = await screen.findByRole('region', { name: 'Fixed-target chip (Oxford)' });
    expect(
      within(chip).getByRole('img', { name: /8 × 8 blocks of 20 × 20 apertures/ }),
    ).toBeInTheDocument();
    expect(within(chip).getByText('1 experiment, 1 run.')).toBeInTheDocument();
    expect(within(chip).getByRole('link', { name: 'SSX-Chip · 2' })).toHaveAttribute(
      'href',
      '/proposals/MX1234/sessions/1/groups/2',
    );
    expect(within(chip).getByRole('link', { name: '2' })).toHaveAttribute(
      'href',
      '/proposals/MX1234/sessions/1/groups/2?run=2&tab=device',
    );
    expect(within(chip).getByText('pattern “full”')).toBeInTheDocument();

    const jet = screen.getByRole('region', { name: 'Liquid jet' });
    expect(within(jet).getByText('4 µm')).toBeInTheDocument();
    expect(within(jet).getByText('30 m/s')).toBeInTheDocument();
    expect(within(jet).getByRole('link', { name: 'lyso_jet' })).toHaveAttribute(
      'href',
      '/proposals/MX1234/samples/3',
    );

    // the chip comes first; the pin experiment is summed up, not listed
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['Fixed-target chip (Oxford)', 'Liquid jet']);
    expect(
      screen.getByText(
        'Also 1 rotation experiment on pins (classic MX), listed on the session pages.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/1 sample could not be read/)).toBeInTheDocument();
    // the classic group's sample is not read: it cannot change its device
    expect(asked.filter((p) => p.startsWith('/samples/')).sort()).toEqual([
      '/samples/2',
      '/samples/3',
    ]);
  });

  it('says when the proposal has no experiments', async () => {
    renderWithProviders(<DevicesPage />, {
      http: createFakeHttp({ get: () => ({ total: 0, results: [], skip: 0, limit: 100 }) }),
      route: '/proposals/MX9/devices',
      path: '/proposals/:proposalName/devices',
    });
    expect(await screen.findByText('No experiments in this proposal yet')).toBeInTheDocument();
  });
});
