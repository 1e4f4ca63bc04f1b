/**
 * Draws Aman's icon (a white shield with a check on deep green) into the PNG sizes the manifest and iOS
 * need, with no image tools: a tiny rasteriser and PNG encoder. Run `npm run icons` after changing it;
 * the PNGs are committed so a build needs nothing extra.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const GREEN: [number, number, number] = [0x0b, 0x5d, 0x4b];
const WHITE: [number, number, number] = [255, 255, 255];

/** Half-width of the shield at height y (0 top .. 1 bottom), in a unit square; 0 outside. */
function shieldHalfWidth(y: number): number {
  if (y < 0.2 || y > 0.86) return 0;
  if (y <= 0.55) return 0.29;
  const k = (y - 0.55) / 0.31;
  return 0.29 * Math.sqrt(Math.max(0, 1 - k * k));
}

function distToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Colour at a point of the unit square; `scale` shrinks the drawing toward the centre (maskable). */
function colourAt(x: number, y: number, scale: number, rounded: boolean): [number, number, number, number] {
  if (rounded) {
    const r = 0.18;
    const cx = Math.min(Math.max(x, r), 1 - r);
    const cy = Math.min(Math.max(y, r), 1 - r);
    if (Math.hypot(x - cx, y - cy) > r) return [0, 0, 0, 0];
  }
  const u = 0.5 + (x - 0.5) / scale;
  const v = 0.5 + (y - 0.5) / scale;
  const inShield = Math.abs(u - 0.5) <= shieldHalfWidth(v);
  if (!inShield) return [...GREEN, 255];
  const check =
    Math.min(distToSegment(u, v, 0.37, 0.51, 0.47, 0.62), distToSegment(u, v, 0.47, 0.62, 0.65, 0.4)) < 0.045;
  return check ? [...GREEN, 255] : [...WHITE, 255];
}

function render(size: number, scale: number, rounded: boolean): Buffer {
  const ss = 4; // 4×4 supersampling for smooth edges
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = colourAt((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size, scale, rounded);
          for (let i = 0; i < 3; i++) acc[i]! += c[i]! * c[3]!;
          acc[3]! += c[3]!;
        }
      }
      const a = acc[3]!;
      const o = 1 + px * 4;
      for (let i = 0; i < 3; i++) row[o + i] = a ? Math.round(acc[i]! / a) : 0;
      row[o + 3] = Math.round(a / (ss * ss));
    }
    rows.push(row);
  }
  return png(size, size, Buffer.concat(rows));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
/** Encodes RGBA scanlines (each prefixed with filter byte 0) as a PNG. */
function png(width: number, height: number, raw: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icons', { recursive: true });
writeFileSync('public/icons/icon-192.png', render(192, 1, true));
writeFileSync('public/icons/icon-512.png', render(512, 1, true));
// Maskable: full bleed, drawing inside the central safe zone (a circle of 80% diameter).
writeFileSync('public/icons/maskable-512.png', render(512, 0.75, false));
writeFileSync('public/icons/apple-touch-icon.png', render(180, 0.85, false));
// The favicon: a small PNG file, precached. Not SVG: a browser builds a whole SVG document for it on the
// page's main thread, just when the first screen is being drawn (issue #8).
writeFileSync('public/icons/favicon-32.png', render(32, 1, true));
console.log('icons written to public/');
