import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { templateColumns, templateExample } from '../../../domain/sample-import';
import { setSession } from '../../../lib/auth-session';
import { toCsv } from '../../../lib/csv';
import { createTestDemo, renderAppOnDemo } from '../../../testing/demo-app';

// The import against the embedded demo ISPyB: file → preview with errors → fixes → confirm.
afterEach(() => {
  setSession(undefined);
  sessionStorage.clear();
});

const TIMEOUT = { timeout: 10_000 };

function targetContainer(demo: ReturnType<typeof createTestDemo>) {
  const proposal = demo.dataset.proposals.find(
    (p) => `${p.proposalCode}${p.proposalNumber}` === 'MX2532',
  );
  const shipping = demo.dataset.shippings.find((s) => s.proposalId === proposal?.proposalId);
  const dewar = demo.dataset.dewars.find((d) => d.shippingId === shipping?.shippingId);
  const container = demo.dataset.containers.find((c) => c.dewarId === dewar?.dewarId);
  const protein = demo.dataset.proteins.find((p) => p.proposalId === proposal?.proposalId);
  if (!container || !protein) throw new Error('no container or protein in MX2532');
  return { container, protein };
}

/** A CSV of the template's columns, written as the app writes CSV. */
function csvFile(rows: Record<string, string>[]): File {
  const text = toCsv(
    rows,
    templateColumns().map((key) => ({ header: key, value: (row) => row[key] })),
  );
  return new File([text], 'slurries.csv', { type: 'text/csv' });
}

async function upload(file: File) {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  await userEvent.upload(input, file);
}

describe('SSX sample import', { timeout: 60_000 }, () => {
  it('shows two bad rows, lets the user fix them, creates the samples on confirmation', async () => {
    const demo = createTestDemo();
    const { container, protein } = targetContainer(demo);
    const before = demo.dataset.samples.filter(
      (s) => s.containerId === container.containerId,
    ).length;
    const example = { ...templateExample(protein.acronym), comments: '', location: '' };
    await renderAppOnDemo(
      'scientist',
      `/proposals/MX2532/samples/import?container=${container.containerId}`,
      demo,
    );
    expect(
      await screen.findByText(`Container ${container.code}`, { exact: false }, TIMEOUT),
    ).toBeInTheDocument();

    await upload(
      csvFile([
        { ...example, name: 'imp-a' },
        { ...example, name: 'imp-b', sample1_unit: 'mmol' },
        { ...example, name: 'imp-c', protein: 'NOPE' },
      ]),
    );
    expect(
      await screen.findByText('slurries.csv: 3 samples; 2 problems in 2 rows.', {}, TIMEOUT),
    ).toBeInTheDocument();
    const importButton = screen.getByRole('button', { name: 'Import 3 samples' });
    expect(importButton).toBeDisabled();

    const unit = screen.getByRole('textbox', { name: 'sample1_unit, line 3' });
    expect(unit).toHaveAccessibleDescription(/Unknown unit “mmol”/);
    await userEvent.clear(unit);
    await userEvent.type(unit, 'mM{Enter}');
    const proteinCell = await screen.findByRole('textbox', { name: 'protein, line 4' });
    expect(proteinCell).toHaveAccessibleDescription(/Unknown protein “NOPE”/);
    await userEvent.clear(proteinCell);
    await userEvent.type(proteinCell, `${protein.acronym}{Enter}`);
    expect(
      await screen.findByText('slurries.csv: 3 samples, all valid.', {}, TIMEOUT),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Import 3 samples' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create 3 samples?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create 3 samples' }));

    expect(await screen.findByText('Created 3 samples', {}, TIMEOUT)).toBeInTheDocument();
    for (const name of ['imp-a', 'imp-b', 'imp-c']) {
      expect(screen.getByRole('link', { name })).toHaveAttribute(
        'href',
        expect.stringMatching(/^\/proposals\/MX2532\/samples\/\d+$/),
      );
    }
    expect(
      demo.dataset.samples.filter((s) => s.containerId === container.containerId),
    ).toHaveLength(before + 3);
    expect(sessionStorage.getItem('ispyb-web:sample-import:scientist:MX2532')).toBeNull();
  });

  it('maps a refusal of the server onto the cell and creates nothing', async () => {
    const demo = createTestDemo();
    const { container, protein } = targetContainer(demo);
    const taken = demo.dataset.samples.find((s) => s.containerId === container.containerId);
    const count = demo.dataset.samples.length;
    await renderAppOnDemo(
      'scientist',
      `/proposals/MX2532/samples/import?container=${container.containerId}`,
      demo,
    );
    await screen.findByText(`Container ${container.code}`, { exact: false }, TIMEOUT);
    await upload(csvFile([{ ...templateExample(protein.acronym), name: 'fresh-1', location: '' }]));
    await screen.findByText('slurries.csv: 1 sample, all valid.', {}, TIMEOUT);
    // Another user fills the container meanwhile: the name is now taken on the server.
    demo.faults.add({
      id: 'taken',
      path: '^/samples/ssx$',
      status: 422,
      body: JSON.stringify({
        detail: [
          {
            loc: ['body', 0, 'name'],
            msg: 'A sample of this name is already in the container',
            type: 'value_error',
          },
        ],
      }),
      contentType: 'application/json',
      times: 1,
    });
    await userEvent.click(screen.getByRole('button', { name: 'Import 1 sample' }));
    await userEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Create 1 sample' }),
    );
    expect(
      await screen.findByText('The server refused the import: nothing was created', {}, TIMEOUT),
    ).toBeInTheDocument();
    const name = screen.getByRole('textbox', { name: 'name, line 2' });
    expect(name).toHaveAccessibleDescription(/already in the container/);
    expect(demo.dataset.samples).toHaveLength(count);
    expect(taken).toBeDefined();
  });

  it('keeps the file across a new sign-in, and offers it back where the server lacks the route', async () => {
    const demo = createTestDemo();
    const { protein } = targetContainer(demo);
    demo.faults.add({
      id: 'no-extension',
      path: '^/openapi.json$',
      status: 200,
      body: JSON.stringify({ paths: { '/ispyb/api/v1/proposals': { get: {} } } }),
      contentType: 'application/json',
    });
    await renderAppOnDemo('scientist', '/proposals/MX2532/samples/import', demo);
    expect(
      await screen.findByText('This ISPyB server cannot create samples from a file', {}, TIMEOUT),
    ).toBeInTheDocument();
    expect(await screen.findByRole('textbox', { name: 'Shipment' }, TIMEOUT)).toBeInTheDocument();
    await upload(csvFile([{ ...templateExample(protein.acronym), name: 'kept-1' }]));
    await screen.findByText('slurries.csv: 1 sample, all valid.', {}, TIMEOUT);
    expect(screen.queryByRole('button', { name: /^Import/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download the checked file' })).toBeEnabled();

    cleanup();
    setSession(undefined);
    await renderAppOnDemo('scientist', '/proposals/MX2532/samples/import', demo);
    expect(
      await screen.findByText('slurries.csv: 1 sample, all valid.', {}, TIMEOUT),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('kept-1')).toBeInTheDocument());

    // Someone else signing in in this tab does not get the file.
    cleanup();
    setSession(undefined);
    await renderAppOnDemo('staff', '/proposals/MX2532/samples/import', demo);
    expect(await screen.findByText('CSV file', {}, TIMEOUT)).toBeInTheDocument();
    expect(screen.queryByText(/slurries\.csv/)).not.toBeInTheDocument();
  });
});
