// Runs extractDisclosureText on one file outside Jest and prints the outcome as one JSON line.
// Jest's CommonJS sandbox cannot import pdfjs (ESM-only), so the PDF cases of the spec run through this file:
//   TSX_TSCONFIG_PATH=apps/api/tsconfig.app.json node --import tsx <this file> <path> <filename>
import { readFileSync } from 'node:fs';
import { ApiException } from '../../common/errors/api-exception';
import { extractDisclosureText } from './extract-disclosure-text';

async function main(): Promise<void> {
  const [path, filename] = process.argv.slice(2);
  try {
    const text = await extractDisclosureText(new Uint8Array(readFileSync(path)), filename);
    process.stdout.write(`${JSON.stringify({ ok: true, text })}\n`);
  } catch (e) {
    if (!(e instanceof ApiException)) throw e;
    process.stdout.write(`${JSON.stringify({ ok: false, status: e.getStatus(), code: e.code, fields: e.fieldProblems })}\n`);
  }
}

void main();
