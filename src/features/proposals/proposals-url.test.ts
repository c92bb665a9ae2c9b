import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PROPOSALS_STATE,
  proposalsUrlCodec,
  type ProposalsUrlState,
} from './proposals-url';

function roundTrip(state: ProposalsUrlState): ProposalsUrlState {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(proposalsUrlCodec.encode(state))) {
    if (value !== undefined) params.set(key, value);
  }
  return proposalsUrlCodec.decode(params);
}

describe('proposalsUrlCodec', () => {
  it('decodes an empty query string to the defaults', () => {
    expect(proposalsUrlCodec.decode(new URLSearchParams())).toEqual(DEFAULT_PROPOSALS_STATE);
  });

  it('leaves defaults out of the URL', () => {
    expect(proposalsUrlCodec.encode(DEFAULT_PROPOSALS_STATE)).toEqual({
      search: undefined,
      page: undefined,
      sort: undefined,
      dir: undefined,
    });
  });

  it.each<ProposalsUrlState>([
    DEFAULT_PROPOSALS_STATE,
    { search: 'lysozyme', page: 3, sort: 'title', dir: 'desc' },
    { search: 'MX 25', page: 1, sort: 'sessions', dir: 'asc' },
    { search: '', page: 12, sort: undefined, dir: 'asc' },
    { search: '“ü & ?=”', page: 2, sort: 'state', dir: 'desc' },
  ])('round-trips %o', (state) => {
    expect(roundTrip(state)).toEqual(state);
  });

  it('decodes every parameter', () => {
    const params = new URLSearchParams('search=%20thaumatin%20&page=4&sort=name&dir=desc');
    expect(proposalsUrlCodec.decode(params)).toEqual({
      search: 'thaumatin',
      page: 4,
      sort: 'name',
      dir: 'desc',
    });
  });

  it.each([
    ['page=0', { page: 1 }],
    ['page=-2', { page: 1 }],
    ['page=2.5', { page: 1 }],
    ['page=abc', { page: 1 }],
    ['sort=colour', { sort: undefined }],
    ['sort=title&dir=sideways', { sort: 'title', dir: 'asc' }],
    ['dir=desc', { sort: undefined, dir: 'asc' }],
  ])('falls back on invalid %s', (query, expected) => {
    expect(proposalsUrlCodec.decode(new URLSearchParams(query))).toMatchObject(expected);
  });

  it('keeps parameters it does not own out of the encoded value', () => {
    expect(Object.keys(proposalsUrlCodec.encode(DEFAULT_PROPOSALS_STATE)).sort()).toEqual([
      'dir',
      'page',
      'search',
      'sort',
    ]);
  });
});
