/**
 * The string the cues run on, with a map back to the original text. NFKC + lower case, whitespace folded,
 * and every occurrence of the company's own names replaced by a neutral word (当社 / "the company"), so a
 * sentence that names the company reads exactly like the same sentence with 当社.
 */
export interface AnalysisText {
  /** Normalised text of one sentence. */
  readonly text: string;
  /** For each index of `text`, the UTF-16 offset in the original sentence it came from. */
  readonly map: readonly number[];
}

const DASHES_G = /[\u2010-\u2015\u2212]/g;
const SPACES_G = /\s/g;
/**
 * British spellings folded to the American ones the cues are written in ("licence revenue", "monetised"), letter for
 * letter so offsets hold (v2.19, walk 18: a Swedish company's "licence revenue" per car counted as nothing).
 */
const BRITISH_G = /licenc|monetis|commercialis|capitalis|utilis|optimis|organis|recognis|standardis|defence|centre/g;
const AMERICAN: Readonly<Record<string, string>> = {
  licenc: 'licens',
  monetis: 'monetiz',
  commercialis: 'commercializ',
  capitalis: 'capitaliz',
  utilis: 'utiliz',
  optimis: 'optimiz',
  organis: 'organiz',
  recognis: 'recogniz',
  standardis: 'standardiz',
  defence: 'defense',
  centre: 'center',
};
const american = (text: string): string => text.replace(BRITISH_G, (w) => AMERICAN[w] ?? w);

function identityMap(n: number): number[] {
  const map = new Array<number>(n);
  for (let i = 0; i < n; i++) map[i] = i;
  return map;
}

/** NFKC + lower case; dashes become "-" and every whitespace character one space (one-for-one, so offsets hold). */
function normaliseChars(original: string): { text: string; map: number[] } {
  const whole = original.normalize('NFKC').toLowerCase();
  if (whole.length === original.length) {
    // Fast path (nearly always): the normalisation kept every character on its own index.
    return { text: american(whole.replace(DASHES_G, '-').replace(SPACES_G, ' ')), map: identityMap(whole.length) };
  }
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < original.length;
    const piece = (pair ? original.slice(i, i + 2) : (original[i] ?? ''))
      .normalize('NFKC')
      .toLowerCase()
      .replace(DASHES_G, '-')
      .replace(SPACES_G, ' ');
    for (let k = 0; k < piece.length; k++) {
      out += piece[k] ?? '';
      map.push(i);
    }
    if (pair) i++;
  }
  return { text: american(out), map };
}

const JA_SPACE_JA = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff] +[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/u;
const isJapanese = (ch: string | undefined): boolean => {
  const c = ch?.charCodeAt(0) ?? 0;
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
};

/**
 * Japanese has no spaces between words: a space between two Japanese characters is layout (a PDF's line or column
 * break, 「バ イオ関連技術」, 「グローバ ル」), and it had cut words in two — a chain "about イオ関連技術" (investor walk,
 * v2.48). Dropped from the analysis text; the map keeps every other character's offset.
 */
function joinJapaneseWords(t: { text: string; map: number[] }): { text: string; map: number[] } {
  if (!JA_SPACE_JA.test(t.text)) return t;
  let text = '';
  const map: number[] = [];
  const src = t.text;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i] ?? '';
    if (ch === ' ' && isJapanese(text[text.length - 1])) {
      let k = i;
      while (src[k] === ' ') k++;
      if (isJapanese(src[k])) {
        i = k - 1;
        continue;
      }
    }
    text += ch;
    map.push(t.map[i] ?? 0);
  }
  return { text, map };
}

/** Normalises one name the way the sentence is normalised (for matching). */
export function normaliseName(name: string): string {
  return normaliseChars(name).text.trim();
}

/**
 * Builds the analysis string of a sentence. `names` must already be normalised (see normaliseName) and
 * sorted longest first, so "ACME Holdings" is replaced before "ACME".
 */
export function buildAnalysisText(original: string, names: readonly string[], language: 'ja' | 'en'): AnalysisText {
  const base = joinJapaneseWords(normaliseChars(original));
  if (names.length === 0 || !names.some((n) => base.text.includes(n))) return base;
  const neutral = neutralFor(withoutNames(base.text, names), language);
  let text = '';
  const map: number[] = [];
  let i = 0;
  const src = base.text;
  while (i < src.length) {
    let hit = '';
    for (const n of names) {
      if (n.length > 0 && src.startsWith(n, i) && isNameBoundary(src, i, n.length)) {
        hit = n;
        break;
      }
    }
    if (hit) {
      const origin = base.map[i] ?? 0;
      for (let k = 0; k < neutral.length; k++) {
        text += neutral[k] ?? '';
        map.push(origin);
      }
      i += hit.length;
      continue;
    }
    text += src[i] ?? '';
    map.push(base.map[i] ?? 0);
    i++;
  }
  return { text, map };
}

/**
 * What a company name is read as: 当社 in a Japanese sentence and "the company" in an English one, by the sentence's
 * own script (its words other than the names), not the document's language — a Japanese sentence in a mostly English
 * text must not read 「アクメ化学ブランド」 as "the companyブランド", a Latin-named brand (v2.41, property seed 11).
 */
export function neutralFor(sentenceWithoutNames: string, language: 'ja' | 'en'): string {
  if (/[\u3040-\u30ff\u3400-\u9fff]/u.test(sentenceWithoutNames)) return '当社';
  if (/[a-z]{2}/u.test(sentenceWithoutNames)) return 'the company';
  return language === 'ja' ? '当社' : 'the company';
}
/** The sentence with the company's names blanked out: what its own script is judged on. */
export const withoutNames = (text: string, names: readonly string[]): string =>
  names.reduce((t, n) => t.split(n).join(' '), text);

/** Latin names must not match inside a longer word ("acme" in "acmestone"); Japanese has no spaces. */
function isNameBoundary(s: string, at: number, len: number): boolean {
  const before = s[at - 1] ?? ' ';
  const after = s[at + len] ?? ' ';
  const word = /[a-z0-9]/;
  const first = s[at] ?? '';
  const last = s[at + len - 1] ?? '';
  if (word.test(first) && word.test(before)) return false;
  if (word.test(last) && word.test(after)) return false;
  return true;
}

/** Span in the original sentence for [a, b) of the analysis text. */
export function originalRange(t: AnalysisText, a: number, b: number): { start: number; end: number } {
  const start = t.map[a] ?? 0;
  const lastIdx = t.map[Math.max(a, b - 1)] ?? start;
  return { start, end: lastIdx + 1 };
}
