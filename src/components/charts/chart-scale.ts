/** Small, dependency-free scale helpers for the hand-drawn SVG charts. */

import { formatCount as formatWholeCount } from '../../domain/units';

export type Scale = (value: number) => number;

/** Maps `[d0, d1]` onto `[r0, r1]` linearly; a zero-width domain maps to the range middle. */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  if (span === 0 || !Number.isFinite(span)) return () => (r0 + r1) / 2;
  const k = (r1 - r0) / span;
  return (value) => r0 + (value - d0) * k;
}

/** A step of 1, 2 or 5 × 10ⁿ giving about `count` intervals over `span`. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction < 1.5 ? 1 : fraction < 3.5 ? 2 : fraction < 7.5 ? 5 : 10;
  return nice * power;
}

/** Round ticks inside `[low, high]`, about `count` of them. */
export function niceTicks(low: number, high: number, count = 5): number[] {
  if (!Number.isFinite(low) || !Number.isFinite(high)) return [];
  if (low === high) return [low];
  const step = niceStep(high - low, count);
  const first = Math.ceil(low / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = first; v <= high + step * 1e-9; v += step) {
    // snap away the binary noise of repeated addition (0.30000000000000004)
    ticks.push(Number(v.toPrecision(12)));
    if (ticks.length > 50) break;
  }
  return ticks;
}

/** Decimals needed to tell ticks `step` apart. */
export function stepDecimals(step: number): number {
  if (!(step > 0) || !Number.isFinite(step)) return 0;
  return Math.max(0, Math.min(6, -Math.floor(Math.log10(step) + 1e-9)));
}

const compact = new Intl.NumberFormat('en-GB', {
  notation: 'compact',
  maximumFractionDigits: 1,
});

/**
 * Whole counts as everywhere in the app (`12 345`, `formatCount` of `domain/units`); compact on
 * axes, where space is short: `2.5k`, `1.2M`.
 */
export function formatCount(value: number, short = false): string {
  return short && Math.abs(value) >= 1_000 ? compact.format(value) : formatWholeCount(value);
}

const fixed = new Map<number, Intl.NumberFormat>();

/** A measured value with fixed decimals, e.g. `64.21`; `–` when unknown. */
export function formatValue(value: number | undefined, decimals = 2): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  let format = fixed.get(decimals);
  if (!format) {
    // one formatter per precision: building one per call costs more than the formatting
    format = new Intl.NumberFormat('en-GB', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: false,
    });
    fixed.set(decimals, format);
  }
  return format.format(value);
}
