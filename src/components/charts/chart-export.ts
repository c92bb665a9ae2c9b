import { downloadBlob } from '../../lib/download';

/**
 * Export of the hand-drawn SVG charts. They carry resolved colours and their own background,
 * so the serialised SVG is self-contained; the PNG is that SVG drawn on a canvas.
 */

function viewBoxSize(svg: SVGSVGElement): { width: number; height: number } {
  const [, , w, h] = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const width = w && Number.isFinite(w) ? w : svg.clientWidth || 600;
  const height = h && Number.isFinite(h) ? h : svg.clientHeight || 400;
  return { width, height };
}

/** The chart as a standalone SVG document (fixed size, namespaces declared). */
export function serializeSvg(svg: SVGSVGElement): string {
  const { width, height } = viewBoxSize(svg);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('xmlns:xlink', 'http://www.w3.org/1999/xlink');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.removeAttribute('style');
  clone.removeAttribute('class');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}

export function svgBlob(svg: SVGSVGElement): Blob {
  return new Blob([serializeSvg(svg)], { type: 'image/svg+xml;charset=utf-8' });
}

/** Rasterises the chart at `scale` × its viewBox size (2 = sharp on most screens and in print). */
export async function pngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const { width, height } = viewBoxSize(svg);
  const url = URL.createObjectURL(svgBlob(svg));
  try {
    const image = new Image();
    image.decoding = 'async';
    const loaded = new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The chart could not be drawn as an image.'));
    });
    image.src = url;
    await loaded;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw on a canvas.');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded.'))),
        'image/png',
      );
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function downloadChart(
  svg: SVGSVGElement,
  format: 'png' | 'svg',
  baseName: string,
): Promise<void> {
  const blob = format === 'svg' ? svgBlob(svg) : await pngBlob(svg);
  downloadBlob(blob, `${baseName}.${format}`);
}
