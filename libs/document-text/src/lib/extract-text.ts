import mammoth from 'mammoth';
import { DocumentTextError } from './errors';
import { extractPdfText } from './pdf';
import type { DocumentKind } from './sniff';
import { decodeText, sniffKind } from './sniff';

/** Default upload limit (5 MB). */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export interface ExtractOptions {
  /** Reject inputs larger than this many bytes (default 5 MB). */
  readonly maxBytes?: number;
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
 * Extracts plain text from .txt, .docx or .pdf bytes. The format is detected from the content (magic
 * bytes), not from a file name. Throws DocumentTextError with a stable code on bad input.
 */
export async function extractText(data: Uint8Array, options: ExtractOptions = {}): Promise<ExtractedText> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (data.length === 0) throw new DocumentTextError('EMPTY');
  if (data.length > maxBytes) {
    throw new DocumentTextError('TOO_LARGE', `${data.length} bytes > limit ${maxBytes} bytes`);
  }
  const kind = sniffKind(data);
  if (kind === null) throw new DocumentTextError('UNSUPPORTED_TYPE');
  if (kind === 'pdf') {
    const { text, pages } = await extractPdfText(data);
    return { text, kind, bytes: data.length, pages, warnings: [] };
  }
  if (kind === 'docx') {
    let result: { value: string; messages: { message: string }[] };
    try {
      result = await mammoth.extractRawText({ buffer: Buffer.from(data.buffer, data.byteOffset, data.byteLength) });
    } catch (e) {
      throw new DocumentTextError('CORRUPT', e instanceof Error ? e.message : String(e));
    }
    if (result.value.trim().length === 0) throw new DocumentTextError('EMPTY');
    return { text: result.value, kind, bytes: data.length, warnings: result.messages.map((m) => m.message) };
  }
  const text = decodeText(data);
  if (text === null) throw new DocumentTextError('UNSUPPORTED_TYPE');
  if (text.trim().length === 0) throw new DocumentTextError('EMPTY');
  return { text, kind, bytes: data.length, warnings: [] };
}
