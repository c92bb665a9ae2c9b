import { useCallback, useState } from 'react';

/*
 * Unsaved form input, kept in sessionStorage so it outlives a failed save, a reload and the
 * forced re-login after a 401 (which sends the user to /login and back). Keyed by user and by
 * what is edited, so the next person signing in on this tab never sees someone else's text;
 * cleared when the save succeeds.
 */

const PREFIX = 'ispyb-web.draft';

export type DraftKind = 'shipment' | 'comments' | 'dewar' | 'container';

/** `id`: the edited object's id, or e.g. `new:MX2532` for a shipment not yet created. */
export function draftKey(login: string, kind: DraftKind, id: string | number): string {
  return `${PREFIX}:${login}:${kind}:${id}`;
}

export function loadDraft<T extends object>(key: string, fallback: T): T {
  try {
    const raw = globalThis.sessionStorage?.getItem(key);
    if (!raw) return fallback;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return fallback;
    // Only the fields the form knows, and only as strings: a stale or tampered entry cannot
    // put anything else into the form.
    const out: Record<string, unknown> = { ...(fallback as Record<string, unknown>) };
    for (const [field, value] of Object.entries(parsed)) {
      if (field in fallback && typeof value === 'string') out[field] = value;
    }
    return out as T;
  } catch {
    return fallback;
  }
}

export function saveDraft(key: string, value: object): void {
  try {
    globalThis.sessionStorage?.setItem(key, JSON.stringify(value));
  } catch {
    // storage full or disabled: the form still works, the draft just does not survive a reload
  }
}

export function clearDraft(key: string): void {
  globalThis.sessionStorage?.removeItem(key);
}

export function hasDraft(key: string): boolean {
  return globalThis.sessionStorage?.getItem(key) != null;
}

/**
 * Form state that is also written to the draft store on every change. `initial` is what the
 * server holds; a stored draft wins over it.
 */
export function useDraft<T extends object>(
  key: string,
  initial: T,
): [T, (next: T) => void, () => void] {
  const [value, setValue] = useState<T>(() => loadDraft(key, initial));
  const update = useCallback(
    (next: T) => {
      setValue(next);
      saveDraft(key, next);
    },
    [key],
  );
  const discard = useCallback(() => {
    clearDraft(key);
    setValue(initial);
  }, [key, initial]);
  return [value, update, discard];
}
