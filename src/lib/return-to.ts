/**
 * Where to go after signing in. Only same-app paths are accepted, so a crafted `returnTo`
 * cannot send the user to another site or to a `javascript:` URL.
 */
export function safeReturnTo(value: string | null | undefined, fallback = '/proposals'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\'))
    return fallback;
  if (value.startsWith('/login')) return fallback;
  return value;
}

export function loginPath(returnTo: string): string {
  return `/login?returnTo=${encodeURIComponent(returnTo)}`;
}
