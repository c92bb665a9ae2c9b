import { formatSeconds } from './timing-format';

export interface TimeTick {
  /** s */
  value: number;
  label: string;
}

/** 1, 2 or 5 × 10ⁿ: steps a reader can add up in their head. */
export function niceStep(rough: number): number {
  const exponent = Math.floor(Math.log10(rough));
  const base = 10 ** exponent;
  const mantissa = rough / base;
  // The step nearest to `rough` on a log scale, so the tick count stays near what was asked.
  const nice =
    mantissa < Math.SQRT2 ? 1 : mantissa < Math.sqrt(10) ? 2 : mantissa < Math.sqrt(50) ? 5 : 10;
  return nice * base;
}

/** Significant digits needed to tell `value` from its neighbours `step` apart. */
function digitsFor(value: number, step: number): number {
  if (value === 0) return 1;
  return Math.max(
    1,
    Math.floor(Math.log10(Math.abs(value)) + 1e-9) - Math.floor(Math.log10(step) + 1e-9) + 1,
  );
}

/** Beyond this many digits labels stop being readable: show offsets from the first tick. */
const MAX_ABSOLUTE_DIGITS = 6;
const MAX_TICKS = 1000;

/**
 * About `count` ticks at 1-2-5 steps between `start` and `end` (s), labelled with SI prefixes
 * (`10 ns`, `1.5 ms`, `2 s`) and just enough digits to differ. Zoomed far into a long pattern
 * (ns steps 3 h in), the first tick carries the absolute time and the others the offset from
 * it (`+20 ns`), as on an oscilloscope.
 */
export function niceTimeTicks(start: number, end: number, count: number): TimeTick[] {
  if (!Number.isFinite(start) || !Number.isFinite(end) || !(end > start)) return [];
  const step = niceStep((end - start) / Math.max(1, count));
  if (!(step > 0) || !Number.isFinite(step)) return [];
  // Slop for rounding in start/step, which grows with the quotient (10⁴ s in 10 ns steps).
  const slop = (q: number) => 1e-6 + Math.abs(q) * 1e-14;
  const first = Math.ceil(start / step - slop(start / step));
  const last = Math.floor(end / step + slop(end / step));
  if (last - first + 1 > MAX_TICKS) return [];
  // i × step rather than repeated addition: no drift, and 0 comes out as exactly 0.
  const values: number[] = [];
  for (let i = first; i <= last; i += 1) values.push(i * step || 0);
  const digits = Math.max(...values.map((v) => digitsFor(v, step)));
  if (digits <= MAX_ABSOLUTE_DIGITS) {
    return values.map((value) => ({ value, label: formatSeconds(value, digits) }));
  }
  return values.map((value, i) =>
    i === 0
      ? { value, label: formatSeconds(value, Math.min(15, digits)) }
      : { value, label: `+${formatSeconds(i * step, digitsFor(i * step, step))}` },
  );
}
