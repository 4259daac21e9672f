import { DocumentTextError } from './errors';
import type { ExtractionLimits } from './limits';
import { BoundedZipReader } from './zip-reader';

/** Parts whose text counts, in reading order (body, then notes). */
const TEXT_PARTS = ['word/document.xml', 'word/footnotes.xml', 'word/endnotes.xml'];

// <w:t …>text</w:t>, paragraph ends, tabs and breaks. Linear: every alternative is anchored on '<' and bounded by '>'.
const TOKENS = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<\/w:p>|<w:tab\s*\/>|<w:(?:br|cr)(?:\s[^>]*)?\/>/g;
const ENTITY = /&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (_m, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name] ?? '';
    const cp = hex ? parseInt(hex, 16) : Number(dec);
    return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
  });
}

/**
 * The plain text of a .docx (paragraphs separated by a blank line), read with bounded inflation and a character
 * cap checked as text is produced.
 */
export function extractDocxText(data: Uint8Array, limits: ExtractionLimits): string {
  const zip = new BoundedZipReader(data, limits);
  if (!zip.has('word/document.xml')) throw new DocumentTextError('CORRUPT', 'no word/document.xml');
  const parts: string[] = [];
  let chars = 0;
  const push = (s: string): void => {
    chars += s.length;
    if (chars > limits.maxChars) throw DocumentTextError.limit('chars', limits.maxChars);
    parts.push(s);
  };
  const decoder = new TextDecoder('utf-8');
  for (const name of TEXT_PARTS) {
    if (!zip.has(name)) continue;
    const xml = decoder.decode(zip.read(name));
    let paragraph = '';
    TOKENS.lastIndex = 0;
    for (let m = TOKENS.exec(xml); m !== null; m = TOKENS.exec(xml)) {
      const token = m[0];
      if (m[1] !== undefined) paragraph += decodeEntities(m[1]);
      else if (token === '</w:p>') {
        push(paragraph + '\n\n');
        paragraph = '';
      } else if (token.startsWith('<w:tab')) paragraph += '\t';
      else paragraph += '\n';
      if (chars + paragraph.length > limits.maxChars) throw DocumentTextError.limit('chars', limits.maxChars);
    }
    if (paragraph) push(paragraph);
  }
  return parts.join('').replace(/\n+$/, '');
}
