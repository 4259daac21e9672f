import { extractDocxText } from './docx';
import { DocumentTextError } from './errors';
import { DEFAULT_MAX_BYTES, resolveLimits, type ExtractionLimits } from './limits';
import { extractPdfText } from './pdf';
import type { DocumentKind } from './sniff';
import { decodeText, sniffKind } from './sniff';

export { DEFAULT_MAX_BYTES };

export interface ExtractOptions extends Partial<ExtractionLimits> {
  /** The kind the file name promises; content of another kind is refused with TYPE_MISMATCH. */
  readonly expectKind?: DocumentKind;
}

export interface ExtractedText {
  readonly text: string;
  readonly kind: DocumentKind;
  readonly bytes: number;
  /** PDF page count. */
  readonly pages?: number;
  readonly warnings: readonly string[];
}

/**
 * Extracts plain text from .txt, .docx or .pdf bytes ON THE CALLING THREAD, with every cap of `options` checked
 * while reading. Servers call it through DocumentExtractionPool (a worker thread with a time and memory cap).
 * The format is detected from the content (magic bytes), not from a file name. Throws DocumentTextError.
 */
export async function extractText(data: Uint8Array, options: ExtractOptions = {}): Promise<ExtractedText> {
  const limits = resolveLimits(options);
  if (data.length === 0) throw new DocumentTextError('EMPTY');
  if (data.length > limits.maxBytes)
    throw DocumentTextError.limit('bytes', limits.maxBytes, `${data.length} bytes > limit ${limits.maxBytes} bytes`);
  const kind = sniffKind(data);
  if (kind === null) throw new DocumentTextError('UNSUPPORTED_TYPE');
  if (options.expectKind && options.expectKind !== kind) {
    throw new DocumentTextError('TYPE_MISMATCH', `content is ${kind}, name says ${options.expectKind}`);
  }
  if (kind === 'pdf') {
    const { text, pages } = await extractPdfText(data, limits);
    return { text, kind, bytes: data.length, pages, warnings: [] };
  }
  let text: string | null;
  if (kind === 'docx') text = extractDocxText(data, limits);
  else {
    text = decodeText(data);
    if (text === null) throw new DocumentTextError('UNSUPPORTED_TYPE');
    if (text.length > limits.maxChars) throw DocumentTextError.limit('chars', limits.maxChars);
  }
  if (text.trim().length === 0) throw new DocumentTextError('EMPTY');
  return { text, kind, bytes: data.length, warnings: [] };
}
