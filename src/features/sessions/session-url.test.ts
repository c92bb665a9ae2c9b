import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  clearFilters,
  DEFAULT_SESSION_STATE,
  sessionUrlCodec,
  type SessionUrlState,
} from './session-url';

const decode = (query: string) => sessionUrlCodec.decode(new URLSearchParams(query));
/** What the hook would write: defaults left out. */
function encode(state: SessionUrlState): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(sessionUrlCodec.encode(state))) {
    if (value !== undefined && value !== '') params.set(key, value);
  }
  return params.toString();
}

const FULL: SessionUrlState = {
  types: ['SSX-Chip', 'Unspecified'],
  devices: ['chip', 'liquid-jet'],
  sample: 'PYP slurry',
  delay: 'dark',
  delayMin: 1e-6,
  delayMax: 0.001,
  minRuns: 2,
  minImages: 10_000,
  minHitRate: 0.2,
  minIndexingRate: 0.555,
  statuses: ['processing', 'failed'],
  sort: 'hitRate',
  dir: 'desc',
};

describe('sessionUrlCodec', () => {
  it('writes nothing for the defaults', () => {
    expect(encode(DEFAULT_SESSION_STATE)).toBe('');
    expect(decode('')).toEqual(DEFAULT_SESSION_STATE);
  });

  it('round-trips every filter, the sort and the direction', () => {
    const query = encode(FULL);
    expect(query).toBe(
      'type=SSX-Chip%2CUnspecified&device=chip%2Cliquid-jet&sample=PYP+slurry&delay=dark' +
        '&dmin=0.000001&dmax=0.001&runs=2&images=10000&hit=20&indexed=55.5' +
        '&status=processing%2Cfailed&sort=hitRate&dir=desc',
    );
    expect(decode(query)).toEqual(FULL);
  });

  it('keeps one canonical order for lists', () => {
    const a = decode('device=liquid-jet,chip&status=failed,processing');
    const b = decode('device=chip,liquid-jet&status=processing,failed');
    expect(a).toEqual(b);
    expect(a.statuses).toEqual(['processing', 'failed']);
  });

  it('reads delays in any number notation, and puts a reversed range right', () => {
    expect(decode('dmin=1e-3&dmax=1E-6')).toMatchObject({ delayMin: 1e-6, delayMax: 1e-3 });
  });

  it.each([
    ['device=rocket,chip,chip', { devices: ['chip'] }],
    ['status=done,collecting', { statuses: ['collecting'] }],
    ['type=, ,SSX-Jet,SSX-Jet', { types: ['SSX-Jet'] }],
    ['delay=always', { delay: undefined }],
    ['dmin=-1&dmax=abc', { delayMin: undefined, delayMax: undefined }],
    ['dmin=Infinity&dmax=1e400', { delayMin: undefined, delayMax: undefined }],
    ['runs=1.5&images=-3', { minRuns: undefined, minImages: undefined }],
    ['runs=0x10&images=1e3', { minRuns: undefined, minImages: 1000 }],
    ['hit=120&indexed=', { minHitRate: undefined, minIndexingRate: undefined }],
    ['hit=%2050%20', { minHitRate: 0.5 }],
    ['sort=colour&dir=desc', { sort: undefined, dir: 'asc' }],
    ['sort=runs&dir=sideways', { sort: 'runs', dir: 'asc' }],
    ['sample=%20%20', { sample: '' }],
  ] as const)('drops invalid values in %s', (query, expected) => {
    expect(decode(query)).toEqual({ ...DEFAULT_SESSION_STATE, ...expected });
  });

  it('does not write a direction without a sort', () => {
    expect(encode({ ...DEFAULT_SESSION_STATE, dir: 'desc' })).toBe('');
  });
});

describe('filters', () => {
  it('counts the filters set, a delay range once', () => {
    expect(activeFilterCount(DEFAULT_SESSION_STATE)).toBe(0);
    expect(activeFilterCount(FULL)).toBe(10);
    expect(activeFilterCount({ ...DEFAULT_SESSION_STATE, delayMax: 1 })).toBe(1);
  });

  it('clears the filters but keeps the sort', () => {
    expect(clearFilters(FULL)).toEqual({ ...DEFAULT_SESSION_STATE, sort: 'hitRate', dir: 'desc' });
  });
});
