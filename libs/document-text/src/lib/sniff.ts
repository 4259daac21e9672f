export type DocumentKind = 'txt' | 'docx' | 'pdf';

function startsWith(data: Uint8Array, bytes: readonly number[], offset = 0): boolean {
  return bytes.every((b, i) => data[offset + i] === b);
}

function containsAscii(data: Uint8Array, needle: string, limit: number): boolean {
  const n = Array.from(needle, (c) => c.charCodeAt(0));
  const end = Math.min(data.length, limit) - n.length;
  outer: for (let i = 0; i <= end; i++) {
    for (let j = 0; j < n.length; j++) if (data[i + j] !== n[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Detects the format from the bytes, never from the file name: "%PDF-" for PDF, a ZIP with a
 * "word/" part for DOCX, decodable text without control bytes for TXT. Returns null otherwise.
 */
export function sniffKind(data: Uint8Array): DocumentKind | null {
  if (data.length === 0) return null;
  // PDF header may be preceded by a little junk; the spec allows it within the first 1 KB.
  if (containsAscii(data, '%PDF-', 1024)) return 'pdf';
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04])) {
    return containsAscii(data, 'word/', data.length) ? 'docx' : null;
  }
  return decodeText(data) === null ? null : 'txt';
}

/**
 * Decodes plain text: UTF-8 (with or without BOM), UTF-16 with BOM, or Shift_JIS (still common for
 * Japanese .txt files). Returns null for binary data.
 */
export function decodeText(data: Uint8Array): string | null {
  let text: string | null = null;
  if (startsWith(data, [0xff, 0xfe])) text = new TextDecoder('utf-16le').decode(data.subarray(2));
  else if (startsWith(data, [0xfe, 0xff])) text = new TextDecoder('utf-16be').decode(data.subarray(2));
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(data);
    } catch {
      try {
        text = new TextDecoder('shift_jis', { fatal: true }).decode(data);
      } catch {
        return null;
      }
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return looksLikeText(text) ? text : null;
}

function looksLikeText(text: string): boolean {
  if (text.length === 0) return true;
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return false;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) control++;
    if (c === 0xfffd) control++;
  }
  return control / text.length < 0.01;
}
