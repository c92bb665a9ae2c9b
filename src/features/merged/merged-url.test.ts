import { describe, expect, it } from 'vitest';
import { mergeUrlCodec, parseId, seriesUrlCodec } from './merged-url';

const decode = (query: string) => mergeUrlCodec.decode(new URLSearchParams(query));

describe('mergeUrlCodec', () => {
  it('defaults to CC½ ≥ 0.3 and the suggested cut', () => {
    expect(decode('')).toEqual({ rule: { metric: 'ccHalf', threshold: 0.3 }, cutA: undefined });
    expect(mergeUrlCodec.encode(decode(''))).toEqual({
      rule: undefined,
      min: undefined,
      cut: undefined,
    });
  });

  it('round-trips a rule on ⟨I/σ⟩ and a chosen cut', () => {
    const state = decode('rule=isigma&min=2&cut=1.85');
    expect(state).toEqual({ rule: { metric: 'iOverSigma', threshold: 2 }, cutA: 1.85 });
    expect(mergeUrlCodec.encode(state)).toEqual({ rule: 'isigma', min: '2', cut: '1.85' });
  });

  it('falls back on thresholds out of range and cuts that are not positive numbers', () => {
    expect(decode('min=7').rule).toEqual({ metric: 'ccHalf', threshold: 0.3 });
    expect(decode('rule=isigma&min=-1').rule.threshold).toBe(1);
    expect(decode('cut=abc').cutA).toBeUndefined();
    expect(decode('cut=0').cutA).toBeUndefined();
  });
});

describe('seriesUrlCodec', () => {
  it('reads two ids to compare, and nothing else', () => {
    const read = (q: string) => seriesUrlCodec.decode(new URLSearchParams(q)).compare;
    expect(read('compare=58006,58009')).toEqual([58006, 58009]);
    expect(read('compare=58006')).toBeUndefined();
    expect(read('compare=58006,x')).toBeUndefined();
    expect(read('compare=1,2,3')).toBeUndefined();
    expect(seriesUrlCodec.encode({ compare: [1, 2] })).toEqual({ compare: '1,2' });
  });
});

describe('parseId', () => {
  it('accepts positive integers only', () => {
    expect([parseId('12'), parseId('0'), parseId('1e3'), parseId(undefined)]).toEqual([
      12,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
