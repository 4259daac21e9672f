import { DocumentTextError } from './errors';
import type { ExtractionLimits } from './limits';
import { checkPdfStreamBudget } from './pdf-stream-budget';

// Minimal typed surface of pdfjs-dist that we use (the package is ESM-only).
interface PdfTextItem {
  readonly str?: string;
  readonly hasEOL?: boolean;
}
interface PdfPage {
  getTextContent(): Promise<{ items: readonly PdfTextItem[] }>;
  cleanup(): void;
}
interface PdfDocument {
  readonly numPages: number;
  getPage(n: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}
interface PdfJsModule {
  getDocument(params: {
    data: Uint8Array;
    isEvalSupported: boolean;
    disableFontFace: boolean;
    useSystemFonts: boolean;
    verbosity: number;
  }): { promise: Promise<PdfDocument> };
}

// A real dynamic import() even when this file is transpiled to CommonJS (swc/jest turn import() into require()).
const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<unknown>;

let pdfjs: Promise<PdfJsModule> | undefined;
function loadPdfJs(): Promise<PdfJsModule> {
  pdfjs ??= importEsm('pdfjs-dist/legacy/build/pdf.mjs') as Promise<PdfJsModule>;
  return pdfjs;
}

/**
 * The text of a PDF, page by page. The page count is checked against `maxPages` before any page is read and the
 * character count after every page; a broken page tree (a loop, a missing page) is CORRUPT, not a crash.
 */
export async function extractPdfText(
  data: Uint8Array,
  limits: Pick<ExtractionLimits, 'maxPages' | 'maxChars' | 'maxPdfStreamBytes'>,
): Promise<{ text: string; pages: number }> {
  // A byte scan first: uncompressed page objects over the cap are refused before the parser is even loaded.
  const declared = countPageObjects(data, limits.maxPages + 1);
  if (declared > limits.maxPages)
    throw DocumentTextError.limit('pages', limits.maxPages, `more than ${limits.maxPages} page objects`);
  checkPdfStreamBudget(data, limits.maxPdfStreamBytes);
  const lib = await loadPdfJs();
  let doc: PdfDocument;
  try {
    // pdfjs takes ownership of the buffer, so give it a copy.
    doc = await lib.getDocument({
      data: new Uint8Array(data),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (e) {
    const name = e instanceof Error ? e.name : '';
    if (name === 'PasswordException') throw new DocumentTextError('ENCRYPTED');
    throw new DocumentTextError('CORRUPT', e instanceof Error ? e.message : String(e));
  }
  try {
    if (doc.numPages > limits.maxPages)
      throw DocumentTextError.limit('pages', limits.maxPages, `${doc.numPages} pages`);
    const pages: string[] = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      let out = '';
      try {
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        for (const item of content.items) {
          out += item.str ?? '';
          if (item.hasEOL) out += '\n';
          if (chars + out.length > limits.maxChars) throw DocumentTextError.limit('chars', limits.maxChars);
        }
        page.cleanup();
      } catch (e) {
        if (e instanceof DocumentTextError) throw e;
        throw new DocumentTextError('CORRUPT', e instanceof Error ? e.message : String(e));
      }
      const trimmed = out.trim();
      chars += trimmed.length + 2;
      pages.push(trimmed);
    }
    const text = pages.join('\n\n');
    if (text.trim().length === 0) throw new DocumentTextError('NO_TEXT_LAYER');
    return { text, pages: doc.numPages };
  } finally {
    await doc.destroy();
  }
}

const TYPE = Array.from('/Type', (c) => c.charCodeAt(0));
const PAGE = Array.from('/Page', (c) => c.charCodeAt(0));

function isSpace(b: number | undefined): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0x0c || b === 0x00;
}

/** Counts `/Type /Page` (not `/Pages`) in the raw bytes, stopping at `stopAt`. Linear, no allocation. */
export function countPageObjects(data: Uint8Array, stopAt: number): number {
  let count = 0;
  outer: for (let i = 0; i < data.length - 10; i++) {
    for (let j = 0; j < TYPE.length; j++) if (data[i + j] !== TYPE[j]) continue outer;
    let k = i + TYPE.length;
    while (isSpace(data[k])) k++;
    for (let j = 0; j < PAGE.length; j++) if (data[k + j] !== PAGE[j]) continue outer;
    const after = data[k + PAGE.length];
    if (after === 0x73 /* s */) continue;
    if (after !== undefined && /[A-Za-z0-9]/.test(String.fromCharCode(after))) continue;
    if (++count >= stopAt) return count;
  }
  return count;
}
