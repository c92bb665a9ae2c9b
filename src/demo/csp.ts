/**
 * The Content-Security-Policy the app is served with (`vite preview`, and the policy to copy into
 * a facility's web server: docs/security.md). No inline or evaluated script anywhere; the API is
 * the only place the app may talk to. Styles allow inline because Mantine and Recharts set CSS
 * variables and SVG attributes at run time; that cannot run script.
 */
export function contentSecurityPolicy(apiUrl: string): string {
  const api = /^https?:\/\//i.test(apiUrl) ? ` ${new URL(apiUrl).origin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${api}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
