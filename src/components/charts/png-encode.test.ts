import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng, pngDataUrl } from './png-encode';

/** Reads the chunks back, checking each CRC with an independent implementation. */
function chunks(png: Uint8Array): { type: string; data: Uint8Array }[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out: { type: string; data: Uint8Array }[] = [];
  let p = 8;
  while (p < png.length) {
    const length = view.getUint32(p);
    const type = String.fromCharCode(...png.subarray(p + 4, p + 8));
    const data = png.subarray(p + 8, p + 8 + length);
    let c = ~0;
    for (const byte of png.subarray(p + 4, p + 8 + length)) {
      c ^= byte;
      for (let k = 0; k < 8; k += 1) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
    }
    expect(view.getUint32(p + 8 + length)).toBe(~c >>> 0);
    out.push({ type, data });
    p += 12 + length;
  }
  return out;
}

describe('encodePng', () => {
  it('writes a valid RGBA PNG whose pixels inflate back', () => {
    const width = 3;
    const height = 2;
    const rgba = Uint8Array.from({ length: width * height * 4 }, (_, i) => (i * 37) % 256);
    const png = encodePng(rgba, width, height);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const [ihdr, idat, iend] = chunks(png);
    expect(ihdr?.type).toBe('IHDR');
    expect([...(ihdr?.data ?? [])]).toEqual([0, 0, 0, 3, 0, 0, 0, 2, 8, 6, 0, 0, 0]);
    expect(iend?.type).toBe('IEND');
    const raw = inflateSync(idat?.data ?? new Uint8Array());
    expect(raw.length).toBe(height * (width * 4 + 1));
    expect(raw[0]).toBe(0);
    expect([...raw.subarray(1, 13)]).toEqual([...rgba.subarray(0, 12)]);
    expect([...raw.subarray(14, 26)]).toEqual([...rgba.subarray(12, 24)]);
  });

  it('splits images larger than one stored block (200 × 200)', () => {
    const rgba = new Uint8Array(200 * 200 * 4).fill(200);
    const idat = chunks(encodePng(rgba, 200, 200)).find((c) => c.type === 'IDAT');
    expect(inflateSync(idat?.data ?? new Uint8Array()).length).toBe(200 * 801);
  });

  it('makes a data URL', () => {
    expect(pngDataUrl(new Uint8Array(4), 1, 1)).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
  });

  it('rejects data of the wrong size', () => {
    expect(() => encodePng(new Uint8Array(3), 1, 1)).toThrow(RangeError);
  });
});
