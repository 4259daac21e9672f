import { constants as zlib, inflateSync } from 'node:zlib';
import { DocumentTextError } from './errors';

const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');
/** How far back from `stream` we look for the stream's dictionary (dictionaries are short). */
const DICT_WINDOW = 4096;

/**
 * Refuses a PDF whose compressed streams inflate past `maxBytes` together, BEFORE the PDF parser sees it.
 *
 * A PDF of a few hundred kilobytes can hold a Flate stream that inflates to gigabytes; the parser would then
 * tokenise all of it (a minute of CPU for 1 GB of zeros) and only the extraction time cap would stop it. Here each
 * Flate stream is inflated with the budget left as zlib's output cap, so a bomb stops at the budget within a
 * fraction of a second. Image streams are skipped: text extraction never decodes them, and scanned pages legitimately
 * inflate to far more than their text. Streams that do not inflate cleanly are left for the parser to judge.
 * Linear in the file size; runs where extraction runs (off the API's thread). Returns the bytes the streams inflate to.
 */
export function checkPdfStreamBudget(data: Uint8Array, maxBytes: number): number {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  let used = 0;
  let from = 0;
  let scannedTo = 0; // dictionaries are read only after this, so no byte is read twice (crafted files stay linear)
  for (;;) {
    const at = buf.indexOf(STREAM, from);
    if (at < 0) return used;
    from = at + STREAM.length;
    if (buf[at - 1] === 0x64 /* d: endstream */) continue;
    const dict = dictionaryBefore(buf, at, scannedTo);
    scannedTo = at;
    if (dict === null || !/\/FlateDecode\b|\/Fl\b/.test(dict) || /\/Subtype\s*\/Image\b/.test(dict)) continue;
    let start = from;
    if (buf[start] === 0x0d) start++;
    if (buf[start] === 0x0a) start++;
    const end = buf.indexOf(END_STREAM, start);
    if (end < 0) return used;
    from = end + END_STREAM.length;
    used += inflatedSize(buf.subarray(start, end), maxBytes - used, maxBytes);
  }
}

/** The object's text from `obj` (or the window's start) to the `>>` right before `stream`, or null if none. */
function dictionaryBefore(buf: Buffer, streamAt: number, notBefore: number): string | null {
  let k = streamAt - 1;
  while (k > notBefore && (buf[k] === 0x20 || buf[k] === 0x0a || buf[k] === 0x0d || buf[k] === 0x09)) k--;
  if (k - 1 < notBefore || buf[k] !== 0x3e || buf[k - 1] !== 0x3e) return null;
  const windowStart = Math.max(notBefore, k - DICT_WINDOW);
  const objAt = buf.subarray(windowStart, k).lastIndexOf('obj');
  return buf.toString('latin1', objAt >= 0 ? windowStart + objAt : windowStart, k + 1);
}

function inflatedSize(raw: Buffer, remaining: number, maxBytes: number): number {
  try {
    // Z_SYNC_FLUSH: a stream cut short (or padded before `endstream`) still counts what it produced.
    return inflateSync(raw, { maxOutputLength: Math.max(1, remaining), finishFlush: zlib.Z_SYNC_FLUSH }).length;
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw DocumentTextError.limit('totalBytes', maxBytes, 'compressed PDF streams inflate past the cap');
    }
    return 0; // not our call: the parser reports a broken stream if it matters
  }
}
