import {
  chainsExtent,
  eventDuration,
  eventPeriod,
  normalizeChain,
  occurrences,
  type EventChain,
  type TimeWindow,
} from './timing';

/** Narrowest window: 1 ns, the scale of a laser pulse. */
export const MIN_WINDOW_SPAN = 1e-9;
/** Zooming in further than this fraction of |t| leaves too few digits in a double to draw. */
const MIN_RELATIVE_SPAN = 1e-10;

/** Factor of one zoom step (button, key). */
export const ZOOM_STEP = 2;
/** Fraction of the window one pan step (arrow key) moves. */
export const PAN_STEP = 0.1;

export const windowSpan = (w: TimeWindow): number => w.end - w.start;

export function sameWindow(a: TimeWindow | undefined, b: TimeWindow | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.start === b.start && a.end === b.end;
}

/**
 * Zooms by `factor` (> 1 in, < 1 out) keeping `anchor` (s) at the same place on screen, the
 * way a map zooms around the cursor. Anchor defaults to the centre.
 */
export function zoomWindow(w: TimeWindow, factor: number, anchor?: number): TimeWindow {
  if (!(factor > 0) || !Number.isFinite(factor)) return w;
  const a = anchor ?? (w.start + w.end) / 2;
  return { start: a - (a - w.start) / factor, end: a + (w.end - a) / factor };
}

/** Moves the window by `dx` seconds (positive: later times come into view). */
export function panWindow(w: TimeWindow, dx: number): TimeWindow {
  return Number.isFinite(dx) ? { start: w.start + dx, end: w.end + dx } : w;
}

/** Smallest span worth showing around a window: 1 ns, or less precision than a double holds. */
export function minSpanAt(w: TimeWindow): number {
  return Math.max(
    MIN_WINDOW_SPAN,
    Math.max(Math.abs(w.start), Math.abs(w.end)) * MIN_RELATIVE_SPAN,
  );
}

/**
 * Keeps a window inside `bounds` (the whole pattern), no wider than it and no narrower than
 * `minSpanAt`; a too-narrow window grows around its centre.
 */
export function clampWindow(w: TimeWindow, bounds: TimeWindow): TimeWindow {
  const boundsSpan = windowSpan(bounds);
  let start = Number.isFinite(w.start) ? w.start : bounds.start;
  let end = Number.isFinite(w.end) ? w.end : bounds.end;
  if (end < start) [start, end] = [end, start];
  const minSpan = Math.min(boundsSpan, minSpanAt({ start, end }));
  if (end - start < minSpan) {
    const centre = (start + end) / 2;
    start = centre - minSpan / 2;
    end = centre + minSpan / 2;
  }
  if (end - start >= boundsSpan) return bounds;
  if (start < bounds.start) return { start: bounds.start, end: bounds.start + (end - start) };
  if (end > bounds.end) return { start: bounds.end - (end - start), end: bounds.end };
  return { start, end };
}

/** `[start, end]` padded on both sides so bars at the edges are not cut by the frame. */
export function paddedWindow([start, end]: readonly [number, number], fraction = 0.03): TimeWindow {
  const span = end - start;
  if (!(span > 0)) {
    // A single instantaneous event: show a microsecond around it.
    return { start: start - 5e-7, end: start + 5e-7 };
  }
  return { start: start - span * fraction, end: end + span * fraction };
}

/** Everything the chains contain, every repetition included: the zoom-out limit. */
export function wholePatternWindow(chains: readonly EventChain[]): TimeWindow {
  return paddedWindow(chainsExtent(chains));
}

/**
 * The first cycle of the pattern: each event's first occurrence and, for a repeating pattern,
 * one full period. A 10⁶-pulse train drawn whole is a solid bar; its first cycle shows the
 * pump, the probe and the delay between them, so this is the view the diagram opens on.
 */
export function firstCycleWindow(input: readonly EventChain[]): TimeWindow {
  // Ten separate pulses are one train: its first cycle is one period, not all ten.
  const chains = input.map(normalizeChain);
  let start = Infinity;
  let end = -Infinity;
  for (const chain of chains) {
    for (const e of chain.events) {
      if (!Number.isFinite(e.offset)) continue;
      start = Math.min(start, e.offset);
      end = Math.max(end, e.offset + eventDuration(e));
    }
  }
  if (!Number.isFinite(start)) return paddedWindow([0, 0]);
  for (const chain of chains) {
    for (const e of chain.events) {
      if (occurrences(e) > 1) end = Math.max(end, start + eventPeriod(e));
    }
  }
  return clampWindow(paddedWindow([start, end]), wholePatternWindow(input));
}

export type ViewAction = 'zoom-in' | 'zoom-out' | 'pan-left' | 'pan-right' | 'reset';

/** Keyboard of a focused diagram: +/− zoom, ←/→ pan, 0 or Home reset. */
export function viewActionForKey(key: string): ViewAction | undefined {
  switch (key) {
    case '+':
    case '=':
      return 'zoom-in';
    case '-':
    case '_':
    case '−':
      return 'zoom-out';
    case 'ArrowLeft':
      return 'pan-left';
    case 'ArrowRight':
      return 'pan-right';
    case '0':
    case 'Home':
      return 'reset';
    default:
      return undefined;
  }
}

/** The window after a button or key press, clamped to `bounds`. */
export function applyViewAction(
  w: TimeWindow,
  action: ViewAction,
  { home, bounds }: { home: TimeWindow; bounds: TimeWindow },
): TimeWindow {
  switch (action) {
    case 'zoom-in':
      return clampWindow(zoomWindow(w, ZOOM_STEP), bounds);
    case 'zoom-out':
      return clampWindow(zoomWindow(w, 1 / ZOOM_STEP), bounds);
    case 'pan-left':
      return clampWindow(panWindow(w, -PAN_STEP * windowSpan(w)), bounds);
    case 'pan-right':
      return clampWindow(panWindow(w, PAN_STEP * windowSpan(w)), bounds);
    case 'reset':
      return home;
  }
}

/**
 * Zoom factor of a wheel event: smooth for trackpads (small deltas), about ×1.6 per mouse
 * notch (deltaY ±240 in Chromium at 2× zoom, ±100 at 1×). Line and page modes are scaled to
 * pixels first.
 */
export function wheelZoomFactor(deltaY: number, deltaMode = 0): number {
  const pixels = deltaMode === 1 ? deltaY * 16 : deltaMode === 2 ? deltaY * 400 : deltaY;
  const clamped = Math.max(-600, Math.min(600, pixels));
  return Math.exp(-clamped * 0.002);
}

/** The window as a URL parameter value, `start_end` in s, lossless. */
export function encodeTimeWindow(w: TimeWindow): string {
  // String() is the shortest text that reads back as the same double.
  return `${String(w.start)}_${String(w.end)}`;
}

export function decodeTimeWindow(text: string | null | undefined): TimeWindow | undefined {
  if (!text) return undefined;
  const match = /^(-?[\d.]+(?:e[-+]?\d+)?)_(-?[\d.]+(?:e[-+]?\d+)?)$/i.exec(text.trim());
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = Number(match[2]);
  return Number.isFinite(start) && Number.isFinite(end) && end > start ? { start, end } : undefined;
}
