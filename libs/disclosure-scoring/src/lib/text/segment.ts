/** A sentence as a span of the original text (offsets are UTF-16 indices, end exclusive). */
export interface RawSentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Started with a bullet / list marker. */
  readonly bullet: boolean;
}

const JA_TERMINATORS = new Set(['。', '！', '？', '｡']);
const ASCII_TERMINATORS = new Set(['!', '?', '！', '？']);
const CLOSERS = new Set(['」', '』', '）', ')', '】', '"', '”', '’', "'", '〉', '》', ']', '］']);
const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'etc',
  'inc',
  'co',
  'ltd',
  'corp',
  'no',
  'nos',
  'vs',
  'fig',
  'figs',
  'approx',
  'mr',
  'ms',
  'dr',
  'st',
  'u.s',
  'u.k',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'p',
  'pp',
]);
const BULLET_RE =
  /^(?:[・●○◎■□◆◇▪▫•‣►▶➢✓✔＊*※―－→⇒]|[-–—](?=\s)|[\u2460-\u2473\u3251-\u325f]|[(（]?[0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[.．、](?![0-9０-９])|[(（][a-zA-Zア-ン一-九][)）]|[a-zA-Z][)）](?=\s))\s*/;
const JA_CHAR = /[\u3040-\u30ff\u3400-\u9fff]/;
/** A line that is only a list marker (「1.」, 「(2)」, 「③」, 「・」): it joins the line after it. */
const ONLY_MARKER = /^(?:[0-9０-９]{1,2}[.．、)）]|[(（][0-9０-９]{1,2}[)）]|[\u2460-\u2473]|[・●○■□◆◇※])$/;
/** Lines shorter than this that end without punctuation are treated as headings, longer ones as wrapped text. */
const WRAP_MIN_JA = 28;
const WRAP_MIN_EN = 55;

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s|\u3000/.test(ch);
}

function precedingWord(text: string, from: number, dotIndex: number): string {
  let k = dotIndex - 1;
  while (k >= from && /[A-Za-z.]/.test(text[k] ?? '')) k--;
  return text.slice(k + 1, dotIndex).toLowerCase();
}

/**
 * Splits text into sentences: Japanese 。！？, ASCII .!? (not decimals or common abbreviations), blank lines,
 * bullets and headings. A single newline inside a long line is taken as a wrap (PDF/DOCX extraction), so the
 * sentence continues on the next line.
 */
export interface SegmentOptions {
  /** Length of a line for the wrap rule (v2 measures lines with the company's own names neutralised). */
  readonly lineLength?: (line: string) => number;
  /**
   * A short line that plainly runs on is a wrap too (v2.15): it ends in a comma, or in a lowercase word with the next
   * line starting in lowercase ("…we were able to achieve ordinary / income of ¥41.1 billion"). Off for v1, whose
   * numbers are the frozen baseline.
   */
  readonly joinRunOnLines?: boolean;
  /**
   * Speech quoted at length (an interview's 「…。…。」) is sentences, not a name or a slogan: a 。 more than
   * LONG_QUOTE characters after the 「 ends a sentence (v2.17). Off for v1.
   */
  readonly splitLongQuotes?: boolean;
  /**
   * A footnote's mark keeps its number (「*1 当社が…」, 「※2 …」): the sentence starts after both, not at 「1 当社が…」
   * (v2.49: a highlight began with the stray number). Off for v1.
   */
  readonly footnoteNumbers?: boolean;
}
/** A footnote mark with its number, left out of the sentence like a bullet (SegmentOptions.footnoteNumbers). */
const FOOTNOTE_MARK_RE = /^[＊*※]\s?[0-9０-９]{1,2}(?![0-9０-９.,．，%])\s*/u;
/** A quote longer than this before its 。 is speech (see SegmentOptions.splitLongQuotes); slogans are shorter. */
const LONG_QUOTE = 60;
/** The quote closes right after this 。 and a particle takes it as an object (」を掲げ, 」という, 」との). */
const QUOTED_THEN_PARTICLE = /^[」』]\s*(?:を|という|との|として)/u;

