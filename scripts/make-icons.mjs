// Draws OurPlan's app icons as PNGs with no image tools: two overlapping rings (two people
// deciding together) in white on NHS blue. Run once; the PNGs are committed in public/icons.
// `maskable` keeps the drawing inside the 80 % safe zone that platforms may crop to.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BLUE = [0x00, 0x5e, 0xb8];
const WHITE = [0xff, 0xff, 0xff];

function crc32(buf) {
  let c;
  const table = [];
  for (let n = 0; n < 256; n++) {
    c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  let crc = 0xffffffff;
  for (const b of buf) crc = table[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 3 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 3 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b] = pixel(x, y);
      const o = y * (size * 3 + 1) + 1 + x * 3;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Coverage in [0,1] of the white rings at a point, in units of the icon size (0..1). */
function ringCoverage(u, v, scale) {
  const r = 0.2 * scale;
  const w = 0.055 * scale;
  const centres = [
    [0.5 - 0.12 * scale, 0.5],
    [0.5 + 0.12 * scale, 0.5],
  ];
  return centres.some(([cx, cy]) => Math.abs(Math.hypot(u - cx, v - cy) - r) <= w / 2) ? 1 : 0;
}

function icon(size, scale) {
  const ss = 4; // 4x4 supersampling for smooth edges
  return png(size, (x, y) => {
    let cover = 0;
    for (let i = 0; i < ss; i++)
      for (let j = 0; j < ss; j++)
        cover += ringCoverage((x + (i + 0.5) / ss) / size, (y + (j + 0.5) / ss) / size, scale);
    const a = cover / (ss * ss);
    return BLUE.map((b, k) => Math.round(b * (1 - a) + WHITE[k] * a));
  });
}

mkdirSync('public/icons', { recursive: true });
writeFileSync('public/icons/icon-192.png', icon(192, 1.4));
writeFileSync('public/icons/icon-512.png', icon(512, 1.4));
writeFileSync('public/icons/icon-maskable-512.png', icon(512, 1));
writeFileSync('public/icons/apple-touch-icon.png', icon(180, 1.3));
console.log('Icons written to public/icons');
