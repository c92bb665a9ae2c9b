import { useEffect, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import type { TimeWindow } from '../../domain/timing';
import {
  panWindow,
  viewActionForKey,
  wheelZoomFactor,
  windowSpan,
  zoomWindow,
  type ViewAction,
} from '../../domain/timing-view';
import { drawScene, estimateTextWidth, layoutScene, type MeasureText } from './timing-draw';
import { canvasMeasure, paintPrimitives } from './timing-paint';
import type { TimingPalette } from './timing-palette';
import type { TimingScene } from './timing-scene';
import { primitivesToSvg } from './timing-svg';

export interface TimingCanvasHandle {
  /** The canvas as drawn (device pixels); null where the browser cannot encode it. */
  toPng: () => Promise<Blob | null>;
  /** The current view as an SVG document, from the same primitives as the canvas. */
  toSvg: () => string;
}

export interface TimingCanvasProps {
  scene: TimingScene;
  window: TimeWindow;
  palette: TimingPalette;
  /** Summary read by screen readers instead of the drawing. */
  ariaLabel: string;
  height?: number;
  onWindowChange: (update: (current: TimeWindow) => TimeWindow) => void;
  onAction: (action: ViewAction) => void;
  ref?: Ref<TimingCanvasHandle>;
}

const KEY_HELP = 'Timing diagram: + and − zoom, ← and → pan, 0 or Home resets';

/**
 * The drawing surface: a canvas sized to its container (ResizeObserver) at devicePixelRatio,
 * redrawn in one requestAnimationFrame per change however many wheel events arrive. The
 * wrapper's `data-render-ms` holds the last frame's cost (expansion + painting) for the
 * benchmark.
 */
export function TimingCanvas({
  scene,
  window: view,
  palette,
  ariaLabel,
  height,
  onWindowChange,
  onAction,
  ref,
}: TimingCanvasProps) {
  const wrapperRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [width, setWidth] = useState(0);
  const layout = useMemo(() => layoutScene(scene, width, height), [scene, width, height]);

  useEffect(() => {
    const wrapper = wrapperRef.current;
    if (!wrapper) return;
    // The observer reports the initial size too, so no separate first measurement.
    const observer = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      if (w !== undefined) setWidth(Math.floor(w));
    });
    observer.observe(wrapper);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const canvas = canvasRef.current;
    const wrapper = wrapperRef.current;
    if (!canvas || !wrapper || layout.width <= 0) return;
    const frame = requestAnimationFrame(() => {
      const started = performance.now();
      // null in jsdom and after a lost context: nothing to draw on, the table still works.
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      const dpr = globalThis.devicePixelRatio || 1;
      const w = Math.round(layout.width * dpr);
      const h = Math.round(layout.height * dpr);
      if (canvas.width !== w) canvas.width = w;
      if (canvas.height !== h) canvas.height = h;
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      const measure = canvasMeasure(ctx, palette.fontFamily);
      const { primitives, aggregated } = drawScene({
        scene,
        layout,
        window: view,
        palette,
        measure,
      });
      paintPrimitives(ctx, primitives, palette.fontFamily);
      wrapper.dataset.aggregated = String(aggregated);
      wrapper.dataset.renderMs = (performance.now() - started).toFixed(2);
    });
    return () => cancelAnimationFrame(frame);
  }, [scene, layout, view, palette]);

  useImperativeHandle(
    ref,
    () => ({
      toPng: () =>
        new Promise<Blob | null>((resolve) => {
          const canvas = canvasRef.current;
          if (!canvas || typeof canvas.toBlob !== 'function' || canvas.width === 0) resolve(null);
          else canvas.toBlob(resolve, 'image/png');
        }),
      toSvg: () => {
        const ctx = layout.width > 0 ? canvasRef.current?.getContext('2d') : null;
        const measure: MeasureText = ctx
          ? canvasMeasure(ctx, palette.fontFamily)
          : estimateTextWidth;
        const { primitives } = drawScene({ scene, layout, window: view, palette, measure });
        return primitivesToSvg(primitives, {
          width: layout.width,
          height: layout.height,
          fontFamily: palette.fontFamily,
          title: ariaLabel,
        });
      },
    }),
    [scene, layout, view, palette, ariaLabel],
  );

  // Native listeners: React's wheel listener is passive, so it cannot stop the page scrolling.
  const latest = useRef({ layout, onWindowChange });
  useEffect(() => {
    latest.current = { layout, onWindowChange };
  });
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    let drag: { pointerId: number; x: number; window: TimeWindow | undefined } | undefined;
    const fraction = (clientX: number) => {
      const { plotLeft, plotWidth } = latest.current.layout;
      const x = clientX - canvas.getBoundingClientRect().left;
      return Math.min(1, Math.max(0, (x - plotLeft) / plotWidth));
    };
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const { plotWidth } = latest.current.layout;
      if (plotWidth <= 0) return;
      if (Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
        const dx = e.deltaX;
        latest.current.onWindowChange((w) => panWindow(w, (dx / plotWidth) * windowSpan(w)));
        return;
      }
      const factor = wheelZoomFactor(e.deltaY, e.deltaMode);
      const at = fraction(e.clientX);
      latest.current.onWindowChange((w) => zoomWindow(w, factor, w.start + at * windowSpan(w)));
    };
    const onPointerDown = (e: PointerEvent) => {
      if (e.button !== 0) return;
      canvas.setPointerCapture(e.pointerId);
      drag = { pointerId: e.pointerId, x: e.clientX, window: undefined };
      canvas.style.cursor = 'grabbing';
    };
    const onPointerMove = (e: PointerEvent) => {
      if (!drag || drag.pointerId !== e.pointerId) return;
      const { plotWidth } = latest.current.layout;
      const dx = e.clientX - drag.x;
      const d = drag;
      latest.current.onWindowChange((w) => {
        // pan from where the drag started, so rounding does not accumulate
        d.window ??= w;
        return panWindow(d.window, (-dx / plotWidth) * windowSpan(d.window));
      });
    };
    const onPointerUp = (e: PointerEvent) => {
      if (drag?.pointerId !== e.pointerId) return;
      drag = undefined;
      canvas.style.cursor = '';
    };
    canvas.addEventListener('wheel', onWheel, { passive: false });
    canvas.addEventListener('pointerdown', onPointerDown);
    canvas.addEventListener('pointermove', onPointerMove);
    canvas.addEventListener('pointerup', onPointerUp);
    canvas.addEventListener('pointercancel', onPointerUp);
    return () => {
      canvas.removeEventListener('wheel', onWheel);
      canvas.removeEventListener('pointerdown', onPointerDown);
      canvas.removeEventListener('pointermove', onPointerMove);
      canvas.removeEventListener('pointerup', onPointerUp);
      canvas.removeEventListener('pointercancel', onPointerUp);
    };
  }, []);

  return (
    <div
      ref={wrapperRef}
      data-render-ms=""
      tabIndex={0}
      role="group"
      aria-label={KEY_HELP}
      className="mantine-focus-auto"
      style={{ position: 'relative', width: '100%', borderRadius: 4 }}
      onKeyDown={(e) => {
        if (e.ctrlKey || e.metaKey || e.altKey) return;
        const action = viewActionForKey(e.key);
        if (!action) return;
        e.preventDefault();
        onAction(action);
      }}
    >
      <canvas
        ref={canvasRef}
        role="img"
        aria-label={ariaLabel}
        style={{
          display: 'block',
          width: '100%',
          height: layout.height,
          touchAction: 'none',
          cursor: 'grab',
        }}
      >
        {ariaLabel}
      </canvas>
    </div>
  );
}
