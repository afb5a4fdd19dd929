/**
 * Draws the tray and app icons and writes them to resources/ (`npx tsx scripts/make-icons.ts`).
 * Pure Node: shapes are sampled on a sub-pixel grid for smooth edges, PNGs are encoded with
 * node:zlib, and .ico files hold 32-bit bitmaps (readable by every Windows version's icon loader).
 *
 * The glyph is a rounded check-box with a tick; the "overdue" variant adds a badge dot at the top
 * right, cut free from the box by a transparent ring so it reads even as a one-colour template.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deflateSync } from 'node:zlib';

type Rgba = readonly [number, number, number, number];
/** A region in unit coordinates (0..1 across the icon, y down). */
type Region = (x: number, y: number) => boolean;
type Paint = Rgba | ((x: number, y: number) => Rgba);
interface Layer {
  region: Region;
  /** null erases to transparent. */
  paint: Paint | null;
}

// ---- shapes ---------------------------------------------------------------------------------

function roundedRect(x0: number, y0: number, x1: number, y1: number, radius: number): Region {
  return (x, y) => {
    const dx = Math.max(x0 + radius - x, 0, x - (x1 - radius));
    const dy = Math.max(y0 + radius - y, 0, y - (y1 - radius));
    return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= radius * radius;
  };
}

function circle(cx: number, cy: number, r: number): Region {
  return (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** A stroke of width `w` with round caps and joins through the points. */
function polyline(points: readonly (readonly [number, number])[], w: number): Region {
  const half = w / 2;
  return (x, y) => {
    for (let i = 1; i < points.length; i += 1) {
      const [ax, ay] = points[i - 1] ?? [0, 0];
      const [bx, by] = points[i] ?? [0, 0];
      const lx = bx - ax;
      const ly = by - ay;
      const t = Math.max(0, Math.min(1, ((x - ax) * lx + (y - ay) * ly) / (lx * lx + ly * ly)));
      if ((x - (ax + t * lx)) ** 2 + (y - (ay + t * ly)) ** 2 <= half * half) return true;
    }
    return false;
  };
}

const minus =
  (a: Region, b: Region): Region =>
  (x, y) =>
    a(x, y) && !b(x, y);

// ---- the glyph -------------------------------------------------------------------------------

const BOX = { x0: 0.09, y0: 0.09, x1: 0.91, y1: 0.91, r: 0.22 };
const STROKE = 0.1;
const TICK: [number, number][] = [
  [0.28, 0.52],
  [0.44, 0.68],
  [0.73, 0.35],
];
const TICK_WIDTH = 0.12;
const BADGE = { cx: 0.79, cy: 0.21, r: 0.19, clearance: 0.08 };

const outerBox = roundedRect(BOX.x0, BOX.y0, BOX.x1, BOX.y1, BOX.r);
const innerBox = roundedRect(BOX.x0 + STROKE, BOX.y0 + STROKE, BOX.x1 - STROKE, BOX.y1 - STROKE, BOX.r - STROKE);
const tick = polyline(TICK, TICK_WIDTH);
const badge = circle(BADGE.cx, BADGE.cy, BADGE.r);
const badgeClearing = circle(BADGE.cx, BADGE.cy, BADGE.r + BADGE.clearance);

const BLACK: Rgba = [0, 0, 0, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const BRAND: Rgba = [79, 70, 229, 255];
const ALERT: Rgba = [229, 72, 77, 255];

/** Black outline box and tick on transparent: macOS tints template images for light and dark bars. */
function templateGlyph(overdue: boolean): Layer[] {
  const layers: Layer[] = [
    { region: minus(outerBox, innerBox), paint: BLACK },
    { region: tick, paint: BLACK },
  ];
  if (overdue) layers.push({ region: badgeClearing, paint: null }, { region: badge, paint: BLACK });
  return layers;
}

/** A filled box with a white tick: readable on light and dark panels alike. */
function colouredGlyph(overdue: boolean): Layer[] {
  const layers: Layer[] = [
    { region: outerBox, paint: BRAND },
    { region: tick, paint: WHITE },
  ];
  if (overdue) layers.push({ region: badgeClearing, paint: null }, { region: badge, paint: ALERT });
  return layers;
}

function appIcon(): Layer[] {
  const box = roundedRect(0.06, 0.06, 0.94, 0.94, 0.2);
  const gradient = (_x: number, y: number): Rgba => {
    const top: Rgba = [99, 102, 241, 255];
    const bottom: Rgba = [67, 56, 202, 255];
    const mix = (a: number, b: number): number => Math.round(a + (b - a) * y);
    return [mix(top[0], bottom[0]), mix(top[1], bottom[1]), mix(top[2], bottom[2]), 255];
  };
  return [
    { region: box, paint: gradient },
    {
      region: polyline(
        [
          [0.27, 0.52],
          [0.43, 0.68],
          [0.74, 0.34],
        ],
        0.1,
      ),
      paint: WHITE,
    },
  ];
}

// ---- rasterising -----------------------------------------------------------------------------

const SAMPLES = 5;

/** RGBA rows, top first, straight (not premultiplied) alpha. */
function render(size: number, layers: readonly Layer[]): Buffer {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SAMPLES; sy += 1) {
        for (let sx = 0; sx < SAMPLES; sx += 1) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          let colour: Rgba | null = null;
          for (const layer of layers) {
            if (!layer.region(x, y)) continue;
            colour = layer.paint === null ? null : typeof layer.paint === 'function' ? layer.paint(x, y) : layer.paint;
          }
          if (colour === null) continue;
          const alpha = colour[3] / 255;
          r += colour[0] * alpha;
          g += colour[1] * alpha;
          b += colour[2] * alpha;
          a += alpha;
        }
      }
      const offset = (py * size + px) * 4;
      if (a > 0) {
        pixels[offset] = Math.round(r / a);
        pixels[offset + 1] = Math.round(g / a);
        pixels[offset + 2] = Math.round(b / a);
      }
      pixels[offset + 3] = Math.round((a / (SAMPLES * SAMPLES)) * 255);
    }
  }
  return pixels;
}

