import { useEffect, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import type { TimeWindow } from '../../domain/timing';
import {
  panWindow,
  sameWindow,
  viewActionForKey,
  wheelZoomFactor,
  windowSpan,
  zoomWindow,
  type ViewAction,
} from '../../domain/timing-view';
import { drawScene, estimateTextWidth, layoutScene, type MeasureText } from './timing-draw';
import { canvasMeasure, paintPrimitives } from './timing-paint';
import type { TimingPalette } from './timing-palette';
import { readoutAt, type Readout } from './timing-readout';
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

/** A pointer that moved less than this between down and up tapped rather than dragged. */
const TAP_PX = 4;

/**
 * The drawing surface: a canvas sized to its container (ResizeObserver) at devicePixelRatio,
 * redrawn in one requestAnimationFrame per change however many wheel events arrive. The
 * wrapper's `data-render-ms` holds the last frame's cost (expansion + painting) for the
 * benchmark. Hovering (or tapping) an event shows a readout of it: type, occurrence, offset,
 * duration, period × repetition; the table is the keyboard and screen-reader equivalent.
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
  const [readout, setReadout] = useState<Readout | undefined>();
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
  const latest = useRef({ layout, onWindowChange, scene, view });
  useEffect(() => {
    latest.current = { layout, onWindowChange, scene, view };
  });
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    let drag: { pointerId: number; x: number; window: TimeWindow | undefined } | undefined;
    const readoutFor = (e: PointerEvent) => {
      const box = canvas.getBoundingClientRect();
      const { scene: s, layout: l, view: v } = latest.current;
      return readoutAt(s, l, v, e.clientX - box.left, e.clientY - box.top);
    };
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
      setReadout(undefined);
    };
    const onPointerMove = (e: PointerEvent) => {
      if (!drag) {
        // a mouse or pen hovering; a finger reads by tapping (see onPointerUp)
        if (e.pointerType !== 'touch') setReadout(readoutFor(e));
        return;
      }
      if (drag.pointerId !== e.pointerId) return;
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
      const tapped = e.type === 'pointerup' && Math.abs(e.clientX - drag.x) < TAP_PX;
      drag = undefined;
      canvas.style.cursor = '';
      if (tapped) setReadout(readoutFor(e));
    };
    const onPointerLeave = () => setReadout(undefined);
    canvas.addEventListener('wheel', onWheel, { passive: false });
    canvas.addEventListener('pointerdown', onPointerDown);
    canvas.addEventListener('pointermove', onPointerMove);
    canvas.addEventListener('pointerup', onPointerUp);
    canvas.addEventListener('pointercancel', onPointerUp);
    canvas.addEventListener('pointerleave', onPointerLeave);
    return () => {
      canvas.removeEventListener('wheel', onWheel);
      canvas.removeEventListener('pointerdown', onPointerDown);
      canvas.removeEventListener('pointermove', onPointerMove);
      canvas.removeEventListener('pointerup', onPointerUp);
      canvas.removeEventListener('pointercancel', onPointerUp);
      canvas.removeEventListener('pointerleave', onPointerLeave);
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
      {readout && sameWindow(readout.window, view) && (
        <TimingReadout readout={readout} width={layout.width} height={layout.height} />
      )}
    </div>
  );
}

/**
 * The readout box next to the pointer, on the side with room, never over the pointer itself.
 * Visual only (`aria-hidden`): screen-reader and keyboard users have the same facts in the table.
 */
function TimingReadout({
  readout,
  width,
  height,
}: {
  readout: Readout;
  width: number;
  height: number;
}) {
  const { x, y, lines } = readout;
  const gap = 14;
  return (
    <div
      data-timing-readout=""
      aria-hidden
      style={{
        position: 'absolute',
        ...(x > width / 2 ? { right: width - x + gap } : { left: x + gap }),
        ...(y > height / 2 ? { bottom: height - y + gap } : { top: y + gap }),
        // never wider than the room on its side of the pointer
        maxWidth: Math.max(120, Math.min(320, (x > width / 2 ? x : width - x) - gap - 4)),
        pointerEvents: 'none',
        padding: '6px 8px',
        borderRadius: 4,
        fontSize: 12,
        lineHeight: 1.4,
        color: 'var(--mantine-color-text)',
        background: 'var(--mantine-color-body)',
        border: '1px solid var(--mantine-color-default-border)',
        boxShadow: 'var(--mantine-shadow-sm)',
        zIndex: 1,
      }}
    >
      {lines.map((line, i) => (
        <div key={line} style={i === 0 ? { fontWeight: 600 } : undefined}>
          {line}
        </div>
      ))}
    </div>
  );
}
