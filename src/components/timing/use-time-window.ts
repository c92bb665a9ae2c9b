import { useCallback, useEffect, useState } from 'react';
import type { TimeWindow } from '../../domain/timing';
import {
  applyViewAction,
  clampWindow,
  sameWindow,
  type ViewAction,
} from '../../domain/timing-view';

export interface UseTimeWindowOptions {
  /** Controlled window (e.g. read from the URL); undefined lets the diagram keep its own. */
  value: TimeWindow | undefined;
  /** Told once a zoom or pan gesture settles, not on every wheel tick. */
  onChange: ((window: TimeWindow) => void) | undefined;
  /** The view Reset returns to. */
  home: TimeWindow;
  /** The zoom-out and pan limit. */
  bounds: TimeWindow;
  /** Quiet time before `onChange`, ms. */
  commitDelay?: number;
}

export interface TimeWindowState {
  window: TimeWindow;
  setWindow: (update: TimeWindow | ((current: TimeWindow) => TimeWindow)) => void;
  apply: (action: ViewAction) => void;
}

/** Writing the URL on every wheel tick would push a navigation per frame. */
export const WINDOW_COMMIT_DELAY_MS = 250;

/**
 * The zoom window. The live window changes every frame for smooth zooming; `onChange` hears
 * about it when the gesture pauses, which is when a page should write it to the URL. A new
 * `value` from outside (back button, shared link) replaces the live window, and so does a new
 * pattern (`home`/`bounds` change) when uncontrolled.
 */
export function useTimeWindow({
  value,
  onChange,
  home,
  bounds,
  commitDelay = WINDOW_COMMIT_DELAY_MS,
}: UseTimeWindowOptions): TimeWindowState {
  const [live, setLive] = useState(() => clampWindow(value ?? home, bounds));
  const [committed, setCommitted] = useState(live);
  const [seen, setSeen] = useState({ value, home, bounds });

  // Adjusting state to new props during render (not in an effect) avoids drawing a frame of
  // the old window first. https://react.dev/learn/you-might-not-need-an-effect
  const valueChanged = !sameWindow(seen.value, value);
  const patternChanged = !sameWindow(seen.home, home) || !sameWindow(seen.bounds, bounds);
  if (valueChanged || patternChanged) {
    setSeen({ value, home, bounds });
    if (value && valueChanged && !sameWindow(value, committed)) {
      setLive(clampWindow(value, bounds));
    } else if (!value && valueChanged) {
      // the page dropped its window (Back to a URL without one): the default view, not echoed
      setLive(home);
      setCommitted(home);
    } else if (patternChanged) {
      setLive(value ? clampWindow(value, bounds) : home);
    }
  }

  useEffect(() => {
    if (!onChange || sameWindow(live, committed) || sameWindow(live, value)) return;
    const timer = setTimeout(() => {
      setCommitted(live);
      onChange(live);
    }, commitDelay);
    return () => clearTimeout(timer);
  }, [live, committed, value, onChange, commitDelay]);

  const setWindow = useCallback(
    (update: TimeWindow | ((current: TimeWindow) => TimeWindow)) =>
      setLive((current) =>
        clampWindow(typeof update === 'function' ? update(current) : update, bounds),
      ),
    [bounds],
  );
  const apply = useCallback(
    (action: ViewAction) =>
      setLive((current) => applyViewAction(current, action, { home, bounds })),
    [home, bounds],
  );
  return { window: live, setWindow, apply };
}
