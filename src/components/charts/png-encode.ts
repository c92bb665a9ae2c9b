/**
 * A minimal PNG encoder (RGBA, 8 bits, deflate "stored" blocks: no compression) for the small
 * images of the heat maps (≤ 200 × 200). Encoding by hand takes a millisecond and needs no
 * canvas: `canvas.toDataURL()` costs tens of milliseconds on the main thread (canvas set-up and
 * compression), and jsdom has no canvas at all.
 */

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array, start: number, end: number): number {
  let c = 0xffffffff;
  for (let i = start; i < end; i += 1) {
    c = (CRC_TABLE[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  }
  return (c ^ 0xffffffff) >>> 0;
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    a = (a + (bytes[i] as number)) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

const MAX_STORED = 65_535;

/** `rgba` holds `width × height × 4` bytes, rows top to bottom. */
export function encodePng(rgba: Uint8Array, width: number, height: number): Uint8Array {
  if (rgba.length !== width * height * 4) throw new RangeError('RGBA data do not match the size.');
  // scanlines, each with filter byte 0 (none)
  const rowBytes = width * 4 + 1;
  const raw = new Uint8Array(rowBytes * height);
  for (let y = 0; y < height; y += 1) {
    raw.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * rowBytes + 1);
  }
  const blocks = Math.max(1, Math.ceil(raw.length / MAX_STORED));
  const zlibLength = 2 + raw.length + blocks * 5 + 4;
  const total = 8 + (12 + 13) + (12 + zlibLength) + 12;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let p = 0;
  out.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], p);
  p += 8;

  const chunk = (type: string, length: number, write: () => void) => {
    view.setUint32(p, length);
    const typeStart = p + 4;
    for (let i = 0; i < 4; i += 1) out[typeStart + i] = type.charCodeAt(i);
    p = typeStart + 4;
    write();
    view.setUint32(p, crc32(out, typeStart, p));
    p += 4;
  };

  chunk('IHDR', 13, () => {
    view.setUint32(p, width);
    view.setUint32(p + 4, height);
    out.set([8, 6, 0, 0, 0], p + 8); // 8 bits, RGBA, deflate, no filter, no interlace
    p += 13;
  });
  chunk('IDAT', zlibLength, () => {
    out[p++] = 0x78;
    out[p++] = 0x01;
    for (let b = 0; b < blocks; b += 1) {
      const start = b * MAX_STORED;
      const length = Math.min(MAX_STORED, raw.length - start);
      out[p++] = b === blocks - 1 ? 1 : 0;
      view.setUint16(p, length, true);
      view.setUint16(p + 2, ~length & 0xffff, true);
      p += 4;
      out.set(raw.subarray(start, start + length), p);
      p += length;
    }
    view.setUint32(p, adler32(raw));
    p += 4;
  });
  chunk('IEND', 0, () => undefined);
  return out;
}

/** `data:image/png;base64,…` */
export function pngDataUrl(rgba: Uint8Array, width: number, height: number): string {
  const png = encodePng(rgba, width, height);
  let binary = '';
  for (let i = 0; i < png.length; i += 0x8000) {
    binary += String.fromCharCode(...png.subarray(i, i + 0x8000));
  }
  return `data:image/png;base64,${btoa(binary)}`;
}