export function segmentSentences(text: string, options: SegmentOptions = {}): RawSentence[] {
  const measure = options.lineLength ?? ((line: string): number => line.length);
  const out: RawSentence[] = [];
  const n = text.length;
  let segStart = 0;
  let lineStart = 0;

  const push = (a: number, b: number): void => {
    let s = a;
    while (s < b && isSpace(text[s])) s++;
    let bullet = false;
    const head = text.slice(s, Math.min(b, s + 8));
    const m = (options.footnoteNumbers ? FOOTNOTE_MARK_RE.exec(head) : null) ?? BULLET_RE.exec(head);
    if (m && m[0].length > 0 && s + m[0].length < b) {
      s += m[0].length;
      bullet = true;
    }
    let e = b;
    while (e > s && isSpace(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e), bullet });
  };

  const endsWithCloser = (i: number): number => {
    let j = i + 1;
    while (j < n && CLOSERS.has(text[j] ?? '')) j++;
    return j;
  };

  let i = 0;
  // Depth of Japanese quotes: 。 inside 「…」 (e.g. a slogan) does not end the sentence. Whether a quote still closes
  // later is read off the last 」 once (searching for it at every 。 made a hostile 「。。。… text quadratic: 61 s).
  let quoteDepth = 0;
  let quoteOpenedAt = -1;
  const lastQuoteClose = text.lastIndexOf('」');
  // 。 inside parentheses that close soon (（以下「Ｘ」といいます。）) does not end the sentence either.
  let parenEnd = -1;
  while (i < n) {
    const ch = text[i] ?? '';
    if (ch === '「' || ch === '『') {
      if (quoteDepth === 0) quoteOpenedAt = i;
      quoteDepth++;
    } else if ((ch === '」' || ch === '』') && quoteDepth > 0) quoteDepth--;
    if ((ch === '(' || ch === '（') && i > parenEnd) parenEnd = closingParen(text, i);
    const terminator = JA_TERMINATORS.has(ch) || ASCII_TERMINATORS.has(ch);
    // …except the quote's last 。 when a particle follows its 」: a philosophy or slogan quoted in full
    // (経営理念として、「…。…。」を掲げ) is one sentence with what the company does with it (v2.34, walk 51).
    const speech =
      options.splitLongQuotes === true &&
      quoteDepth > 0 &&
      i - quoteOpenedAt > LONG_QUOTE &&
      !QUOTED_THEN_PARTICLE.test(text.slice(i + 1, i + 8));
    if (terminator && ((quoteDepth > 0 && i < lastQuoteClose && !speech) || i < parenEnd)) {
      i++;
      continue;
    }
    if (JA_TERMINATORS.has(ch) || ASCII_TERMINATORS.has(ch)) {
      const j = endsWithCloser(i);
      push(segStart, j);
      segStart = j;
      i = j;
      continue;
    }
    if (ch === '.' && isEllipsis(text, i)) {
      // An ellipsis (". . ." or "...", a quotation's omission) ends nothing when the sentence goes on after it in
      // lowercase ("a crucial determinant . . .” and responsible for…"; investor walk, v2.48).
      const end = ellipsisEnd(text, i);
      if (ELLIPSIS_GOES_ON.test(text.slice(end, end + 4))) {
        i = end;
        continue;
      }
      i = end - 1;
    }
    if (ch === '.' || ch === '．') {
      const prev = text[i - 1] ?? '';
      const next = text[i + 1];
      const between = /[0-9０-９]/.test(prev) && next !== undefined && /[0-9０-９]/.test(next);
      // "word.Next" (a missing space after a full stop) also ends a sentence; "U.S." or "e.g." do not.
      const gluedCapital =
        next !== undefined && /[A-Z]/.test(next) && /[A-Za-z0-9]{2}$/.test(text.slice(Math.max(0, i - 2), i));
      const boundaryAfter =
        next === undefined || isSpace(next) || JA_CHAR.test(next) || CLOSERS.has(next) || gluedCapital;
      const word = precedingWord(text, segStart, i);
      // Initialisms ("U.S.", "H.U.") and single capital initials are not sentence ends.
      const abbrev =
        ABBREVIATIONS.has(word) || /^(?:[a-z]\.)+[a-z]$/i.test(word) || (/^[a-z]$/i.test(word) && /[A-Z]/.test(prev));
      const fullWidthJa = ch === '．' && JA_CHAR.test(prev);
      // 「1.」 alone opens a numbered item: it belongs to the text after it, it is not a sentence of its own.
      const listMarker = ONLY_MARKER.test(text.slice(segStart, i + 1).trim());
      if (!between && !listMarker && (fullWidthJa || (boundaryAfter && !abbrev))) {
        const j = endsWithCloser(i);
        push(segStart, j);
        segStart = j;
        i = j;
        continue;
      }
    }
    if (ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029') {
      quoteDepth = 0;
      // Look at the line that just ended and the next non-blank line.
      const line = text.slice(lineStart, i).trim();
      let k = i;
      let newlines = 0;
      while (k < n && (isSpace(text[k]) || text[k] === '\u2028' || text[k] === '\u2029')) {
        if (text[k] === '\n' || text[k] === '\u2029') newlines++;
        k++;
      }
      const blank = newlines > 1;
      const ja = JA_CHAR.test(line);
      const lastChar = line.slice(-1);
      const nextIsBullet = k < n && BULLET_RE.test(text.slice(k, k + 8));
      const lineIsLong = measure(line) >= (ja ? WRAP_MIN_JA : WRAP_MIN_EN);
      // A label in brackets on a line of its own (【補充原則3-1③ …】, ［方針］) is a heading, however long.
      const bracketLabel = /^[【［[〔].*[】］\]〕]$/u.test(line);
      // A Japanese line that closes a quotation (…と話す。「…伸び続けています」) or names its speaker or source after one
      // (…。(安田社長), …」(広報担当者)) has ended its sentence, unless the next line takes it as an object (」を, 」という):
      // a count appended on the next line had run on into a speaker's quote and borrowed its story (v2.55).
      const closedLine =
        options.joinRunOnLines === true &&
        ja &&
        (/[」』]$/u.test(line) || /[。」』]\s*[（(][^（()）\n]{0,40}[)）]$/u.test(line)) &&
        !/^(?:を|と|という|との|が|は|に|の|で|も|や|へ|から|まで|より)/u.test(text.slice(k, k + 3));
      const endsOpen = lastChar !== '' && !/[:：;；]/.test(lastChar) && !bracketLabel && !closedLine;
      const runsOn =
        options.joinRunOnLines === true &&
        (/[、,，]$/u.test(line) ||
          (/[a-z]$/u.test(line) && /^[a-z]/u.test(text.slice(k, k + 1))) ||
          // A line never ends a heading on "of the", "and", "from our".
          /\b(?:of|the|a|an|and|or|to|in|for|with|from|by|our|its|their|on|at|as|that|which)$/u.test(line));
      // Nor does a Japanese line end on a case particle (「…知的財産権を持っている分野は」, 「…開発を」), and no sentence
      // starts with において, による, を or です: a web page's <br> or an emphasised block, even with a blank line
      // between (v2.33, walk 48). はじめに, おわりに and 最後に are headings.
      const runsOnInJapanese =
        options.joinRunOnLines === true &&
        ja &&
        ((/[はがをへでもの]$/u.test(line) && !/(?:はじめ|おわり|終わり|最後)に$/u.test(line)) ||
          /^(?:において|における|によって|により|による|を|です|でした|であり|である)/u.test(text.slice(k, k + 6)));
      const wrap =
        (!nextIsBullet && endsOpen && k < n && ((!blank && (lineIsLong || runsOn)) || runsOnInJapanese)) ||
        (ONLY_MARKER.test(line) && k < n);
      if (!wrap) {
        push(segStart, i);
        segStart = k;
      }
      lineStart = k;
      i = k;
      continue;
    }
    i++;
  }
  push(segStart, n);
  return out;
}

