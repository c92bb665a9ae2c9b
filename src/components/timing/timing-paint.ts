import type { MeasureText, Primitive } from './timing-draw';

const font = (size: number, bold: boolean, family: string) =>
  `${bold ? '600 ' : ''}${size}px ${family}`;

/** Sharp 1 px lines: centre them on a pixel, not on the boundary between two. */
const crisp = (v: number, width: number) => (width % 2 === 1 ? Math.round(v - 0.5) + 0.5 : v);

/** Paints primitives in CSS px; the caller has scaled `ctx` by devicePixelRatio. */
export function paintPrimitives(
  ctx: CanvasRenderingContext2D,
  primitives: readonly Primitive[],
  fontFamily: string,
): void {
  ctx.textBaseline = 'middle';
  for (const p of primitives) {
    switch (p.kind) {
      case 'rect':
        ctx.globalAlpha = p.opacity;
        ctx.fillStyle = p.fill;
        ctx.fillRect(p.x, p.y, p.w, p.h);
        break;
      case 'line': {
        ctx.globalAlpha = 1;
        ctx.strokeStyle = p.stroke;
        ctx.lineWidth = p.width;
        ctx.setLineDash(p.dash ? [3, 3] : []);
        const vertical = p.x1 === p.x2;
        const horizontal = p.y1 === p.y2;
        ctx.beginPath();
        ctx.moveTo(
          vertical ? crisp(p.x1, p.width) : p.x1,
          horizontal ? crisp(p.y1, p.width) : p.y1,
        );
        ctx.lineTo(
          vertical ? crisp(p.x2, p.width) : p.x2,
          horizontal ? crisp(p.y2, p.width) : p.y2,
        );
        ctx.stroke();
        break;
      }
      case 'text':
        ctx.globalAlpha = 1;
        ctx.fillStyle = p.fill;
        ctx.font = font(p.size, p.bold, fontFamily);
        ctx.textAlign = p.align;
        ctx.fillText(p.text, p.x, p.y);
        break;
    }
  }
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
}

/** Widths by font and text, kept across frames: every frame measures the same labels. */
const widths = new Map<string, number>();
const MAX_CACHED_WIDTHS = 4000;

/** Text measurement by the canvas, cached across frames and canvases. */
export function canvasMeasure(ctx: CanvasRenderingContext2D, fontFamily: string): MeasureText {
  return (text, size, bold) => {
    const f = font(size, bold, fontFamily);
    const key = `${f}|${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      // setting ctx.font parses the font string: only when it changes
      if (ctx.font !== f) ctx.font = f;
      width = ctx.measureText(text).width;
      if (widths.size >= MAX_CACHED_WIDTHS) widths.clear();
      widths.set(key, width);
    }
    return width;
  };
}
