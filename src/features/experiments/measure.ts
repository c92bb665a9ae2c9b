/** `measure(231.25, 'Hz')` → "231.25 Hz"; at most `maxDigits` decimals, no trailing zeros; "–" when unknown. */
export function measure(value: number | undefined, unit: string, maxDigits = 3): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  const text = value.toLocaleString('en-GB', { maximumFractionDigits: maxDigits });
  return unit ? `${text} ${unit}` : text;
}
