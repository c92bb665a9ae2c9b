/**
 * Run plans kept in the browser's `localStorage`, one entry per plan, so a broken entry never
 * hides the others and tabs rarely write the same key. Plans only: the auth token never goes
 * here. Each entry carries a revision: a save names the revision it started from and is refused
 * when another tab saved since, so nothing is silently overwritten.
 */
import type { Plan } from '../domain/plan';
import { planSchema } from './plan-store-schema';
import { z } from 'zod';

export const PLAN_KEY_PREFIX = 'ispyb-web:plan:';

export interface StoredPlan {
  plan: Plan;
  /** 1 for the first save, +1 for each save after. */
  revision: number;
  /** ISO date-time of the save. */
  savedAt: string;
}

export type PlanEntry =
  | { kind: 'plan'; id: string; stored: StoredPlan }
  | { kind: 'corrupt'; id: string; message: string };

export type PlanReadout =
  { kind: 'ok'; stored: StoredPlan } | { kind: 'missing' } | { kind: 'corrupt'; message: string };

export type SaveResult =
  | { kind: 'saved'; stored: StoredPlan }
  /** Another tab saved a newer revision: nothing was written. */
  | { kind: 'conflict'; theirs: StoredPlan }
  /** The browser's storage quota is used up: nothing was written. */
  | { kind: 'full' }
  | { kind: 'failed'; message: string };

const entrySchema = z.object({
  revision: z.number().int().min(1),
  savedAt: z.string(),
  plan: planSchema,
});

export const planKey = (id: string) => `${PLAN_KEY_PREFIX}${id}`;

function readEntry(raw: string): PlanReadout {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { kind: 'corrupt', message: 'The saved entry is not valid JSON.' };
  }
  const parsed = entrySchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.map(String).join('.') ?? '';
    return {
      kind: 'corrupt',
      message: `The saved entry cannot be read${where ? ` (${where}: ${first?.message})` : ''}.`,
    };
  }
  return { kind: 'ok', stored: parsed.data };
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

/** Short random id for a plan or an editor row: URL-safe, unique enough per browser. */
export function newPlanId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('');
}

export interface PlanStore {
  /** Every plan of `owner`, newest change first, and every entry that cannot be read. */
  list(owner: string): PlanEntry[];
  get(id: string): PlanReadout;
  /**
   * Writes `plan` as revision `baseRevision + 1` when the stored revision is still
   * `baseRevision` (0: the plan must not exist yet).
   */
  save(plan: Plan, baseRevision: number, now?: Date): SaveResult;
  remove(id: string): void;
  /** Calls `onChange` when another tab changes the plan's entry (the `storage` event). */
  subscribe(id: string, onChange: (readout: PlanReadout) => void): () => void;
}

export function createPlanStore(storage: Storage, target: Window | undefined): PlanStore {
  const get = (id: string): PlanReadout => {
    const raw = storage.getItem(planKey(id));
    return raw === null ? { kind: 'missing' } : readEntry(raw);
  };
  return {
    list(owner) {
      const entries: PlanEntry[] = [];
      for (let i = 0; i < storage.length; i += 1) {
        const key = storage.key(i);
        if (!key?.startsWith(PLAN_KEY_PREFIX)) continue;
        const id = key.slice(PLAN_KEY_PREFIX.length);
        const readout = get(id);
        if (readout.kind === 'ok' && readout.stored.plan.owner === owner) {
          entries.push({ kind: 'plan', id, stored: readout.stored });
        } else if (readout.kind === 'corrupt') {
          entries.push({ kind: 'corrupt', id, message: readout.message });
        }
      }
      const at = (e: PlanEntry) => (e.kind === 'plan' ? e.stored.plan.updatedAt : '');
      return entries.sort((a, b) => at(b).localeCompare(at(a)));
    },
    get,
    save(plan, baseRevision, now = new Date()) {
      const current = get(plan.id);
      if (current.kind === 'ok' && current.stored.revision !== baseRevision) {
        return { kind: 'conflict', theirs: current.stored };
      }
      if (current.kind === 'missing' && baseRevision !== 0) {
        // deleted in another tab: writing it back is the user's choice, not ours
        return { kind: 'failed', message: 'This plan was deleted in another tab.' };
      }
      const stored: StoredPlan = {
        plan: { ...plan, updatedAt: now.toISOString() },
        revision: baseRevision + 1,
        savedAt: now.toISOString(),
      };
      try {
        storage.setItem(
          planKey(plan.id),
          JSON.stringify(stored, (_k, v: unknown) => (v === undefined ? null : v)),
        );
      } catch (error) {
        if (isQuotaError(error)) return { kind: 'full' };
        return {
          kind: 'failed',
          message: error instanceof Error ? error.message : 'The browser refused to save.',
        };
      }
      return { kind: 'saved', stored };
    },
    remove(id) {
      storage.removeItem(planKey(id));
    },
    subscribe(id, onChange) {
      if (!target) return () => undefined;
      const key = planKey(id);
      const listener = (event: StorageEvent) => {
        if (event.storageArea === storage && event.key === key) onChange(get(id));
      };
      target.addEventListener('storage', listener);
      return () => target.removeEventListener('storage', listener);
    },
  };
}

/** The store of this browser, or undefined where storage is blocked (private modes, policies). */
export function browserPlanStore(): PlanStore | undefined {
  try {
    return createPlanStore(window.localStorage, window);
  } catch {
    return undefined;
  }
}
