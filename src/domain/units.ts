/** hc in keV·Å: E [keV] = 12.398 / λ [Å]. */
export const HC_KEV_ANGSTROM = 12.398419843320026;

export function wavelengthToEnergyKeV(wavelengthA: number): number {
  return HC_KEV_ANGSTROM / wavelengthA;
}

export function energyKeVToWavelength(energyKeV: number): number {
  return HC_KEV_ANGSTROM / energyKeV;
}

const SI_PREFIXES: ReadonlyArray<[number, string]> = [
  [1e9, 'G'],
  [1e6, 'M'],
  [1e3, 'k'],
  [1, ''],
  [1e-3, 'm'],
  [1e-6, 'µ'],
  [1e-9, 'n'],
  [1e-12, 'p'],
];

const SMALLEST_PREFIX: [number, string] = [1e-12, 'p'];

/** `formatSI(1e-5, 's')` → `10 µs`; `formatSI(0, 's')` → `0 s`. */
export function formatSI(value: number, unit: string, significantDigits = 3): string {
  if (!Number.isFinite(value)) return `– ${unit}`;
  if (value === 0) return `0 ${unit}`;
  const abs = Math.abs(value);
  const [factor, prefix] = SI_PREFIXES.find(([f]) => abs >= f * 0.9995) ?? SMALLEST_PREFIX;
  const scaled = value / factor;
  return `${trimNumber(scaled, significantDigits)} ${prefix}${unit}`;
}

function trimNumber(value: number, significantDigits: number): string {
  return String(Number(value.toPrecision(significantDigits)));
}

/**
 * The app's one digit grouping (ISO 80000): a narrow no-break space between groups of three
 * digits of the integer part, never a comma (a decimal mark in much of Europe): `12345.6` →
 * `12 345.6`.
 */
export function groupThousands(text: string): string {
  const [whole = '', fraction] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** Fixed decimals, then the unit: `formatQuantity(0.9763, 'Å', 3)` → `0.976 Å`. */
export function formatQuantity(value: number | undefined, unit: string, decimals: number): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  const text = groupThousands(value.toFixed(decimals));
  // toFixed keeps the sign of a negative zero's rounding (-0.001 → "-0.00"): drop it
  return `${/^-[0.]+$/.test(text) ? text.slice(1) : text} ${unit}`;
}

/** Large counts with thousands separators: 25600 → `25 600`. */
export function formatCount(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  return groupThousands(Math.round(value).toString());
}

/** Scientific notation for flux and densities: 2.1e12 → `2.1 × 10¹²`. */
export function formatScientific(value: number | undefined, unit = '', digits = 2): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  if (value === 0) return `0${unit ? ` ${unit}` : ''}`;
  const exponent = Math.floor(Math.log10(Math.abs(value)));
  const mantissa = value / 10 ** exponent;
  const superscript = String(exponent)
    .split('')
    .map((ch) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(ch)] ?? (ch === '-' ? '⁻' : ch))
    .join('');
  return `${Number(mantissa.toPrecision(digits))} × 10${superscript}${unit ? ` ${unit}` : ''}`;
}

export function formatPercent(fraction: number | undefined, decimals = 1): string {
  if (fraction === undefined || !Number.isFinite(fraction)) return '–';
  return `${(fraction * 100).toFixed(decimals)} %`;
}
