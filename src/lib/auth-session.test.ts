import { describe, expect, it } from 'vitest';
import { createSession, isExpired, readTokenExpiry } from './auth-session';

const jwt = (payload: object) =>
  `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.${btoa(JSON.stringify(payload)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')}.sig`;

describe('token expiry', () => {
  it('reads exp (epoch seconds) from the JWT payload', () => {
    expect(readTokenExpiry(jwt({ login: 'a', exp: 1_800_000_000 }))?.toISOString()).toBe(
      '2027-01-15T08:00:00.000Z',
    );
  });
  it('is undefined for a token without exp or a non-JWT token', () => {
    expect(readTokenExpiry(jwt({ login: 'a' }))).toBeUndefined();
    expect(readTokenExpiry('opaque-token')).toBeUndefined();
    expect(readTokenExpiry('a.%%%.c')).toBeUndefined();
  });
  it('says when a session has expired', () => {
    const session = createSession(jwt({ exp: 1000 }), 'a', []);
    expect(isExpired(session, new Date(999_000))).toBe(false);
    expect(isExpired(session, new Date(1_000_000))).toBe(true);
  });
});
