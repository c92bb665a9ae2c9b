import { formatValue } from '../../../components/charts/chart-scale';

/** `12.3 MB` (10⁶ bytes, as download sizes are shown). */
export function formatMegabytes(bytes: number): string {
  return `${formatValue(bytes / 1e6, 1)} MB`;
}

/** Decimals of cell values shown: 0.01 Å or ° (cells come to 0.001). */
export const VALUE_DECIMALS = 2;

export function percent(part: number, whole: number): string {
  if (whole <= 0) return '0 %';
  const value = (100 * part) / whole;
  return `${formatValue(value, value < 10 ? 1 : 0)} %`;
}
