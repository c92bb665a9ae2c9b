import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { setSession } from '../../lib/auth-session';
import { createTestDemo, renderAppOnDemo } from '../../testing/demo-app';

// The shipments lists against the in-process demo ISPyB (clock: 2026-11-24 12:00).
afterEach(() => {
  setSession(undefined);
  sessionStorage.clear();
});

const TIMEOUT = { timeout: 30_000 };
/** Whole screens through user events, on CPU shared with other suites. */
const SLOW = 90_000;

async function table() {
  return screen.findByRole('table', { name: /shipment/i }, TIMEOUT);
}

function shipmentNames(t: HTMLElement): string[] {
  return within(t)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]?.textContent ?? '');
}

describe('facility-wide shipments (staff)', () => {
  it(
    'lists every proposal’s shipments, reachable from the main navigation',
    async () => {
      await renderAppOnDemo('staff', '/shipments');
      const t = await table();
      const [nav] = screen.getAllByRole('navigation', { name: 'Main' });
      if (!nav) throw new Error('no main navigation');
      expect(within(nav).getByRole('link', { name: 'Shipments' })).toHaveAttribute(
        'href',
        '/shipments',
      );
      expect(within(t).getByRole('link', { name: 'THAU fragments batch 7' })).toHaveAttribute(
        'href',
        expect.stringMatching(/^\/proposals\/IX0042\/shipments\/\d+$/),
      );
      expect(within(t).getByRole('link', { name: 'Mb LCP syringes' })).toBeInTheDocument();
      // newest first by default
      expect(shipmentNames(t).slice(0, 2).sort()).toEqual([
        'EmrE LCP - planned',
        'Kinases - Aurora A',
      ]);
    },
    SLOW,
  );

  it(
    'filters today’s shipments, by safety level and by beamline, from the URL',
    async () => {
      const { router } = await renderAppOnDemo('staff', '/shipments?from=2026-11-24&to=2026-11-24');
      const t = await table();
      expect(shipmentNames(t).sort()).toEqual(['EmrE LCP - planned', 'Kinases - Aurora A']);
      expect(screen.getByText(/^2 of \d+ shipments match the filters\.$/)).toBeInTheDocument();

      await router.navigate('/shipments?from=2026-11-24&to=2026-11-24&safety=missing');
      await waitFor(
        async () => expect(shipmentNames(await table())).toEqual(['EmrE LCP - planned']),
        TIMEOUT,
      );
      expect(within(await table()).getByText('No safety level')).toBeInTheDocument();

      await router.navigate('/shipments?beamline=ID30A-3');
      await waitFor(
        async () => expect(shipmentNames(await table())).toEqual(['Kinases - Aurora A']),
        TIMEOUT,
      );
    },
    SLOW,
  );

  it(
    'keeps typed search and the "today" shortcut in the URL, and says when nothing matches',
    async () => {
      const user = userEvent.setup();
      const { router } = await renderAppOnDemo('staff', '/shipments');
      await table();
      await user.type(screen.getByRole('textbox', { name: /search/i }), 'tartrate nothing');
      expect(
        await screen.findByText('No shipment matches these filters', {}, TIMEOUT),
      ).toBeInTheDocument();
      expect(router.state.location.search).toContain('search=tartrate+nothing');
      const [clear] = screen.getAllByRole('button', { name: 'Clear filters' });
      if (!clear) throw new Error('no "Clear filters" button');
      await user.click(clear);
      await table();
      expect(router.state.location.search).toBe('');

      await user.click(screen.getByRole('button', { name: 'Created today' }));
      const d = new Date();
      const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      expect(new URLSearchParams(router.state.location.search).get('from')).toBe(today);
      expect(screen.getByRole('button', { name: 'Created today' })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
    },
    SLOW,
  );

  it(
    'sorts by a column, in the URL',
    async () => {
      const user = userEvent.setup();
      const { router } = await renderAppOnDemo('staff', '/shipments');
      const t = await table();
      await user.click(within(t).getByRole('button', { name: 'Shipment' }));
      expect(router.state.location.search).toBe('?sort=name');
      const names = shipmentNames(await table());
      expect(names).toEqual(
        [...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())),
      );
    },
    SLOW,
  );
});

describe('a proposal’s shipments', () => {
  it(
    'tells a user that the facility-wide list is for staff, and offers no menu item',
    async () => {
      await renderAppOnDemo('scientist', '/shipments');
      expect(
        await screen.findByText('This view is for facility staff', {}, TIMEOUT),
      ).toBeInTheDocument();
      expect(screen.queryByRole('link', { name: 'Shipments' })).not.toBeInTheDocument();
    },
    SLOW,
  );

  it(
    'is linked from the proposal page',
    async () => {
      await renderAppOnDemo('scientist', '/proposals/MX2532');
      expect(await screen.findByRole('link', { name: 'Shipments' }, TIMEOUT)).toHaveAttribute(
        'href',
        '/proposals/MX2532/shipments',
      );
    },
    SLOW,
  );

  it(
    'creates a shipment: checks the form first, then opens the new shipment',
    async () => {
      const user = userEvent.setup();
      const demo = createTestDemo();
      const { router } = await renderAppOnDemo('scientist', '/proposals/MX2532/shipments', demo);
      const t = await table();
      expect(shipmentNames(t)).toEqual(['PYP TR-SSX slurries and reference pins']);

      await user.click(screen.getByRole('button', { name: 'New shipment' }));
      expect(router.state.location.search).toBe('?edit=new');
      const dialog = await screen.findByRole('dialog', {}, TIMEOUT);
      const name = await within(dialog).findByRole('textbox', { name: /name/i }, TIMEOUT);
      await user.click(within(dialog).getByRole('button', { name: 'Create shipment' }));
      expect(within(dialog).getByText('Enter a name for the shipment.')).toBeInTheDocument();
      expect(within(dialog).getByText('Choose a safety level.')).toBeInTheDocument();

      await user.type(name, 'PYP chips, second batch');
      await user.selectOptions(
        within(dialog).getByRole('combobox', { name: /safety level/i }),
        'YELLOW',
      );
      for (const label of [/sending lab contact/i, /return lab contact/i]) {
        const select = within(dialog).getByRole('combobox', { name: label });
        const first = within(select).getAllByRole('option')[1] as HTMLOptionElement;
        await user.selectOptions(select, first.value);
      }
      await user.click(within(dialog).getByRole('button', { name: 'Create shipment' }));

      expect(
        await screen.findByRole('heading', { name: 'PYP chips, second batch', level: 1 }, TIMEOUT),
      ).toBeInTheDocument();
      const created = demo.dataset.shippings.find(
        (s) => s.shippingName === 'PYP chips, second batch',
      );
      expect(created).toMatchObject({ safetyLevel: 'YELLOW' });
      expect(router.state.location.pathname).toBe(
        `/proposals/MX2532/shipments/${created?.shippingId}`,
      );
      expect(Object.keys(sessionStorage).filter((k) => k.includes('draft'))).toEqual([]);
    },
    SLOW,
  );
});
