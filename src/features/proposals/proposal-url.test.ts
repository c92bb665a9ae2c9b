import { describe, expect, it } from 'vitest';
import { proposalUrlCodec, SESSION_PHASES } from './proposal-url';

describe('proposalUrlCodec', () => {
  it.each(SESSION_PHASES)('round-trips %s', (phase) => {
    const params = new URLSearchParams({ sessions: phase });
    expect(proposalUrlCodec.encode(proposalUrlCodec.decode(params))).toEqual({ sessions: phase });
  });

  it.each(['', 'future', 'PAST'])('ignores the unknown tab %j', (raw) => {
    expect(proposalUrlCodec.decode(new URLSearchParams({ sessions: raw }))).toEqual({
      sessions: undefined,
    });
  });
});
