import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { DemoApi } from '../../demo';
import { setSession } from '../../lib/auth-session';
import { createTestDemo, renderAppOnDemo } from '../../testing/demo-app';

// The shipment page against the in-process demo ISPyB: tree, packing list, comment review
// with injected failures (500, 422, 401) and a read-only viewer (403).
afterEach(() => {
  setSession(undefined);
  sessionStorage.clear();
});

const TIMEOUT = { timeout: 30_000 };
/** Whole screens through user events, on CPU shared with other suites. */
const SLOW = 90_000;

function shipmentId(demo: DemoApi, name: string): number {
  const row = demo.dataset.shippings.find((s) => s.shippingName === name);
  if (!row) throw new Error(`no shipment ${name}`);
  return row.shippingId;
}

async function openShipment(
  login: string,
  proposal: string,
  name: string,
  demo = createTestDemo(),
) {
  const id = shipmentId(demo, name);
  const rendered = await renderAppOnDemo(login, `/proposals/${proposal}/shipments/${id}`, demo);
  await screen.findByRole('heading', { name: 'Dewars, containers and samples' }, TIMEOUT);
  return { ...rendered, id, demo };
}

/** The on-screen tree (the packing list repeats it, for print only). */
function contents(): HTMLElement {
  return screen.getByRole('region', { name: 'Dewars, containers and samples' });
}

