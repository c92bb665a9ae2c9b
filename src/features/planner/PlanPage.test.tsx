import { act, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { templatePlan } from '../../domain/plan-fixtures';
import { planPath, PLANS_PATH } from '../../lib/paths';
import { planToJson } from '../../lib/plan-store-schema';
import { createPlanStore, planKey, type StoredPlan } from '../../lib/plan-store';
import { renderAppOnDemo } from '../../testing/demo-app';

const user = userEvent.setup();
const store = () => createPlanStore(window.localStorage, window);

/** The plan saved under `id`, as the store reads it back. */
function saved(id: string): StoredPlan {
  const readout = store().get(id);
  if (readout.kind !== 'ok') throw new Error(`plan ${id}: ${readout.kind}`);
  return readout.stored;
}

/** Mantine's dropdown opens with a transition jsdom never finishes: its options count as hidden. */
async function pick(label: string, option: string | RegExp) {
  await user.click(screen.getByRole('textbox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option, hidden: true }));
}

/** Replaces a field's text in one input event, as typing re-renders the whole editor per key. */
async function replaceText(field: HTMLElement, text: string) {
  await user.clear(field);
  await user.click(field);
  await user.paste(text);
}

/**
 * The editor renders about sixty Mantine inputs and the timing diagram: several seconds per
 * render in jsdom on shared cores, so its tests get more than the default 20 s.
 */
const EDITOR_TEST_MS = 60_000;

/** A saved delay-series plan of the scientist on a chip, opened in the editor. */
async function openSeries() {
  store().save(
    templatePlan('delay-series', { id: 'series', owner: 'scientist', name: 'HEWL series' }),
    0,
  );
  await renderAppOnDemo('scientist', planPath('series'));
  await screen.findByRole('heading', { level: 1, name: 'HEWL series' });
}

beforeEach(() => window.localStorage.clear());
afterEach(() => window.localStorage.clear());

describe('Planner list', { timeout: EDITOR_TEST_MS }, () => {
  it('is reached from the main navigation and starts a plan that is saved at once', async () => {
    const { router } = await renderAppOnDemo('scientist', '/proposals');
    await user.click(await screen.findByRole('link', { name: 'Planner' }));
    await screen.findByRole('heading', { level: 1, name: 'Planner' });
    expect(screen.getByText('No plans yet')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'New plan' }));
    await screen.findByRole('heading', { level: 1, name: 'Untitled plan' });
    const id = router.state.location.pathname.slice(PLANS_PATH.length + 1);
    expect(saved(id).revision).toBe(1);
  });

  it('lists plans per proposal, duplicates and deletes with confirmation', async () => {
    store().save(
      templatePlan('pump-probe', {
        id: 'a',
        owner: 'scientist',
        name: 'Pump A',
        proposalName: 'MX2532',
      }),
      0,
    );
    store().save(
      templatePlan('pump-probe', {
        id: 'b',
        owner: 'scientist',
        name: 'Jet B',
        proposalName: 'MX2601',
      }),
      0,
    );
    store().save(templatePlan('pump-probe', { id: 'c', owner: 'staff', name: 'Not mine' }), 0);
    await renderAppOnDemo('scientist', PLANS_PATH);
    const mx2532 = await screen.findByRole('region', { name: 'MX2532' });
    expect(within(mx2532).getByRole('link', { name: 'Pump A' })).toHaveAttribute(
      'href',
      planPath('a'),
    );
    expect(screen.getByRole('region', { name: 'MX2601' })).toBeInTheDocument();
    expect(screen.queryByText('Not mine')).not.toBeInTheDocument();

    await user.click(within(mx2532).getByRole('button', { name: 'Duplicate Pump A' }));
    expect(await within(mx2532).findByRole('link', { name: 'Pump A (copy)' })).toBeInTheDocument();

    await user.click(within(mx2532).getByRole('button', { name: 'Delete Pump A' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete this plan?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: 'Pump A' })).not.toBeInTheDocument(),
    );
    expect(store().get('a')).toEqual({ kind: 'missing' });
  });

  it('filters by proposal through the URL', async () => {
    store().save(
      templatePlan('pump-probe', {
        id: 'a',
        owner: 'scientist',
        name: 'Pump A',
        proposalName: 'MX2532',
      }),
      0,
    );
    store().save(
      templatePlan('pump-probe', {
        id: 'b',
        owner: 'scientist',
        name: 'Jet B',
        proposalName: 'MX2601',
      }),
      0,
    );
    await renderAppOnDemo('scientist', `${PLANS_PATH}?proposal=MX2601`);
    expect(await screen.findByRole('link', { name: 'Jet B' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Pump A' })).not.toBeInTheDocument();
  });

  it('imports a plan file, and says why a bad or newer file is refused', async () => {
    const { router } = await renderAppOnDemo('scientist', PLANS_PATH);
    await screen.findByText('No plans yet');
    const input = document.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    const newer = JSON.stringify({ format: 'ispyb-web-run-plan', schemaVersion: 9, plan: {} });
    await user.upload(input, new File([newer], 'future.json', { type: 'application/json' }));
    expect(
      await screen.findByText(
        /future\.json: This plan was saved by a newer ispyb-web \(schema version 9\)/,
      ),
    ).toBeInTheDocument();

    await user.upload(input, new File(['{"nope": 1}'], 'other.json', { type: 'application/json' }));
    expect(
      await screen.findByText('other.json: This is not an ispyb-web run plan file.'),
    ).toBeInTheDocument();

    const plan = templatePlan('hit-and-return', {
      id: 'imported',
      owner: 'someone',
      name: 'HARE plan',
    });
    await user.upload(
      input,
      new File([planToJson(plan)], 'hare.json', { type: 'application/json' }),
    );
    await screen.findByRole('heading', { level: 1, name: 'HARE plan' });
    expect(router.state.location.pathname).toBe(planPath('imported'));
    expect(saved('imported').plan).toMatchObject({ owner: 'scientist', events: plan.events });
  });

  it('lists a damaged entry with its reason and lets the user delete it', async () => {
    window.localStorage.setItem(planKey('broken'), '{not json');
    await renderAppOnDemo('scientist', PLANS_PATH);
    expect(await screen.findByText(/The saved entry is not valid JSON\./)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete this entry' }));
    expect(window.localStorage.getItem(planKey('broken'))).toBeNull();
  });
});

describe('Plan editor', { timeout: EDITOR_TEST_MS }, () => {
  it('says when the plan does not exist in this browser', async () => {
    await renderAppOnDemo('scientist', planPath('nowhere'));
    expect(await screen.findByText('No such plan in this browser')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the planner' })).toHaveAttribute(
      'href',
      PLANS_PATH,
    );
  });

  it('builds a series from a template, with estimates, and saves it', async () => {
    store().save(
      templatePlan('pump-probe', {
        id: 'p',
        owner: 'scientist',
        name: 'Plan',
        events: [],
        delays: [],
      }),
      0,
    );
    await renderAppOnDemo('scientist', planPath('p'));
    await screen.findByRole('heading', { level: 1, name: 'Plan' });
    expect(
      screen.getByText('No events yet: add some or start from a template.'),
    ).toBeInTheDocument();

    await pick('Start from a template', 'Delay series with a dark reference');
    await user.click(screen.getByRole('button', { name: 'Apply template' }));
    expect(screen.getByRole('textbox', { name: 'Run 2 delay' })).toHaveValue('1');
    expect(screen.getAllByRole('textbox', { name: /^Run \d delay$/ })).toHaveLength(5);
    expect(screen.getByText(/Run 1: dark reference/)).toBeInTheDocument();

    const table = screen.getByRole('table', { name: 'Estimates per run and in total' });
    // dark + 5 delays × ⌈10 000 ÷ (10 % × 50 %)⌉ = 6 × 200 000 images, 8 chips each
    expect(within(table).getByRole('row', { name: /Total/ })).toHaveTextContent(
      /1\s200\s000.*3 h 20 min.*4\.8 mL.*48/,
    );

    await waitFor(() => expect(saved('p').plan.delays).toHaveLength(6));
    expect(await screen.findByText(/Saved · revision 2/)).toBeInTheDocument();
  });

  it('explains each check next to its field as the user edits', async () => {
    await openSeries();
    const delay = screen.getByRole('textbox', { name: 'Run 2 delay' });
    await replaceText(delay, '0');
    expect(delay).toHaveAccessibleDescription(
      'The X-ray would come before or with the pump: a delay must be positive.',
    );

    const readout = screen.getByRole('textbox', {
      name: 'Readout time (shortest time between frames)',
    });
    await replaceText(readout, '20');
    expect(readout).toHaveAccessibleDescription(
      /The detector needs 20 ms between frames but an image comes every 10 ms/,
    );

    // a jet carries crystals away: the 100 µs delay is out of reach at 30 m/s
    await user.click(screen.getByRole('radio', { name: 'Liquid jet' }));
    expect(screen.getByRole('textbox', { name: 'Run 4 delay' })).toHaveAccessibleDescription(
      /Delay 100 µs is longer than this device allows/,
    );
  });

  it('takes the sample’s past rates as defaults and says where they come from', async () => {
    await openSeries();
    await pick('Proposal', 'MX2532');
    await pick('Slurry sample', /PYP_slurry_A/);
    // 6 processed runs of PYP_slurry_A: 44.8 % hits, 68.1 % indexed
    expect(
      await screen.findByText(/From 6 processed runs of sample PYP_slurry_A \(332\s800 images\)/),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Hit rate (%)' })).toHaveValue('44.82');
    await replaceText(screen.getByRole('textbox', { name: 'Hit rate (%)' }), '20');
    expect(screen.getByText(/Entered by you\./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Use this sample’s rates' })).toBeInTheDocument();
  });

  it('never silently overwrites a revision saved in another tab', async () => {
    await openSeries();
    // another tab saves revision 2
    const theirs = { ...saved('series').plan, name: 'Renamed elsewhere' };
    store().save(theirs, 1);
    act(() => {
      window.dispatchEvent(
        new StorageEvent('storage', { key: planKey('series'), storageArea: window.localStorage }),
      );
    });
    const alert = await screen.findByRole('alert', { name: /changed in another tab/ });
    expect(alert).toHaveTextContent('Another tab saved revision 2');
    // edits here are held back until the user chooses
    await user.click(screen.getByRole('textbox', { name: 'Plan name' }));
    await user.paste(' mine');
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(saved('series').plan.name).toBe('Renamed elsewhere');

    await user.click(within(alert).getByRole('button', { name: 'Keep mine (save over it)' }));
    await waitFor(() =>
      expect(saved('series')).toMatchObject({ revision: 3, plan: { name: 'HEWL series mine' } }),
    );
  });

  it('loads the other tab’s version when the user prefers it', async () => {
    await openSeries();
    store().save({ ...saved('series').plan, name: 'Their name' }, 1);
    act(() => {
      window.dispatchEvent(
        new StorageEvent('storage', { key: planKey('series'), storageArea: window.localStorage }),
      );
    });
    const alert = await screen.findByRole('alert', { name: /changed in another tab/ });
    await user.click(within(alert).getByRole('button', { name: 'Load the other tab’s version' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Their name' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert', { name: /changed in another tab/ })).not.toBeInTheDocument();
  });
});