// ---- encoding --------------------------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

function encodePng(size: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y += 1) {
    raw[y * (stride + 1)] = 0; // no filter
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** One icon image as a 32-bit BGRA bitmap with its (unused but required) 1-bit mask. */
function encodeIcoBitmap(size: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(size, 4);
  header.writeInt32LE(size * 2, 8); // colour rows + mask rows
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  const colour = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y += 1) {
    const from = (size - 1 - y) * size * 4; // bitmaps run bottom-up
    for (let x = 0; x < size; x += 1) {
      const s = from + x * 4;
      const d = (y * size + x) * 4;
      colour[d] = rgba[s + 2] ?? 0;
      colour[d + 1] = rgba[s + 1] ?? 0;
      colour[d + 2] = rgba[s] ?? 0;
      colour[d + 3] = rgba[s + 3] ?? 0;
    }
  }
  const maskStride = Math.ceil(size / 32) * 4;
  return Buffer.concat([header, colour, Buffer.alloc(maskStride * size)]);
}

function encodeIco(images: readonly { size: number; rgba: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  const bodies = images.map(({ size, rgba }) => encodeIcoBitmap(size, rgba));
  const entries: Buffer[] = [];
  let offset = 6 + 16 * images.length;
  images.forEach(({ size }, index) => {
    const body = bodies[index] ?? Buffer.alloc(0);
    const entry = Buffer.alloc(16);
    entry[0] = size >= 256 ? 0 : size;
    entry[1] = size >= 256 ? 0 : size;
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(body.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += body.length;
    entries.push(entry);
  });
  return Buffer.concat([header, ...entries, ...bodies]);
}

// ---- output ----------------------------------------------------------------------------------

const root = join(import.meta.dirname, '..', 'resources');

function write(relative: string, data: Buffer): void {
  const path = join(root, relative);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
  console.log(`wrote resources/${relative} (${data.length} bytes)`);
}

function png(relative: string, size: number, layers: readonly Layer[]): void {
  write(relative, encodePng(size, render(size, layers)));
}

function ico(relative: string, sizes: readonly number[], layers: readonly Layer[]): void {
  write(relative, encodeIco(sizes.map((size) => ({ size, rgba: render(size, layers) }))));
}

for (const overdue of [false, true]) {
  // macOS menu bar: 16 pt template images, @2x for Retina.
  const template = templateGlyph(overdue);
  const templateName = overdue ? 'tray/trayOverdueTemplate' : 'tray/trayTemplate';
  png(`${templateName}.png`, 16, template);
  png(`${templateName}@2x.png`, 32, template);

  // Linux panels (AppIndicator / StatusNotifier) ask for 22-24 px; @2x for HiDPI.
  const coloured = colouredGlyph(overdue);
  const linuxName = overdue ? 'tray/tray-overdue' : 'tray/tray';
  png(`${linuxName}.png`, 24, coloured);
  png(`${linuxName}@2x.png`, 48, coloured);

  // Windows notification area: 16 px at 100 %, 20 at 125 %, 24 at 150 %, 32 at 200 %.
  ico(`${overdue ? 'tray/tray-overdue' : 'tray/tray'}.ico`, [16, 20, 24, 32], coloured);
}

// electron-builder derives every platform's app icon from one 512 px PNG.
png('icon.png', 512, appIcon());
