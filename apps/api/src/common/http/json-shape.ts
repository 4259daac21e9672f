/** Deepest nesting of objects/arrays a JSON body may have (real payloads use fewer than 8 levels). */
export const JSON_MAX_DEPTH = 32;
/** Most values (array items, object members, containers) a JSON body may have (a full draft section: ~40,000). */
export const JSON_MAX_ELEMENTS = 50_000;

/** Thrown from body-parser's `verify` hook; the exception filter answers 400 JSON_TOO_COMPLEX. */
export class JsonTooComplexError extends Error {
  readonly status = 400;
  readonly type = 'entity.too.complex';
  constructor(readonly limit: 'depth' | 'elements') {
    super(`JSON body exceeds the ${limit} limit`);
  }
}

/**
 * One linear pass over the raw bytes of a JSON body, before it is parsed: counts nesting depth and elements and
 * throws as soon as either passes its cap. Structural characters are ASCII, and UTF-8 continuation bytes are
 * never ASCII, so bytes can be scanned without decoding. Malformed JSON is left to the parser.
 */
export function assertJsonShape(buf: Uint8Array, maxDepth = JSON_MAX_DEPTH, maxElements = JSON_MAX_ELEMENTS): void {
  let depth = 0;
  let elements = 0;
  let inString = false;
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i];
    if (inString) {
      if (b === 0x5c) i++;
      else if (b === 0x22) inString = false;
      continue;
    }
    if (b === 0x22) inString = true;
    else if (b === 0x7b || b === 0x5b) {
      if (++depth > maxDepth) throw new JsonTooComplexError('depth');
      if (++elements > maxElements) throw new JsonTooComplexError('elements');
    } else if (b === 0x7d || b === 0x5d) depth--;
    else if (b === 0x2c && ++elements > maxElements) throw new JsonTooComplexError('elements');
  }
}
