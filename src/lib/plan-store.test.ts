import { describe, expect, it, vi } from 'vitest';
import { templatePlan, testPlan } from '../domain/plan-fixtures';
import { createPlanStore, planKey } from './plan-store';

/** A Storage in memory; `quota` (characters) makes it refuse like a full browser storage. */
function memoryStorage(quota = Infinity): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      const used = [...data.entries()].reduce(
        (n, [key, val]) => n + (key === k ? 0 : val.length),
        0,
      );
      if (used + v.length > quota) throw new DOMException('full', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k) => void data.delete(k),
    clear: () => data.clear(),
  };
}

const later = new Date('2026-11-24T13:00:00Z');

describe('plan store', () => {
  it('saves, reads back and lists a user’s plans, newest first', () => {
    const store = createPlanStore(memoryStorage(), undefined);
    const a = templatePlan('pump-probe', { id: 'a' });
    const b = testPlan({ id: 'b' });
    expect(store.save(a, 0, new Date('2026-11-24T12:00:00Z')).kind).toBe('saved');
    expect(store.save(b, 0, later).kind).toBe('saved');
    expect(store.save(testPlan({ id: 'c', owner: 'someone-else' }), 0).kind).toBe('saved');
    const readout = store.get('a');
    expect(readout).toEqual({
      kind: 'ok',
      stored: {
        plan: { ...a, updatedAt: '2026-11-24T12:00:00.000Z' },
        revision: 1,
        savedAt: '2026-11-24T12:00:00.000Z',
      },
    });
    expect(store.list('efgh').map((e) => e.id)).toEqual(['b', 'a']);
  });

  it('never overwrites a newer revision saved elsewhere', () => {
    const store = createPlanStore(memoryStorage(), undefined);
    const plan = testPlan();
    store.save(plan, 0);
    // another tab saved revision 2 from revision 1
    expect(store.save({ ...plan, name: 'theirs' }, 1).kind).toBe('saved');
    // this tab still thinks it has revision 1
    const result = store.save({ ...plan, name: 'mine' }, 1);
    expect(result.kind).toBe('conflict');
    expect(result.kind === 'conflict' && result.theirs.plan.name).toBe('theirs');
    expect(
      store.get(plan.id).kind === 'ok' &&
        (store.get(plan.id) as { stored: { plan: { name: string } } }).stored.plan.name,
    ).toBe('theirs');
    // the user chose to keep theirs overwritten by mine: save on top of their revision
    expect(store.save({ ...plan, name: 'mine' }, 2)).toMatchObject({
      kind: 'saved',
      stored: { revision: 3 },
    });
  });

  it('does not create a plan twice, nor bring back one deleted elsewhere', () => {
    const store = createPlanStore(memoryStorage(), undefined);
    const plan = testPlan();
    store.save(plan, 0);
    expect(store.save(plan, 0).kind).toBe('conflict');
    store.remove(plan.id);
    expect(store.save(plan, 1)).toEqual({
      kind: 'failed',
      message: 'This plan was deleted in another tab.',
    });
  });

  it('says when the storage is full, and writes nothing', () => {
    const store = createPlanStore(memoryStorage(500), undefined);
    expect(store.save(templatePlan('delay-series'), 0)).toEqual({ kind: 'full' });
    expect(store.get('p1')).toEqual({ kind: 'missing' });
  });

  it('lists a corrupt entry with the reason, without hiding the others', () => {
    const storage = memoryStorage();
    const store = createPlanStore(storage, undefined);
    store.save(testPlan({ id: 'good' }), 0);
    storage.setItem(planKey('broken'), '{"revision": 1, "plan": 3');
    storage.setItem(planKey('odd'), '{"revision": 1, "savedAt": "x", "plan": {"id": 3}}');
    storage.setItem('unrelated', 'x');
    const entries = store.list('efgh');
    expect(entries.map((e) => [e.id, e.kind])).toEqual([
      ['good', 'plan'],
      ['broken', 'corrupt'],
      ['odd', 'corrupt'],
    ]);
    expect(entries[1]).toMatchObject({ message: 'The saved entry is not valid JSON.' });
    expect(entries[2]).toMatchObject({
      message: expect.stringMatching(/^The saved entry cannot be read \(plan\.id: /),
    });
  });

  it('tells a subscriber when another tab changes the plan', () => {
    const storage = memoryStorage();
    const target = new EventTarget() as unknown as Window;
    const store = createPlanStore(storage, target);
    const onChange = vi.fn();
    const stop = store.subscribe('p1', onChange);
    store.save(testPlan(), 0);
    target.dispatchEvent(
      Object.assign(new Event('storage'), { key: planKey('p1'), storageArea: storage }),
    );
    target.dispatchEvent(
      Object.assign(new Event('storage'), { key: planKey('other'), storageArea: storage }),
    );
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange.mock.calls[0]?.[0]).toMatchObject({ kind: 'ok', stored: { revision: 1 } });
    stop();
    target.dispatchEvent(
      Object.assign(new Event('storage'), { key: planKey('p1'), storageArea: storage }),
    );
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