describe('shipment page', () => {
  it(
    'shows the facts and the tree dewars → containers → samples with slurry summaries',
    async () => {
      const user = userEvent.setup();
      await openShipment('scientist', 'MX2532', 'PYP TR-SSX slurries and reference pins');
      expect(
        screen.getByRole('heading', { name: 'PYP TR-SSX slurries and reference pins', level: 1 }),
      ).toBeInTheDocument();
      expect(screen.getByText('Complete')).toBeInTheDocument();
      expect(screen.getByText(/1 dewar · 2 containers · \d+ samples/)).toBeInTheDocument();
      expect(
        within(contents()).getByRole('heading', { name: 'Dewar IBS-MX2532-D1' }),
      ).toBeInTheDocument();
      expect(
        within(contents()).getByRole('heading', { name: /PYP-RACK-1 · Tube rack/ }),
      ).toBeInTheDocument();

      const samples = screen.getByRole('table', { name: 'Samples in PYP-RACK-1' });
      const row = within(samples).getByRole('link', { name: 'PYP_slurry_A' }).closest('tr');
      if (!row) throw new Error('no sample row');
      expect(within(row).getByText('15 × 15 × 8 µm')).toBeInTheDocument();
      expect(within(row).getByText(/Ammonium sulfate 2\.6 M/)).toBeInTheDocument();

      await user.click(within(row).getByRole('button', { name: 'Show details of PYP_slurry_A' }));
      expect(within(samples).getByText('Crystal components')).toBeInTheDocument();

      const importLink = screen.getByRole('link', { name: 'Import samples (CSV) into PYP-RACK-1' });
      expect(importLink.getAttribute('href')).toMatch(
        /^\/proposals\/MX2532\/samples\/import\?container=\d+$/,
      );
    },
    SLOW,
  );

  it(
    'renders a packing list to print, with a box to tick per dewar, container and sample',
    async () => {
      await openShipment('scientist', 'MX2532', 'PYP TR-SSX slurries and reference pins');
      const list = document.querySelector('[data-packing-list]');
      if (!(list instanceof HTMLElement)) throw new Error('no packing list');
      expect(within(list).getByRole('heading', { level: 1 }).textContent).toBe(
        'Packing list: PYP TR-SSX slurries and reference pins',
      );
      const rows = within(list).getAllByRole('row').slice(1);
      expect(rows.length).toBeGreaterThan(3);
      for (const row of rows) expect(row.firstElementChild?.textContent).toBe('☐');
      expect(within(list).getByText('IBS-MX2532-D1', { selector: 'td' })).toBeInTheDocument();
    },
    SLOW,
  );

  it(
    'says what an incomplete shipment lacks',
    async () => {
      await openShipment('staff', 'LS3180', 'Mb LCP syringes');
      expect(screen.getByText('Incomplete shipment')).toBeInTheDocument();
      expect(screen.getAllByText('No safety level').length).toBeGreaterThan(0);
      expect(screen.getByText('No sending lab contact')).toBeInTheDocument();
    },
    SLOW,
  );

  it(
    'keeps a review comment through a failed save, rolls the page back, and saves on retry',
    async () => {
      const user = userEvent.setup();
      const demo = createTestDemo();
      const { id } = await openShipment('staff', 'LS3205', 'EmrE LCP - planned', demo);
      demo.faults.add({
        id: 'patch-500',
        path: `^/shippings/${id}$`,
        method: 'PATCH',
        status: 500,
        times: 1,
      });

      const box = screen.getByRole('textbox', { name: /comments for the facility/i });
      await user.clear(box);
      await user.type(box, 'Reviewed: safety form received by e-mail');
      await user.click(screen.getByRole('button', { name: 'Save comments' }));

      const alert = await screen.findByRole('alert', { name: 'Not saved' }, TIMEOUT);
      expect(alert).toHaveTextContent(/failed \(HTTP 500\)/);
      expect(box).toHaveValue('Reviewed: safety form received by e-mail');
      // the optimistic change was rolled back: the page shows what the server holds
      const printed = document.querySelector('[data-packing-list]');
      expect(printed).toHaveTextContent('Awaiting safety form');
      expect(printed).not.toHaveTextContent('Reviewed');
      expect(demo.dataset.shippings.find((s) => s.shippingId === id)?.comments).toBe(
        'Awaiting safety form',
      );

      await user.click(screen.getByRole('button', { name: 'Save comments' }));
      expect(await screen.findByText('Comments saved.', {}, TIMEOUT)).toBeInTheDocument();
      expect(screen.queryByRole('alert', { name: 'Not saved' })).not.toBeInTheDocument();
      expect(demo.dataset.shippings.find((s) => s.shippingId === id)?.comments).toBe(
        'Reviewed: safety form received by e-mail',
      );
      expect(Object.keys(sessionStorage).filter((k) => k.includes('draft'))).toEqual([]);
    },
    SLOW,
  );

  it(
    'puts the server’s 422 next to the field',
    async () => {
      const user = userEvent.setup();
      const demo = createTestDemo();
      const { id } = await openShipment('staff', 'LS3205', 'EmrE LCP - planned', demo);
      demo.faults.add({
        id: 'patch-422',
        path: `^/shippings/${id}$`,
        method: 'PATCH',
        status: 422,
        body: JSON.stringify({
          detail: [
            {
              loc: ['body', 'comments'],
              msg: 'ensure this value has at most 255 characters',
              type: 'value_error.any_str.max_length',
            },
          ],
        }),
        contentType: 'application/json',
        times: 1,
      });
      const box = screen.getByRole('textbox', { name: /comments for the facility/i });
      await user.type(box, ' – chased');
      await user.click(screen.getByRole('button', { name: 'Save comments' }));
      await waitFor(
        () =>
          expect(box).toHaveAccessibleDescription(
            expect.stringContaining('at most 255 characters'),
          ),
        TIMEOUT,
      );
      expect(box).toHaveValue('Awaiting safety form – chased');
    },
    SLOW,
  );

  it(
    'keeps the draft through a forced re-login (401)',
    async () => {
      const user = userEvent.setup();
      const demo = createTestDemo();
      const { id, router } = await openShipment('staff', 'LS3205', 'EmrE LCP - planned', demo);
      demo.faults.add({
        id: 'patch-401',
        path: `^/shippings/${id}$`,
        method: 'PATCH',
        status: 401,
        body: JSON.stringify({ detail: 'Token expired. Please log in again' }),
        contentType: 'application/json',
        times: 1,
      });
      const box = screen.getByRole('textbox', { name: /comments for the facility/i });
      await user.clear(box);
      await user.type(box, 'Typed before the token expired');
      await user.click(screen.getByRole('button', { name: 'Save comments' }));
      await waitFor(() => expect(router.state.location.pathname).toBe('/login'), TIMEOUT);

      // signed in again, back on the page: the text is there, unsaved
      await openShipment('staff', 'LS3205', 'EmrE LCP - planned', demo);
      expect(screen.getByRole('textbox', { name: /comments for the facility/i })).toHaveValue(
        'Typed before the token expired',
      );
      expect(screen.getByText('Unsaved changes (kept in this tab).')).toBeInTheDocument();
    },
    SLOW,
  );

  it(
    'tells a read-only viewer (403) that they may not change the shipment',
    async () => {
      const user = userEvent.setup();
      await openShipment('blsci', 'MX2532', 'PYP TR-SSX slurries and reference pins');
      const box = screen.getByRole('textbox', { name: /comments for the facility/i });
      await user.type(box, ' ok');
      await user.click(screen.getByRole('button', { name: 'Save comments' }));
      expect(await screen.findByRole('alert', { name: 'Not saved' }, TIMEOUT)).toHaveTextContent(
        /may read this shipment but not change it/,
      );
    },
    SLOW,
  );

  it(
    'adds a dewar and a container through the forms',
    async () => {
      const user = userEvent.setup();
      const demo = createTestDemo();
      const { router } = await openShipment('scientist', 'MX2601', 'HEWL mix-and-inject', demo);
      await user.click(screen.getByRole('button', { name: 'Add dewar' }));
      expect(router.state.location.search).toBe('?edit=dewar%3Anew');
      let dialog = await screen.findByRole('dialog', {}, TIMEOUT);
      await user.type(within(dialog).getByRole('textbox', { name: /code/i }), 'IBS-MX2601-D2');
      await user.click(within(dialog).getByRole('button', { name: 'Save' }));
      expect(
        await within(contents()).findByRole('heading', { name: 'Dewar IBS-MX2601-D2' }, TIMEOUT),
      ).toBeInTheDocument();

      await user.click(
        screen.getByRole('button', { name: 'Add a container to dewar IBS-MX2601-D2' }),
      );
      dialog = await screen.findByRole('dialog', {}, TIMEOUT);
      await user.click(within(dialog).getByRole('button', { name: 'Save' }));
      expect(
        within(dialog).getByText('Enter the code written on the container.'),
      ).toBeInTheDocument();
      await user.type(within(dialog).getByRole('textbox', { name: /^code/i }), 'HEWL-RACK-2');
      await user.type(within(dialog).getByRole('textbox', { name: /type/i }), 'Tube rack');
      await user.click(within(dialog).getByRole('button', { name: 'Save' }));
      expect(
        await within(contents()).findByRole(
          'heading',
          { name: /HEWL-RACK-2 · Tube rack/ },
          TIMEOUT,
        ),
      ).toBeInTheDocument();
    },
    SLOW,
  );

  it(
    'answers a shipment of another proposal with "not found" and a way back',
    async () => {
      const demo = createTestDemo();
      const id = shipmentId(demo, 'THAU fragments batch 7');
      await renderAppOnDemo('scientist', `/proposals/IX0042/shipments/${id}`, demo);
      expect(
        await screen.findByText(/was not found, or you do not have access to it/, {}, TIMEOUT),
      ).toBeInTheDocument();
      expect(
        screen.getByRole('link', { name: 'Back to the shipments of IX0042' }),
      ).toBeInTheDocument();
    },
    SLOW,
  );
});
