import { describe, expect, it } from 'vitest';
import { expiryStatus } from './session-expiry';

const now = new Date('2024-05-01T12:00:00Z');
const inMinutes = (m: number) => new Date(now.getTime() + m * 60_000);

describe('expiryStatus', () => {
  it('is valid without an expiry or far from it', () => {
    expect(expiryStatus(undefined, now, 10)).toEqual({ kind: 'valid' });
    expect(expiryStatus(inMinutes(11), now, 10)).toEqual({ kind: 'valid' });
  });

  it('warns within the warning window', () => {
    expect(expiryStatus(inMinutes(10), now, 10)).toEqual({
      kind: 'ending',
      expiresAt: inMinutes(10),
    });
    expect(expiryStatus(inMinutes(0.5), now, 10).kind).toBe('ending');
  });

  it('is expired at and after exp', () => {
    expect(expiryStatus(inMinutes(0), now, 10)).toEqual({ kind: 'expired' });
    expect(expiryStatus(inMinutes(-5), now, 10)).toEqual({ kind: 'expired' });
  });
});
