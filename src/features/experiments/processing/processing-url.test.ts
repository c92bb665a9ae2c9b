import { describe, expect, it } from 'vitest';
import { processingUrlCodec } from './processing-url';

describe('processingUrlCodec', () => {
  it('round-trips the open attachment and leaves it out when none is open', () => {
    expect(processingUrlCodec.decode(new URLSearchParams('log=12'))).toEqual({ log: 12 });
    expect(processingUrlCodec.encode({ log: 12 })).toEqual({ log: '12' });
    expect(processingUrlCodec.encode({ log: undefined })).toEqual({ log: undefined });
  });

  it('ignores anything that is not a positive id', () => {
    for (const raw of ['', '0', '-3', '1.5', 'abc']) {
      expect(processingUrlCodec.decode(new URLSearchParams(`log=${raw}`))).toEqual({
        log: undefined,
      });
    }
  });
});
