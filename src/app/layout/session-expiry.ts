export type ExpiryStatus =
  { kind: 'valid' } | { kind: 'ending'; expiresAt: Date } | { kind: 'expired' };

/** Whether the token is fine, about to end (within `warningMinutes`), or past its `exp`. */
export function expiryStatus(
  expiresAt: Date | undefined,
  now: Date,
  warningMinutes: number,
): ExpiryStatus {
  if (!expiresAt) return { kind: 'valid' };
  const left = expiresAt.getTime() - now.getTime();
  if (left <= 0) return { kind: 'expired' };
  if (left <= warningMinutes * 60_000) return { kind: 'ending', expiresAt };
  return { kind: 'valid' };
}
