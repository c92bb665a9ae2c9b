import { describe, expect, it } from 'vitest';
import { editUrlCodec, type EditTarget } from './edit-url';
import { DEFAULT_SHIPMENTS_STATE, hasFilters, shipmentsUrlCodec } from './shipments-url';

const decode = (qs: string) => shipmentsUrlCodec.decode(new URLSearchParams(qs));

describe('shipments URL state', () => {
  it('decodes an empty query to the defaults (newest first) and encodes them to nothing', () => {
    expect(decode('')).toEqual(DEFAULT_SHIPMENTS_STATE);
    expect(
      Object.values(shipmentsUrlCodec.encode(DEFAULT_SHIPMENTS_STATE)).filter(Boolean),
    ).toEqual([]);
  });

  it('round-trips every filter, the sort and the page', () => {
    const qs =
      'proposal=MX2532&from=2026-11-01&to=2026-11-24&beamline=ID29&safety=missing&comments=with&search=pyp&sort=name&dir=desc&page=3';
    const state = decode(qs);
    expect(state).toEqual({
      proposal: 'MX2532',
      from: '2026-11-01',
      to: '2026-11-24',
      beamline: 'ID29',
      safety: 'missing',
      comments: 'with',
      search: 'pyp',
      sort: 'name',
      dir: 'desc',
      page: 3,
    });
    expect(
      new URLSearchParams(shipmentsUrlCodec.encode(state) as Record<string, string>).toString(),
    ).toBe(qs);
    expect(hasFilters(state)).toBe(true);
    expect(hasFilters(DEFAULT_SHIPMENTS_STATE)).toBe(false);
  });

  it('ignores values it does not know', () => {
    expect(
      decode('from=2026-02-31&to=yesterday&safety=PURPLE&comments=maybe&sort=x&page=-2'),
    ).toEqual(DEFAULT_SHIPMENTS_STATE);
  });
});

describe('edit URL state', () => {
  const targets: [string, EditTarget][] = [
    ['new', { kind: 'new-shipment' }],
    ['shipment', { kind: 'shipment' }],
    ['dewar:new', { kind: 'new-dewar' }],
    ['dewar:12', { kind: 'dewar', id: 12 }],
    ['container:new:12', { kind: 'new-container', dewarId: 12 }],
    ['container:34', { kind: 'container', id: 34 }],
  ];
  it.each(targets)('round-trips %s', (value, edit) => {
    expect(editUrlCodec.decode(new URLSearchParams({ edit: value }))).toEqual({ edit });
    expect(editUrlCodec.encode({ edit })).toEqual({ edit: value });
  });

  it('opens nothing for a malformed value', () => {
    for (const value of ['', 'dewar:x', 'container:new', 'dewar:0', 'shipment:1'])
      expect(editUrlCodec.decode(new URLSearchParams({ edit: value }))).toEqual({
        edit: undefined,
      });
  });
});
