import { describe, expect, it } from 'vitest';
import { DEFAULT_SAMPLES_STATE, needsClientFilter, samplesUrlCodec } from './samples-url';

describe('samplesUrlCodec', () => {
  it('reads every filter and drops unknown values', () => {
    const params = new URLSearchParams(
      'search= A1 &protein=12&kind=slurry&data=no&container=7&page=3',
    );
    expect(samplesUrlCodec.decode(params)).toEqual({
      search: 'A1',
      proteinId: 12,
      kind: 'slurry',
      data: 'no',
      containerId: 7,
      page: 3,
    });
    expect(
      samplesUrlCodec.decode(new URLSearchParams('kind=tube&data=maybe&protein=x&page=-1')),
    ).toEqual(DEFAULT_SAMPLES_STATE);
  });

  it('leaves defaults out of the URL and round-trips', () => {
    expect(samplesUrlCodec.encode(DEFAULT_SAMPLES_STATE)).toEqual({
      search: undefined,
      protein: undefined,
      kind: undefined,
      data: undefined,
      container: undefined,
      page: undefined,
    });
    const state = { ...DEFAULT_SAMPLES_STATE, kind: 'pin' as const, containerId: 4, page: 2 };
    const encoded = samplesUrlCodec.encode(state);
    const params = new URLSearchParams(
      Object.entries(encoded).flatMap(([k, v]) => (v === undefined ? [] : [[k, v]])),
    );
    expect(samplesUrlCodec.decode(params)).toEqual(state);
  });

  it('filters on the client only what py-ispyb cannot', () => {
    expect(needsClientFilter({ ...DEFAULT_SAMPLES_STATE, data: 'yes' })).toBe(false);
    expect(needsClientFilter({ ...DEFAULT_SAMPLES_STATE, data: 'no' })).toBe(true);
    expect(needsClientFilter({ ...DEFAULT_SAMPLES_STATE, kind: 'pin' })).toBe(true);
  });
});
