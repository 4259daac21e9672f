// Child-process harness: extracts text from a file and prints one JSON line. PDF extraction needs a real
// ESM dynamic import, which Jest's CommonJS sandbox cannot provide, so PDF tests run through this.
import { readFileSync } from 'node:fs';
import { DocumentTextError, extractText } from '../index';

async function main(): Promise<void> {
  const [file, max] = process.argv.slice(2);
  if (!file) throw new Error('usage: extract-harness <file> [maxBytes]');
  try {
    const r = await extractText(readFileSync(file), max ? { maxBytes: Number(max) } : {});
    process.stdout.write(`${JSON.stringify({ ok: true, kind: r.kind, text: r.text, pages: r.pages })}\n`);
  } catch (e) {
    if (e instanceof DocumentTextError) process.stdout.write(`${JSON.stringify({ ok: false, code: e.code })}\n`);
    else throw e;
  }
}

void main();
