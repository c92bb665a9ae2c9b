/**
 * The bearer token of the signed-in user. Kept in memory and in sessionStorage (survives a
 * reload of this tab, not a new tab, never written to localStorage or a URL).
 */
const STORAGE_KEY = 'ispyb-web.session';

export interface AuthSession {
  token: string;
  login: string;
  permissions: string[];
  /** Expiry from the JWT's `exp` claim; `undefined` when the token carries none. */
  expiresAt: Date | undefined;
}

type Listener = (session: AuthSession | undefined) => void;

let current: AuthSession | undefined = load();
/**
 * Why the last session ended: `expired` (the login page says so), `signed-out` (the user chose
 * to: the login page starts afresh), `renew` (the user signs in again before the token ends).
 */
export type EndReason = 'expired' | 'signed-out' | 'renew';

let endReason: EndReason | undefined;
const listeners = new Set<Listener>();

function load(): AuthSession | undefined {
  try {
    const raw = globalThis.sessionStorage?.getItem(STORAGE_KEY);
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as { token?: unknown; login?: unknown; permissions?: unknown };
    if (typeof parsed.token !== 'string' || typeof parsed.login !== 'string') return undefined;
    const permissions = Array.isArray(parsed.permissions)
      ? parsed.permissions.filter((p): p is string => typeof p === 'string')
      : [];
    return createSession(parsed.token, parsed.login, permissions);
  } catch {
    return undefined;
  }
}

export function createSession(token: string, login: string, permissions: string[]): AuthSession {
  return { token, login, permissions, expiresAt: readTokenExpiry(token) };
}

/** Reads `exp` (epoch seconds) from a JWT's payload without verifying it (the server does). */
export function readTokenExpiry(token: string): Date | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? new Date(exp * 1000) : undefined;
  } catch {
    return undefined;
  }
}

export function getSession(): AuthSession | undefined {
  return current;
}

export function getEndReason(): EndReason | undefined {
  return endReason;
}

export function setSession(
  session: AuthSession | undefined,
  reason: EndReason = 'signed-out',
): void {
  if (!session && current) endReason = reason;
  current = session;
  try {
    if (session) {
      globalThis.sessionStorage?.setItem(
        STORAGE_KEY,
        JSON.stringify({
          token: session.token,
          login: session.login,
          permissions: session.permissions,
        }),
      );
    } else {
      globalThis.sessionStorage?.removeItem(STORAGE_KEY);
    }
  } catch {
    // Storage can be disabled (private mode); the in-memory session still works.
  }
  for (const listener of listeners) listener(session);
}

export function subscribeSession(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function isExpired(session: AuthSession, now: Date): boolean {
  return session.expiresAt !== undefined && session.expiresAt.getTime() <= now.getTime();
}
