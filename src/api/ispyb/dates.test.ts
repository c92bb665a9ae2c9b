import { afterEach, describe, expect, it } from 'vitest';
import { isIspybDate, parseIspybDate, parseIspybWallClock, parseOptionalIspybDate } from './dates';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('parseIspybDate', () => {
  it('reads a zone-less date-time as that local wall-clock time', () => {
    expect(parseIspybDate('2023-01-25T10:05:00')).toEqual(new Date(2023, 0, 25, 10, 5, 0));
  });

  it('keeps the wall-clock time in a zone that is not UTC', () => {
    process.env.TZ = 'Europe/Paris'; // Node re-reads TZ when it changes
    const d = parseIspybDate('2023-07-01T10:05:00');
    expect(d.getHours()).toBe(10);
    expect(d.toISOString()).toBe('2023-07-01T08:05:00.000Z');
  });

  it('reads an explicit zone as the instant', () => {
    expect(parseIspybDate('2020-06-16T15:42:44+00:00').toISOString()).toBe(
      '2020-06-16T15:42:44.000Z',
    );
    expect(parseIspybDate('2023-01-25T10:05:00+01:00').toISOString()).toBe(
      '2023-01-25T09:05:00.000Z',
    );
    expect(parseIspybDate('2023-01-25T10:05:00Z').toISOString()).toBe('2023-01-25T10:05:00.000Z');
    expect(parseIspybDate('2023-01-25T10:05:00-0530').toISOString()).toBe(
      '2023-01-25T15:35:00.000Z',
    );
  });

  it('keeps milliseconds of a microsecond fraction', () => {
    expect(parseIspybDate('2023-01-25T10:05:00.123456')).toEqual(
      new Date(2023, 0, 25, 10, 5, 0, 123),
    );
    expect(parseIspybDate('2023-01-25T10:05:00.5')).toEqual(new Date(2023, 0, 25, 10, 5, 0, 500));
  });

  it('accepts a date alone, minutes without seconds and a space separator', () => {
    expect(parseIspybDate('2023-01-25')).toEqual(new Date(2023, 0, 25));
    expect(parseIspybDate('2023-01-25T10:05')).toEqual(new Date(2023, 0, 25, 10, 5));
    expect(parseIspybDate('2023-01-25 10:05:07')).toEqual(new Date(2023, 0, 25, 10, 5, 7));
  });

  it('throws on anything else', () => {
    for (const bad of [
      '',
      'yesterday',
      '25/01/2023',
      '2023-02-30T00:00:00',
      '2023-01-25T24:00:00',
    ]) {
      expect(isIspybDate(bad)).toBe(false);
      expect(() => parseIspybDate(bad)).toThrow(RangeError);
    }
  });
});

describe('parseIspybWallClock', () => {
  it('ignores the spurious zone py-ispyb appends to top-level shippings and lab contacts', () => {
    process.env.TZ = 'Europe/Paris';
    const list = parseIspybDate('2020-06-16T15:42:44');
    const detail = parseIspybWallClock('2020-06-16T15:42:44+00:00');
    expect(detail).toEqual(list);
    expect(detail.getHours()).toBe(15);
  });
});

describe('parseOptionalIspybDate', () => {
  it('maps null and undefined to undefined', () => {
    expect(parseOptionalIspybDate(null)).toBeUndefined();
    expect(parseOptionalIspybDate(undefined)).toBeUndefined();
    expect(parseOptionalIspybDate('2023-01-25T10:05:00')).toEqual(new Date(2023, 0, 25, 10, 5));
  });
});
