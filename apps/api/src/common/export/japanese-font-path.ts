import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const FONT_PACKAGE = '@expo-google-fonts/noto-sans-jp';
const FONT_FILE = '400Regular/NotoSansJP_400Regular.ttf';

/** The family name Word and LibreOffice know the embedded-in-PDF font by. */
export const REPORT_FONT_FAMILY = 'Noto Sans JP';

/**
 * The Japanese font for PDF exports, resolved through Node's module resolution at run time (from the source tree
 * in tests, from dist/apps/api/*.js in production, inside a worker thread as well), never relative to this file.
 */
export function japaneseFontPath(): string {
  const bases = [__filename, process.argv[1], join(process.cwd(), 'package.json')].filter(
    (b): b is string => typeof b === 'string' && b.length > 1,
  );
  for (const base of bases) {
    try {
      return join(dirname(createRequire(base).resolve(`${FONT_PACKAGE}/package.json`)), FONT_FILE);
    } catch {
      // try the next base
    }
  }
  throw new Error(`${FONT_PACKAGE} is not installed: PDF export needs its Japanese font`);
}
