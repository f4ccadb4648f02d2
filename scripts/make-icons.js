#!/usr/bin/env node
// Draws the Parliament Lens icons: icons/icon-{16,32,48,128}.png and icons/icon.svg.
// No dependencies: the shapes are rasterised here (16 x 16 samples per pixel) and the PNGs are
// encoded here (node:zlib for deflate, CRC32 computed by hand). Each size has its own hand-tuned
// geometry so that strokes land on whole pixels and the 16 px icon keeps only the essentials.
//
//   node scripts/make-icons.js                    regenerate the icons
//   node scripts/make-icons.js --preview out.png  also write an enlarged side-by-side preview
import { deflateSync } from 'node:zlib';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const iconsDir = path.join(root, 'icons');

const GREEN = '#006548'; // House of Commons green
const GOLD = '#C9A227';
const CREAM = '#FFF8E6'; // lens glass

// ---------------------------------------------------------------------------------------------
// Shapes. Each has a bounding box, an inside(x, y) test in pixel coordinates (y down) and an SVG
// rendering of itself. Layers are opaque and painted in order, last on top.

function circle(cx, cy, r) {
  return {
    box: [cx - r, cy - r, cx + r, cy + r],
    inside: (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r,
    svg: (fill) => `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${fill}"/>`,
  };
}

function ring(cx, cy, r0, r1) {
  const arc = (r) =>
    `M${n(cx - r)} ${n(cy)}a${n(r)} ${n(r)} 0 1 0 ${n(2 * r)} 0a${n(r)} ${n(r)} 0 1 0 ${n(-2 * r)} 0z`;
  return {
    box: [cx - r1, cy - r1, cx + r1, cy + r1],
    inside: (x, y) => {
      const d = (x - cx) ** 2 + (y - cy) ** 2;
      return d >= r0 * r0 && d <= r1 * r1;
    },
    svg: (fill) => `<path d="${arc(r1)}${arc(r0)}" fill="${fill}" fill-rule="evenodd"/>`,
  };
}

function rect(x0, y0, x1, y1) {
  return {
    box: [x0, y0, x1, y1],
    inside: (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1,
    svg: (fill) =>
      `<rect x="${n(x0)}" y="${n(y0)}" width="${n(x1 - x0)}" height="${n(y1 - y0)}" fill="${fill}"/>`,
  };
}

/** A thick line segment with round ends: every point within `r` of the segment a-b. */
function capsule(ax, ay, bx, by, r) {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  return {
    box: [Math.min(ax, bx) - r, Math.min(ay, by) - r, Math.max(ax, bx) + r, Math.max(ay, by) + r],
    inside: (x, y) => {
      const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
      return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= r * r;
    },
    svg: (fill) =>
      `<line x1="${n(ax)}" y1="${n(ay)}" x2="${n(bx)}" y2="${n(by)}" stroke="${fill}" stroke-width="${n(2 * r)}" stroke-linecap="round"/>`,
  };
}

/** A polygon (non-zero winding), points as [[x, y], ...]. */
function polygon(points) {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return {
    box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)],
    inside: (x, y) => {
      let winding = 0;
      for (let i = 0; i < points.length; i++) {
        const [x0, y0] = points[i];
        const [x1, y1] = points[(i + 1) % points.length];
        const side = (x1 - x0) * (y - y0) - (x - x0) * (y1 - y0);
        if (y0 <= y && y1 > y && side > 0) winding++;
        else if (y1 <= y && y0 > y && side < 0) winding--;
      }
      return winding !== 0;
    },
    svg: (fill) => `<polygon points="${points.map((p) => p.map(n).join(',')).join(' ')}" fill="${fill}"/>`,
  };
}

/** Formats an SVG number without float noise. */
function n(v) {
  return String(Math.round(v * 1000) / 1000);
}

// ---------------------------------------------------------------------------------------------
// The design: a Commons-green magnifying lens, cream glass, a green portcullis seen through it,
// and a handle with a gold ferrule. All numbers are pixels at that size.

