import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';

/** One rendered page: RGBA pixels, as a PDF viewer would show them (poppler's pdftoppm). */
export interface PageImage {
  readonly page: number;
  readonly width: number;
  readonly height: number;
  readonly data: Buffer;
  /** The PNG on disk (kept when `keepDir` is given, to look at). */
  readonly file: string;
}

/** Renders every page of a PDF to PNG at `dpi` and decodes it. */
export function renderPdfPages(pdf: Buffer, options: { dpi?: number; keepDir?: string } = {}): PageImage[] {
  const dir = options.keepDir ?? mkdtempSync(join(tmpdir(), 'ipgn-pages-'));
  const file = join(dir, 'doc.pdf');
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-png', '-r', String(options.dpi ?? 60), file, join(dir, 'page')]);
  const pages = readdirSync(dir)
    .filter((f) => /^page-\d+\.png$/.test(f))
    .sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]))
    .map((f, i) => {
      const png = PNG.sync.read(readFileSync(join(dir, f)));
      return { page: i + 1, width: png.width, height: png.height, data: png.data, file: join(dir, f) };
    });
  if (!options.keepDir) rmSync(dir, { recursive: true, force: true });
  return pages;
}

export interface PixelCensus {
  readonly total: number;
  /** Near-white (paper). */
  readonly white: number;
  /** Near-black (text, rules — or a blacked-out fill). */
  readonly black: number;
  /** Clearly coloured (saturated): fills such as heat-map cells and chart bars. */
  readonly coloured: number;
  /** Darker than mid-grey and unsaturated: text strokes at screen resolution. */
  readonly dark: number;
}

/** Counts pixel classes in a page, or in a region of it given as fractions of width and height. */
export function pixelCensus(
  img: PageImage,
  region: { x0: number; y0: number; x1: number; y1: number } = { x0: 0, y0: 0, x1: 1, y1: 1 },
): PixelCensus {
  let white = 0;
  let black = 0;
  let coloured = 0;
  let dark = 0;
  let total = 0;
  const [xa, xb] = [Math.floor(region.x0 * img.width), Math.ceil(region.x1 * img.width)];
  const [ya, yb] = [Math.floor(region.y0 * img.height), Math.ceil(region.y1 * img.height)];
  for (let y = ya; y < yb; y++) {
    for (let x = xa; x < xb; x++) {
      const i = (y * img.width + x) * 4;
      const [r, g, b] = [img.data[i] ?? 0, img.data[i + 1] ?? 0, img.data[i + 2] ?? 0];
      total++;
      const max = Math.max(r, g, b);
      const min = Math.min(r, g, b);
      if (min > 235) white++;
      else if (max < 40) black++;
      else if (max - min > 40) coloured++;
      if (max < 128 && max - min <= 40) dark++;
    }
  }
  return { total, white, black, coloured, dark };
}
