import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setSession } from '../../../lib/auth-session';
import { createTestDemo, renderAppOnDemo } from '../../../testing/demo-app';

// The Processing tab of the experiment page, whole app against the in-process demo ISPyB.
afterEach(() => {
  setSession(undefined);
  vi.restoreAllMocks();
});

// The whole experiment page loads on shared CI cores: generous waits.
const TIMEOUT = { timeout: 30_000 };
/** Thaumatin chip commissioning (MX2545-1): run #3 (40039) failed indexing. */
const THAU = '/proposals/MX2545/sessions/5016/groups/12025';
/** PYP pump–probe chips (MX2532-2). */
const PYP = '/proposals/MX2532/sessions/5014/groups/12022';

describe('Processing tab', { timeout: 60_000 }, () => {
  it('shows the failed program first with its error, and its log in the page from the URL', async () => {
    const { router } = await renderAppOnDemo('staff', `${THAU}?tab=processing&run=40039`);
    const program = await screen.findByRole('article', { name: 'CrystFEL' }, TIMEOUT);
    expect(within(program).getByText('Failed')).toBeInTheDocument();
    expect(
      within(program).getByText(/cannot open geometry file/, { selector: 'span, p' }),
    ).toBeInTheDocument();

    await userEvent.click(
      await within(program).findByRole('button', { name: 'View indexamajig.log' }, TIMEOUT),
    );
    const log = await screen.findByLabelText('Contents of indexamajig.log', {}, TIMEOUT);
    expect(log.textContent).toMatch(/ERROR: indexamajig exited with status 1/);
    expect(router.state.location.search).toMatch(/log=\d+/);

    await userEvent.click(screen.getByRole('button', { name: 'Close indexamajig.log' }));
    expect(screen.queryByLabelText('Contents of indexamajig.log')).not.toBeInTheDocument();
    expect(router.state.location.search).not.toMatch(/log=/);
  });

  it('downloads through a one-time link, never with the session token in the URL', async () => {
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this.href);
    });
    await renderAppOnDemo('staff', `${THAU}?tab=processing&run=40039`);
    const program = await screen.findByRole('article', { name: 'CrystFEL' }, TIMEOUT);
    await userEvent.click(
      await within(program).findByRole('button', { name: 'Download indexamajig.log' }, TIMEOUT),
    );
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0]).toMatch(/\/processings\/attachments\/\d+\?onetime=[0-9a-f]+$/);
    expect(clicked[0]).not.toMatch(/eyJ/); // no JWT
  });

  it('lists the merging program with its warning about the runs left out', async () => {
    await renderAppOnDemo('staff', `${THAU}?tab=processing&run=40038`);
    const merge = await screen.findByRole('article', { name: 'CrystFEL partialator' }, TIMEOUT);
    expect(within(merge).getByText(/runs #3 and #4 had no indexing result/)).toBeInTheDocument();
  });

  it('draws the hit rate over the run and a heat map of hits per block for a chip', async () => {
    await renderAppOnDemo('scientist', `${PYP}?tab=processing`);
    expect(await screen.findByText(/in batches of 1.000 images/, {}, TIMEOUT)).toBeInTheDocument();
    const heading = await screen.findByRole('heading', { name: 'Hits per chip block' }, TIMEOUT);
    const section = heading.closest('section');
    if (!section) throw new Error('no heat map section');
    const drawing = within(section).getByRole('img', { name: /hit rate per block of run #6/ });
    expect(drawing.querySelectorAll('[data-value]').length).toBe(64);
    expect(within(section).getByText(/Below half of it: /)).toBeInTheDocument();

    await userEvent.click(within(section).getByRole('button', { name: 'Show the block table' }));
    expect(within(section).getByRole('rowheader', { name: 'A1' })).toBeInTheDocument();
  });

  it('says when the server does not provide per-image hits', async () => {
    const demo = createTestDemo();
    const doc = (await (
      await demo.handle(new Request('http://demo.test/ispyb/api/v1/openapi.json'))
    ).json()) as { paths: Record<string, unknown> };
    delete doc.paths['/ispyb/api/v1/ssx/datacollection/processing/hits'];
    demo.faults.add({
      id: 'no-hits',
      path: '^/openapi.json$',
      status: 200,
      body: JSON.stringify(doc),
      contentType: 'application/json',
    });
    await renderAppOnDemo('scientist', `${PYP}?tab=processing`, demo);
    expect(
      await screen.findByText(/This server does not provide per-image hits/, {}, TIMEOUT),
    ).toBeInTheDocument();
    expect(await screen.findByRole('article', { name: 'CrystFEL' }, TIMEOUT)).toBeInTheDocument();
  });

  it('shows an error with a retry when the processing status cannot be read', async () => {
    const demo = createTestDemo();
    demo.faults.add({ id: 'status500', path: '^/processings/status$', status: 500, times: 1 });
    await renderAppOnDemo('scientist', `${PYP}?tab=processing`, demo);
    const alert = await screen.findByRole('alert', {}, TIMEOUT);
    await userEvent.click(within(alert).getByRole('button', { name: /retry/i }));
    expect(await screen.findByRole('article', { name: 'CrystFEL' }, TIMEOUT)).toBeInTheDocument();
  });

  it('keeps the page when the per-batch hits fail, with the error in its own section', async () => {
    const demo = createTestDemo();
    demo.faults.add({
      id: 'hits-contract',
      path: '^/ssx/datacollection/processing/hits$',
      malformed: true,
    });
    await renderAppOnDemo('scientist', `${PYP}?tab=processing`, demo);
    expect(await screen.findByRole('alert', {}, TIMEOUT)).toHaveTextContent(/not valid|JSON/i);
    expect(await screen.findByRole('article', { name: 'CrystFEL' }, TIMEOUT)).toBeInTheDocument();
  });
});
