import { configure, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import openapiSamples from '../../../tests/fixtures/openapi/openapi-ssx-samples.json';
import openapiWebservice from '../../../tests/fixtures/openapi/openapi.json';
import recordedEvents from '../../../tests/fixtures/recorded/events-datacollections-ssx.json';
import recordedSample from '../../../tests/fixtures/recorded/sample-detail.json';
import allBranches from '../../../tests/fixtures/responses-all-branches.json';
import { ApiError } from '../../api/errors';
import type { QueryParams } from '../../api/http';
import { createFakeHttp, renderWithProviders } from '../../testing/render';
import { SamplePage } from './SamplePage';

type Entries = Record<string, { path: string; status: number; response: unknown }[]>;

/** The ssx-samples line's `/samples/2`: a container-less slurry with compositions. */
const ssxSample = (allBranches as unknown as Entries)['ssx-samples']?.find(
  (e) => e.path === '/samples/2',
)?.response;

interface Answers {
  sample?: () => unknown;
  openapi?: unknown;
}

function renderPage(
  route: string,
  { sample = () => ssxSample, openapi = openapiSamples }: Answers = {},
) {
  const asked: string[] = [];
  const get = (path: string, params: QueryParams | undefined) => {
    asked.push(path);
    if (path === '/openapi.json') return openapi;
    if (path === '/samples/2') return sample();
    if (path === '/events' && params?.blSampleId === 2) return recordedEvents.response;
    throw new ApiError('not-found', `unexpected ${path}`, { status: 404 });
  };
  const rendered = renderWithProviders(<SamplePage />, {
    http: createFakeHttp({ get }),
    route,
    path: '/proposals/:proposalName/samples/:sampleId',
  });
  return { ...rendered, asked };
}

// These pages start many reads at once (one per run); give a loaded CI machine time.
configure({ asyncUtilTimeout: 5_000 });

describe('SamplePage', { timeout: 20_000 }, () => {
  it('shows the slurry, its components and every experiment that used it', async () => {
    renderPage('/proposals/MX1234/samples/2');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sample hewl_slurry_1' }),
    ).toBeInTheDocument();
    const slurry = within(screen.getByRole('region', { name: 'Slurry' }));
    expect(await slurry.findByText('Hen egg-white lysozyme (HEWL2)')).toBeInTheDocument();
    expect(slurry.getByText('10 × 10 × 5 µm')).toBeInTheDocument();
    expect(slurry.getByText('None (prepared at the beamline)')).toBeInTheDocument();

    const crystal = within(slurry.getByRole('table', { name: 'Crystal components' }));
    expect(crystal.getByText('NaCl')).toBeInTheDocument();
    expect(crystal.getByText('Buffer')).toBeInTheDocument();
    expect(crystal.getByText('0.5 (unit not recorded)')).toBeInTheDocument();
    const sample = within(slurry.getByRole('table', { name: 'Sample components' }));
    expect(sample.getByText('ligand-X')).toBeInTheDocument();
    expect(sample.getByText('C6H12O6')).toBeInTheDocument();

    const experiments = await screen.findByRole('table', {
      name: /Experiments with this sample/,
    });
    const link = within(experiments).getByRole('link', { name: 'SSX-Chip · group 2' });
    expect(link).toHaveAttribute('href', '/proposals/blc00001/sessions/1/groups/2');
    expect(within(experiments).getAllByRole('link', { name: 'blc00001-1' })[0]).toHaveAttribute(
      'href',
      '/proposals/blc00001/sessions/1',
    );
    expect(within(experiments).getByText('Fixed-target chip')).toBeInTheDocument();
  });

  it('says when the server does not serve the sample, and still lists its experiments', async () => {
    renderPage('/proposals/blc00001/samples/2', {
      sample: () => {
        throw new ApiError('not-found', 'x', { status: 404, serverMessage: 'Sample not found' });
      },
      openapi: openapiWebservice,
    });
    expect(
      await screen.findByText(/The server does not serve this sample’s details/),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sample HEWL_chip_A' }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'SSX-Chip · group 2' })).toBeInTheDocument();
  });

  it('says when the server does not provide compositions', async () => {
    renderPage('/proposals/blc00001/samples/2', {
      sample: () => recordedSample.response,
      openapi: openapiWebservice,
    });
    expect(
      await screen.findByText(
        'This ISPyB server does not provide sample compositions (ligands, buffers, jet material).',
      ),
    ).toBeInTheDocument();
  });

  it('treats a non-numeric sample id as not found, without asking the server', () => {
    const { asked } = renderPage('/proposals/MX1234/samples/x1');
    expect(screen.getByText('“x1” is not a sample number.')).toBeInTheDocument();
    expect(asked).toHaveLength(0);
  });
});
