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
 * The company's word for itself with its particle (当社は、 / 当社グループの / "the company's"): who speaks is no
 * content, and a company name, which the analysis text reads as 当社 / "the company", must change nothing — prefixing
 * it to a sentence or writing it instead of 当社 (issue 18's properties). The neutral word is matched without a word
 * boundary after it: a name glued to the next word (ACME株式会社These …) reads as "the companythese".
 */
const SELF_REFERENCE_G =
  /当社(?:グループ)?(?:では|でも|には|として|は|が|の|も|と|を|に|で)?[、,]?|\bthe (?:company|group)(?:'s)?,?/gu;

/**
 * The sentence as the learned reading sees it: without the company's names (also where the analysis text kept one,
 * glued to the next word) or its word for itself, spaces folded.
 */
export function learnedText(analysis: string, names: readonly string[] = []): string {
  let t = analysis;
  for (const n of names) {
    const name = n.normalize('NFKC').toLowerCase().trim();
    if (name.length > 0) t = t.split(name).join(' ');
  }
  return t.replace(SELF_REFERENCE_G, ' ').replace(/\s+/gu, ' ').trim();
}

/**
 * The distinct character 2- and 3-grams of an already normalised sentence (analysis text: NFKC, lower case, the
 * company's names read as 当社) without the company's word for itself, hashed into NGRAM_DIM buckets, sorted. A set,
 * not counts: saying a thing twice adds nothing.
 */
export function charNgrams(analysis: string, names: readonly string[] = []): number[] {
  const text = learnedText(analysis, names);
  const set = new Set<number>();
  for (const n of [2, 3]) for (let i = 0; i + n <= text.length; i++) set.add(fnv1a(text.slice(i, i + n)) % NGRAM_DIM);
  return [...set].sort((a, b) => a - b);
}
