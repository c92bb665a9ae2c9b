import { invD2 } from '../../domain/merged-dataset';
import { niceStep, niceTicks } from '../../components/charts/chart-scale';

/** Resolutions (Å) a crystallographer reads ticks at, low to high resolution. */
const NICE_RESOLUTIONS = [
  50, 20, 10, 6, 5, 4, 3.5, 3, 2.5, 2.2, 2, 1.8, 1.7, 1.6, 1.5, 1.4, 1.3, 1.2, 1.1, 1, 0.9, 0.8,
];

/**
 * Ticks of an axis linear in 1/d² (Å⁻²), at round resolutions in Å, at least `minGap` of the
 * axis apart so the labels do not collide where resolution changes slowly.
 */
export function resolutionTicks(xMin: number, xMax: number, minGap = 0.08): number[] {
  const span = xMax - xMin;
  if (!(span > 0)) return [];
  const ticks: number[] = [];
  for (const d of NICE_RESOLUTIONS) {
    const x = invD2(d);
    if (x < xMin || x > xMax) continue;
    const last = ticks.at(-1);
    if (last === undefined || x - last >= minGap * span) ticks.push(x);
  }
  return ticks;
}

/** "2.5 Å" for a tick at 1/d² = 0.16 Å⁻² */
export function resolutionLabel(x: number): string {
  return x > 0 ? `${Number((1 / Math.sqrt(x)).toPrecision(2))}` : '∞';
}

/** Decades of a log axis covering [min, max] (delays in s). */
export function decadeTicks(min: number, max: number): number[] {
  if (!(min > 0) || !(max >= min)) return [];
  const ticks: number[] = [];
  for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e += 1) {
    ticks.push(10 ** e);
  }
  return ticks;
}

/** Round ticks whose first and last enclose every value (Recharts' own gave 1.365, 1.43…). */
export function roundedAxis(values: readonly number[]): number[] {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return [];
  const low = Math.min(...finite);
  const high = Math.max(...finite);
  const step = niceStep(high - low || Math.abs(low) || 1, 4);
  return niceTicks(Math.floor(low / step) * step, Math.ceil(high / step) * step);
}