/** Parentheses are looked into this far: an unclosed （ never swallows the rest of a text. */
const PAREN_REACH = 120;

/** Index of the ) / ） closing the parenthesis opened at `open` within PAREN_REACH characters, or -1. */
function closingParen(text: string, open: number): number {
  let depth = 0;
  const end = Math.min(text.length, open + PAREN_REACH);
  for (let k = open; k < end; k++) {
    const c = text[k];
    if (c === '(' || c === '（') depth++;
    else if (c === ')' || c === '）') {
      depth--;
      if (depth === 0) return k;
    } else if (c === '\n' && text[k + 1] === '\n') return -1;
  }
  return -1;
}

/** The dot at `i` is one of three or more, with or without single spaces between them (". . ." or "..."). */
function isEllipsis(text: string, i: number): boolean {
  let start = i;
  while (start > 0 && (text[start - 1] === '.' || (text[start - 1] === ' ' && text[start - 2] === '.'))) start--;
  const run = text.slice(start, ellipsisEnd(text, i));
  return run.replace(/ /g, '').length >= 3;
}

/** Index just after the ellipsis that the dot at `i` belongs to. */
function ellipsisEnd(text: string, i: number): number {
  let k = i;
  while (k < text.length && (text[k] === '.' || (text[k] === ' ' && text[k + 1] === '.'))) k++;
  return k;
}

/** After an ellipsis, the sentence goes on: closing quotes or a space, then lowercase or a comma. */
const ELLIPSIS_GOES_ON = /^[\s"”’')]*[a-z,;]/u;