const GEOMETRY = {
  // c: lens centre (x = y); R: rim outer radius; t: rim width; gold: gold inner line width.
  // handle: grip radius r, grip end point (x = y), gold ferrule from a to b along the 45-degree axis
  // (distances from the lens centre) with half-width fw. gate: the portcullis bars.
  16: {
    c: 7.5, R: 6.5, t: 2, gold: 0,
    handle: { r: 1.5, end: 14.5, ferrule: null },
    gate: { x0: 5, bw: 1, gap: 1, bars: 3, top: [5, 6], over: 0, cross: [[7, 8]], bottom: 10, spike: 0 },
  },
  32: {
    c: 14, R: 13, t: 3, gold: 0,
    handle: { r: 3, end: 28, ferrule: { a: 13, b: 17, fw: 3.5 } },
    gate: { x0: 7, bw: 2, gap: 2, bars: 4, top: [8, 10], over: 0, cross: [[13, 15]], bottom: 18, spike: 2 },
  },
  48: {
    c: 21, R: 19, t: 4, gold: 1,
    handle: { r: 4, end: 42.5, ferrule: { a: 19, b: 25, fw: 5 } },
    gate: { x0: 12, bw: 3, gap: 2, bars: 4, top: [12, 15], over: 0, cross: [[18, 20], [23, 25]], bottom: 28, spike: 3 },
  },
  // Chrome's store guidance for the 128 px icon: 96 x 96 of artwork, 16 px clear all round.
  128: {
    c: 54, R: 38, t: 8, gold: 2,
    handle: { r: 8, end: 104, ferrule: { a: 38, b: 50, fw: 9.5 } },
    gate: { x0: 38, bw: 5, gap: 4, bars: 4, top: [38, 43], over: 2, cross: [[48, 52], [57, 61]], bottom: 66, spike: 5 },
  },
};

/** The layers (bottom first) for one size: [[shape, colour], ...]. */
function scene(size) {
  const g = GEOMETRY[size];
  const { c, R, t } = g;
  const layers = [];
  const diag = (d) => c + d / Math.SQRT2; // a point `d` from the centre, down-right at 45 degrees

  // Handle: a green grip tucked under the rim, with a gold ferrule where it meets the rim.
  const h = g.handle;
  layers.push([capsule(diag(R - t / 2), diag(R - t / 2), h.end, h.end, h.r), GREEN]);
  if (h.ferrule) {
    const { a, b, fw } = h.ferrule;
    const across = fw / Math.SQRT2; // half-width, resolved onto x and y
    layers.push([polygon([
      [diag(a) + across, diag(a) - across],
      [diag(b) + across, diag(b) - across],
      [diag(b) - across, diag(b) + across],
      [diag(a) - across, diag(a) + across],
    ]), GOLD]);
  }

  // Glass, then the portcullis seen through it.
  const glass = R - t - g.gold;
  layers.push([circle(c, c, R - t / 2), CREAM]);
  const p = g.gate;
  const x1 = p.x0 + p.bars * p.bw + (p.bars - 1) * p.gap;
  const corners = [[p.x0 - p.over, p.top[0]], [x1 + p.over, p.top[0]], [p.x0, p.bottom], [x1, p.bottom]];
  for (let i = 0; i < p.bars; i++) {
    const bx = p.x0 + i * (p.bw + p.gap);
    layers.push([rect(bx, p.top[0], bx + p.bw, p.bottom), GREEN]);
    if (p.spike) {
      const tip = [bx + p.bw / 2, p.bottom + p.spike];
      layers.push([polygon([[bx, p.bottom], [bx + p.bw, p.bottom], tip]), GREEN]);
      corners.push(tip);
    }
  }
  layers.push([rect(p.x0 - p.over, p.top[0], x1 + p.over, p.top[1]), GREEN]);
  for (const [y0, y1] of p.cross) layers.push([rect(p.x0, y0, x1, y1), GREEN]);
  if (Math.abs(p.x0 + x1 - 2 * c) > 1e-9) throw new Error(`${size}px: portcullis is off-centre`);
  for (const [x, y] of corners) {
    if (Math.hypot(x - c, y - c) > glass - 0.5) throw new Error(`${size}px: portcullis touches the rim at ${x},${y}`);
  }

  // The rim: green, with a thin gold line inside it.
  layers.push([ring(c, c, R - t, R), GREEN]);
  if (g.gold) layers.push([ring(c, c, glass, R - t), GOLD]);
  return layers;
}

// ---------------------------------------------------------------------------------------------
// Rasteriser: SS x SS samples per pixel, each sample takes the colour of the topmost layer that
// covers it; the pixel is the average of its samples (alpha = fraction covered).

const SS = 16;

