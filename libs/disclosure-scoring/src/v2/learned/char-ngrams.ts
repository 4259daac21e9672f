/** Size of the hashed feature space of character n-grams (collisions are rare at this size and harmless). */
export const NGRAM_DIM = 1 << 18;

/** FNV-1a (32 bit) of a string's UTF-16 code units: fast, dependency-free and the same in Node and the browser. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The distinct character 2- and 3-grams of an already normalised sentence (analysis text: NFKC, lower case, the
 * company's names read as 当社), hashed into NGRAM_DIM buckets, sorted. A set, not counts: saying a thing twice adds
 * nothing.
 */
export function charNgrams(text: string): number[] {
  const set = new Set<number>();
  for (const n of [2, 3]) for (let i = 0; i + n <= text.length; i++) set.add(fnv1a(text.slice(i, i + n)) % NGRAM_DIM);
  return [...set].sort((a, b) => a - b);
}
