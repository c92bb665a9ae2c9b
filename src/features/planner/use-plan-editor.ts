import { useDebouncedCallback } from '@mantine/hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Plan } from '../../domain/plan';
import type { PlanStore, StoredPlan } from '../../lib/plan-store';

/** Quiet time after the last edit before the plan is written (each keystroke is not a save). */
export const AUTOSAVE_MS = 600;

export type SaveState =
  | { kind: 'saved'; revision: number; savedAt: string }
  | { kind: 'pending' }
  /** Another tab saved a newer revision; autosave waits for the user's choice. */
  | { kind: 'conflict'; theirs: StoredPlan }
  | { kind: 'deleted' }
  | { kind: 'full' }
  | { kind: 'failed'; message: string };

export interface PlanEditor {
  plan: Plan;
  save: SaveState;
  update: (change: (plan: Plan) => Plan) => void;
  /** Conflict: take the other tab's version, dropping this tab's changes. */
  loadTheirs: () => void;
  /** Conflict: write this tab's version on top of theirs (as the next revision). */
  keepMine: () => void;
  /** Retry a save that failed (storage full, deleted elsewhere: written back). */
  retry: () => void;
}

/**
 * The plan being edited and its saving: every change is written after a short pause, on top
 * of the revision it was read at. A newer revision saved in another tab (seen through the
 * `storage` event, or refused by the store) stops autosave until the user chooses.
 */
export function usePlanEditor(store: PlanStore, initial: StoredPlan): PlanEditor {
  const [plan, setPlan] = useState(initial.plan);
  const [save, setSave] = useState<SaveState>({
    kind: 'saved',
    revision: initial.revision,
    savedAt: initial.savedAt,
  });
  const revision = useRef(initial.revision);
  const latest = useRef(plan);

  const write = useCallback(
    (base: number) => {
      const result = store.save(latest.current, base);
      switch (result.kind) {
        case 'saved':
          revision.current = result.stored.revision;
          setSave({
            kind: 'saved',
            revision: result.stored.revision,
            savedAt: result.stored.savedAt,
          });
          return;
        case 'conflict':
          setSave({ kind: 'conflict', theirs: result.theirs });
          return;
        case 'full':
          setSave({ kind: 'full' });
          return;
        case 'failed':
          setSave(
            store.get(latest.current.id).kind === 'missing'
              ? { kind: 'deleted' }
              : { kind: 'failed', message: result.message },
          );
      }
    },
    [store],
  );
  // a change still waiting is written when the editor closes (navigating away), not lost
  const autosave = useDebouncedCallback(() => write(revision.current), {
    delay: AUTOSAVE_MS,
    flushOnUnmount: true,
  });

  const update = useCallback(
    (change: (plan: Plan) => Plan) => {
      const next = change(latest.current);
      latest.current = next;
      setPlan(next);
      setSave((s) => (s.kind === 'conflict' || s.kind === 'deleted' ? s : { kind: 'pending' }));
      autosave();
    },
    [autosave],
  );

  useEffect(
    () =>
      store.subscribe(initial.plan.id, (readout) => {
        if (readout.kind === 'missing') {
          setSave({ kind: 'deleted' });
        } else if (readout.kind === 'ok' && readout.stored.revision > revision.current) {
          setSave({ kind: 'conflict', theirs: readout.stored });
        }
      }),
    [store, initial.plan.id],
  );

  const loadTheirs = useCallback(() => {
    if (save.kind !== 'conflict') return;
    const { theirs } = save;
    autosave.cancel();
    latest.current = theirs.plan;
    revision.current = theirs.revision;
    setPlan(theirs.plan);
    setSave({ kind: 'saved', revision: theirs.revision, savedAt: theirs.savedAt });
  }, [save, autosave]);

  const keepMine = useCallback(() => {
    if (save.kind !== 'conflict') return;
    write(save.theirs.revision);
  }, [save, write]);

  const retry = useCallback(() => {
    // deleted elsewhere: the user asked to keep it, so it is created again
    write(save.kind === 'deleted' ? 0 : revision.current);
  }, [save, write]);

  return { plan, save, update, loadTheirs, keepMine, retry };
}
