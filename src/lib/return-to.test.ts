import { describe, expect, it } from 'vitest';
import { loginPath, safeReturnTo } from './return-to';

describe('safeReturnTo', () => {
  it('keeps in-app paths with their query', () => {
    expect(safeReturnTo('/proposals/MX2532/sessions/4?tab=runs')).toBe(
      '/proposals/MX2532/sessions/4?tab=runs',
    );
  });
  it.each([
    'https://evil.example',
    '//evil.example/x',
    '/\\evil',
    'javascript:alert(1)',
    '',
    null,
    '/login?x=1',
  ])('rejects %s', (value) => {
    expect(safeReturnTo(value)).toBe('/proposals');
  });
  it('round-trips through the login path', () => {
    const target = '/proposals?search=lyso&page=2';
    const url = new URL(loginPath(target), 'http://x');
    expect(safeReturnTo(url.searchParams.get('returnTo'))).toBe(target);
  });
});