function hex(colour) {
  const v = parseInt(colour.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

function rasterise(size, layers) {
  const rgba = new Uint8Array(size * size * 4);
  const prepared = layers.map(([shape, colour]) => ({ shape, rgb: hex(colour) })).reverse();
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const here = prepared.filter(
        ({ shape: { box } }) => box[0] <= px + 1 && box[2] >= px && box[1] <= py + 1 && box[3] >= py,
      );
      let r = 0;
      let gr = 0;
      let b = 0;
      let hits = 0;
      if (here.length) {
        for (let sy = 0; sy < SS; sy++) {
          const y = py + (sy + 0.5) / SS;
          for (let sx = 0; sx < SS; sx++) {
            const x = px + (sx + 0.5) / SS;
            const top = here.find(({ shape }) => shape.inside(x, y));
            if (top) {
              r += top.rgb[0];
              gr += top.rgb[1];
              b += top.rgb[2];
              hits++;
            }
          }
        }
      }
      const o = (py * size + px) * 4;
      if (hits) {
        rgba[o] = Math.round(r / hits);
        rgba[o + 1] = Math.round(gr / hits);
        rgba[o + 2] = Math.round(b / hits);
        rgba[o + 3] = Math.round((255 * hits) / (SS * SS));
      }
    }
  }
  return rgba;
}

// ---------------------------------------------------------------------------------------------
// PNG encoder: 8-bit RGBA, no interlace, filter 0 on every row.

const CRC_TABLE = Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let i = 0; i < 8; i++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 255] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type 6 (RGBA), deflate, filter 0, no interlace
  const raw = Buffer.alloc(height * (1 + width * 4));
  for (let y = 0; y < height; y++) {
    raw[y * (1 + width * 4)] = 0;
    raw.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (1 + width * 4) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------------------------------------

function svgDocument(size) {
  const body = scene(size).map(([shape, colour]) => `  ${shape.svg(colour)}`).join('\n');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">`,
    '  <title>Parliament Lens</title>',
    body,
    '</svg>',
    '',
  ].join('\n');
}

/** Each icon scaled up (nearest neighbour) on a light and a dark toolbar colour, plus 1:1 copies. */
function preview(icons) {
  const cell = 256;
  const pad = 16;
  const cols = icons.length;
  const width = pad + cols * (cell + pad);
  const backgrounds = [hex('#F1F3F4'), hex('#202124')];
  const height = pad + backgrounds.length * (cell + pad) + 2 * (128 + pad);
  const out = new Uint8Array(width * height * 4);
  const put = (x, y, [r, g, b], a = 255) => {
    const o = (y * width + x) * 4;
    const k = a / 255;
    out[o] = Math.round(r * k + out[o] * (1 - k));
    out[o + 1] = Math.round(g * k + out[o + 1] * (1 - k));
    out[o + 2] = Math.round(b * k + out[o + 2] * (1 - k));
    out[o + 3] = 255;
  };
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) put(x, y, [255, 255, 255]);
  const draw = (size, rgba, ox, oy, scale) => {
    for (let y = 0; y < size * scale; y++) {
      for (let x = 0; x < size * scale; x++) {
        const o = (Math.floor(y / scale) * size + Math.floor(x / scale)) * 4;
        put(ox + x, oy + y, [rgba[o], rgba[o + 1], rgba[o + 2]], rgba[o + 3]);
      }
    }
  };
  backgrounds.forEach((bg, row) => {
    icons.forEach(({ size, rgba }, col) => {
      const ox = pad + col * (cell + pad);
      const oy = pad + row * (cell + pad);
      for (let y = 0; y < cell; y++) for (let x = 0; x < cell; x++) put(ox + x, oy + y, bg);
      draw(size, rgba, ox, oy, cell / size);
    });
  });
  backgrounds.forEach((bg, row) => {
    const oy = pad + backgrounds.length * (cell + pad) + row * (128 + pad);
    for (let y = 0; y < 128; y++) for (let x = pad; x < width - pad; x++) put(x, oy + y, bg);
    let ox = 2 * pad;
    for (const { size, rgba } of icons) {
      draw(size, rgba, ox, oy + (128 - size) / 2, 1);
      ox += size + 2 * pad;
    }
  });
  return encodePng(width, height, out);
}

async function main() {
  await mkdir(iconsDir, { recursive: true });
  const icons = [];
  for (const size of [16, 32, 48, 128]) {
    const rgba = rasterise(size, scene(size));
    icons.push({ size, rgba });
    await writeFile(path.join(iconsDir, `icon-${size}.png`), encodePng(size, size, rgba));
  }
  await writeFile(path.join(iconsDir, 'icon.svg'), svgDocument(128));
  const at = process.argv.indexOf('--preview');
  if (at !== -1 && process.argv[at + 1]) {
    await writeFile(process.argv[at + 1], preview(icons));
    console.log(`preview written to ${process.argv[at + 1]}`);
  }
  console.log('icons written: icons/icon-{16,32,48,128}.png, icons/icon.svg');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((err) => {
    console.error(err.message ?? err);
    process.exit(1);
  });
}
