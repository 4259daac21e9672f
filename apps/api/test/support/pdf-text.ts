import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');

/** The text a PDF reader can search, through the product's own extractor (pdf.js, an ES module: child process). */
export function searchableText(pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'ipgn-pdf-')), 'doc.pdf');
  writeFileSync(file, pdf);
  const script = `const { extractText } = require('@ipgn/document-text'); const { readFileSync } = require('node:fs');
    extractText(new Uint8Array(readFileSync(process.argv[1]))).then((r) => process.stdout.write(r.text));`;
  return execFileSync(process.execPath, ['--import', 'tsx', '-e', script, file], {
    cwd: ROOT,
    env: { ...process.env, TSX_TSCONFIG_PATH: join(ROOT, 'tsconfig.base.json') },
    encoding: 'utf8',
  });
}

/** The text of each page, as poppler's pdftotext reads it (page order, layout kept). */
export function pageTexts(pdf: Buffer): string[] {
  const file = join(mkdtempSync(join(tmpdir(), 'ipgn-pdf-')), 'doc.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
}

export const compact = (s: string): string => s.replace(/\s+/g, '');
