import type { Primitive } from './timing-draw';

const escapeXml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

/** Two decimals: sub-pixel enough, and keeps a 5 000-rect file small. */
const n = (v: number) => String(Math.round(v * 100) / 100);

const ANCHOR = { left: 'start', center: 'middle', right: 'end' } as const;

export interface SvgOptions {
  width: number;
  height: number;
  fontFamily: string;
  /** Accessible name of the image (the same summary as the canvas's aria-label). */
  title: string;
}

/**
 * The same primitives the canvas paints, as a standalone SVG document: aggregated buckets
 * are already merged rects, so a 10⁶-pulse view stays a few thousand elements.
 */
export function primitivesToSvg(primitives: readonly Primitive[], options: SvgOptions): string {
  const { width, height, fontFamily, title } = options;
  const body = primitives.map((p) => {
    switch (p.kind) {
      case 'rect':
        return `<rect x="${n(p.x)}" y="${n(p.y)}" width="${n(p.w)}" height="${n(p.h)}" fill="${escapeXml(p.fill)}"${p.opacity < 1 ? ` fill-opacity="${n(p.opacity)}"` : ''}/>`;
      case 'line':
        return `<line x1="${n(p.x1)}" y1="${n(p.y1)}" x2="${n(p.x2)}" y2="${n(p.y2)}" stroke="${escapeXml(p.stroke)}" stroke-width="${n(p.width)}"${p.dash ? ' stroke-dasharray="3 3"' : ''}/>`;
      case 'text':
        return `<text x="${n(p.x)}" y="${n(p.y)}" fill="${escapeXml(p.fill)}" font-size="${p.size}" text-anchor="${ANCHOR[p.align]}" dominant-baseline="central"${p.bold ? ' font-weight="600"' : ''}>${escapeXml(p.text)}</text>`;
    }
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" role="img" aria-label="${escapeXml(title)}" font-family="${escapeXml(fontFamily)}">`,
    `<title>${escapeXml(title)}</title>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}
