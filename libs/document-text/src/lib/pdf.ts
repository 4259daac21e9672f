import { DocumentTextError } from './errors';

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

export async function extractPdfText(data: Uint8Array): Promise<{ text: string; pages: number }> {
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
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      let out = '';
      for (const item of content.items) {
        out += item.str ?? '';
        if (item.hasEOL) out += '\n';
      }
      pages.push(out.trim());
      page.cleanup();
    }
    const text = pages.join('\n\n');
    if (text.trim().length === 0) throw new DocumentTextError('NO_TEXT_LAYER');
    return { text, pages: doc.numPages };
  } finally {
    await doc.destroy();
  }
}
