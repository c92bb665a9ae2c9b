import { describe, expect, it } from 'vitest';
import {
  energyKeVToWavelength,
  formatCount,
  formatPercent,
  formatQuantity,
  formatScientific,
  formatSI,
  groupThousands,
  wavelengthToEnergyKeV,
} from './units';

describe('energy and wavelength', () => {
  it('converts with E = 12.398 / λ', () => {
    expect(wavelengthToEnergyKeV(0.9763)).toBeCloseTo(12.6994, 3);
    expect(energyKeVToWavelength(12.398419843320026)).toBeCloseTo(1, 10);
  });
});

describe('formatSI', () => {
  it.each([
    [1e-8, 's', '10 ns'],
    [1e-6, 's', '1 µs'],
    [1e-5, 's', '10 µs'],
    [0.001, 's', '1 ms'],
    [0.1, 's', '100 ms'],
    [1, 's', '1 s'],
    [231.25, 'Hz', '231 Hz'],
    [1000, 'Hz', '1 kHz'],
    [0, 's', '0 s'],
    [-2e-6, 's', '-2 µs'],
  ])('%s %s → %s', (value, unit, expected) => {
    expect(formatSI(value, unit)).toBe(expected);
  });
});

describe('number formats', () => {
  it('groups thousands with a narrow space', () => {
    expect(formatCount(25600)).toBe('25\u202f600');
    expect(formatCount(1_000_000)).toBe('1\u202f000\u202f000');
    expect(formatCount(undefined)).toBe('–');
    expect(formatCount(-12_345)).toBe('-12\u202f345');
    expect(groupThousands('1234567.8912')).toBe('1\u202f234\u202f567.8912');
    expect(groupThousands('999')).toBe('999');
  });
  it('groups quantities the same way, never with commas', () => {
    expect(formatQuantity(0.9763, 'Å', 3)).toBe('0.976 Å');
    expect(formatQuantity(12_398.4, 'eV', 1)).toBe('12\u202f398.4 eV');
    expect(formatQuantity(-0.001, 'Å', 2)).toBe('0.00 Å');
    expect(formatQuantity(undefined, 'Å', 2)).toBe('–');
  });
  it('writes powers of ten with superscripts', () => {
    expect(formatScientific(2.1e12, 'ph/s')).toBe('2.1 × 10¹² ph/s');
    expect(formatScientific(5e-6)).toBe('5 × 10⁻⁶');
  });
  it('formats fractions as percentages', () => {
    expect(formatPercent(0.4213)).toBe('42.1 %');
    expect(formatPercent(undefined)).toBe('–');
  });
});
