import { describe, expect, it } from 'vitest';
import { plansUrlCodec } from './plans-url';

describe('plansUrlCodec', () => {
  it('reads and writes the proposal filter, leaving it out when empty', () => {
    expect(plansUrlCodec.decode(new URLSearchParams('proposal=MX2532'))).toEqual({
      proposal: 'MX2532',
    });
    expect(plansUrlCodec.decode(new URLSearchParams(''))).toEqual({ proposal: '' });
    expect(plansUrlCodec.encode({ proposal: '' })).toEqual({ proposal: undefined });
    expect(plansUrlCodec.encode({ proposal: 'MX2532' })).toEqual({ proposal: 'MX2532' });
  });
});
