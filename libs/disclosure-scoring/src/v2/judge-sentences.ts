import type { Bilingual, EvidenceSpan, Language } from '../lib/types';
import { segmentSentences } from '../lib/text/segment';
import { buildAnalysisText, neutralFor, withoutNames } from './analysis-text';
import { CONTINUATION, RISK_SECTION_HEADING } from './cues';
import type { Cue, SentenceLinks } from './sentence-links';
import { sentenceLinks } from './sentence-links';
import { introducedProductNames } from './product-names';
import type { LinkKind, LinkSpan, SentenceRole } from './types-v2';

/** A sentence after role classification, before chains are built. */
export interface WorkSentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly analysis: string;
  readonly paragraph: number;
  readonly duplicate: boolean;
  readonly heading: boolean;
  /** A footnote or note (「*1 …」, 「※ …」, 「注1 …」, "Source: …"): a reference, never a claim or a chain's part. */
  readonly footnote: boolean;
  readonly continuation: boolean;
  readonly found: SentenceLinks;
  readonly role: SentenceRole;
  readonly reason: Bilingual;
  /** Links this sentence contributes to a chain (empty unless its role carries the story). */
  readonly chainLinks: readonly LinkKind[];
  readonly spans: readonly LinkSpan[];
  readonly roleSpans: readonly EvidenceSpan[];
}

const REASONS: Record<SentenceRole, Bilingual> = {
  strategy: {
    ja: '特定の事業・資産と、狙い（価値・配分・方針）を述べています。',
    en: 'Names a business or asset and what it is for (value, allocation, aim).',
  },
  subject: {
    ja: '特定の事業・製品・資産を挙げていますが、どう優位になるか・何を生むかはまだ述べていません。',
    en: 'Names a business, product or asset, but does not yet say how it wins or what it brings.',
  },
  mechanism: {
    ja: 'なぜ優位になるのか（独占・価格・切替コスト・ライセンス・秘匿など）を述べています。',
    en: 'Says why the asset gives an advantage (exclusivity, price, switching cost, licensing, secrecy …).',
  },
  evidence: { ja: '主張に結び付く数値・指標を示しています。', en: 'Gives a figure or indicator tied to a claim.' },
  governance: {
    ja: '誰がどのように監督・決定しているか（機関・頻度・決定事項）を述べています。',
    en: 'Says who oversees or decides, and how (body, frequency, decisions).',
  },
  plan: {
    ja: '特定の事業・資産についての今後の計画です（意向の表現でも内容で評価します）。',
    en: 'A forward-looking plan about a named business or asset (judged on content, not tense).',
  },
  activity: {
    ja: '活動・イベント（受賞・研修・出願・訴訟など）の報告で、戦略を述べていません。',
    en: 'Reports an activity or event (award, training, filing, lawsuit …), not a strategy.',
  },
  count: {
    ja: '件数・順位・評価額などの数字で、何を測るのかが述べられていません。',
    en: 'A count, ranking or valuation that measures no stated claim.',
  },
  risk: { ja: 'リスク・コンプライアンスの定型文です。', en: 'Risk or compliance boilerplate.' },
  generic: {
    ja: '特定の事業・資産・仕組みが出てこない一般的な記述です。',
    en: 'General statement: no named business, asset or mechanism.',
  },
  duplicate: { ja: '前に出た文の繰り返しです（評価に数えません）。', en: 'Repeats an earlier sentence (not counted).' },
};

function dedupeKey(analysis: string): string {
  // The company as subject, in any of its forms (当社は / 当社グループは / the company's), is not what a sentence says:
  // a restated claim with the name in front is still a repeat.
  return analysis
    .replace(/(?:当社|当グループ|弊社|the company)(?:グループ| group)?(?:は|が|では|の|としては|'s)?/g, '')
    .replace(/[\s。、，,．.!！?？・「」『』()（）[\]【】"'“”‘’:：;；-]/g, '');
}

/**
 * A heading or label a line wrap glued onto a repeated sentence leaves it a repeat (「トップメッセージ」+ repeat), a
 * notice title included (「特許ライセンス契約締結に関するお知らせ」, 19 characters; v2.41).
 */
const GLUED_LABEL_MAX = 32;
const REPEAT_MIN = 20;

/** Keys seen so far, also by length, so a repeat with a label glued on is looked for only among keys a little shorter. */
class SeenKeys {
  private readonly all = new Set<string>();
  private readonly byLength = new Map<number, string[]>();

  add(key: string): void {
    if (this.all.has(key)) return;
    this.all.add(key);
    const same = this.byLength.get(key.length);
    if (same) same.push(key);
    else this.byLength.set(key.length, [key]);
  }

  /** `heading`: a short line with no closing stop is compared whole — 「…の基本方針」 does not repeat 「…」. */
  isRepeat(key: string, heading = false): boolean {
    if (this.all.has(key)) return true;
    if (heading) return false;
    for (let len = Math.max(REPEAT_MIN, key.length - GLUED_LABEL_MAX); len < key.length; len++)
      for (const earlier of this.byLength.get(len) ?? [])
        if (key.endsWith(earlier) || key.startsWith(earlier)) return true;
    return false;
  }
}

/** Why a line of words (a keyword list, a table row) lends nothing. */
const WORD_LIST_REASON: Bilingual = {
  ja: '語や数字を並べただけで、文として何も述べていません（キーワードの羅列・表の行）。',
  en: 'A list of words or figures, not a sentence: it states nothing (a keyword list or a table row).',
};

/** Why a financial-statement note's sentence lends nothing (BOOKKEEPING). */
const BOOKKEEPING_REASON: Bilingual = {
  ja: '料金やロイヤルティをどう会計処理するか（収益認識・計上・未払など）の説明で、なぜ優位かを述べていません。',
  en: 'Explains how a fee or royalty is booked (recognised, accrued, payable), not why the rights win.',
};

/** Why a dated list of events lends nothing. */
const CHRONOLOGY_REASON: Bilingual = {
  ja: '年月と出来事を並べた沿革で、戦略の主張としては数えません。',
  en: 'A dated list of events (a history), not a claim about how the rights win.',
};

/**
 * A footnote or a note opening the sentence: 「*1 当社が保有する…は「ESGデータ集」にて開示」 refers the reader elsewhere; it
 * had started a chain "about ESGデータ" and been the learned reading's "why it wins" (investor walk, v2.48).
 */
const FOOTNOTE = /^(?:\*\s?\d|\*{1,2}\s|※|注\s?\d|[（(]注\s?\d*[）)]|(?:Note|Notes|Source|Sources)\s?\d*\s?:)/u;
/**
 * A question asks; it claims nothing: 「ライセンスビジネスとは、どのような仕組みなのでしょうか。」, "How does licensing
 * work?" — an article's or an interviewer's question (the answer after it is read as usual). v2.50, from the
 * analysts' eighth round: a column's questions had made a chain of their own.
 */
const QUESTION = /(?:でしょうか|ですか|ますか|のか|とは|何か|なぜか)[。．]?[?？]?\s*$|[?？]\s*[」』)）]?\s*$/u;
const QUESTION_REASON: Bilingual = {
  ja: '問いかけの文です。主張はしていないため、名指しした事業・資産だけを話題として読みます（答えの文は通常どおり読みます）。',
  en: 'A question: it claims nothing, so only the business or asset it names is read, as the topic (the answer that follows is read as usual).',
};
const FOOTNOTE_REASON: Bilingual = {
  ja: '注記（脚注・出典）です。本文の主張ではないため数えていません。',
  en: 'A footnote or source note: not a claim of the text, so not counted.',
};

/** Why a sentence under a risk-factor heading is read as a risk, whatever its words. */
const RISK_SECTION_REASON: Bilingual = {
  ja: 'リスク要因の見出しの下の文です。起こりうることの説明で、戦略の主張としては数えません。',
  en: 'Sits under a risk-factor heading: it describes what might happen, not a strategy.',
};

const has = (xs: readonly Cue[] | undefined): boolean => xs !== undefined && xs.length > 0;

function classify(f: SentenceLinks, continuation: boolean, afterNamed = false): SentenceRole {
  const L = f.links;
  const F = f.flags;
  const named = has(L.business) || has(L.asset);
  const mechanism = has(L.mechanism);
  const value = has(L.customerValue) || has(L.financial);
  const measure = F.measure.length > 0;
  const countOnly = F.count.length > 0 || F.ranking.length > 0 || F.valuation.length > 0;
  // A risk word inside the company's own decision (情報流出のリスクを考え、特許を取得せず秘匿する) is its reason, not
  // risk boilerplate; a risk-factor modality (可能性があります, "could adversely affect") stays a risk.
  // The steps of a lawsuit the company is in (it sued, a court ruled, an appeal was filed) are an event: activity,
  // not risk boilerplate and not a mechanism, whatever royalty or licence words they hold (walk 13).
  if (F.courtProcedure && !F.riskModal) return 'activity';
  // How a licence fee is booked (a financial-statement note) and a dated list of events (沿革) tell no strategy,
  // whatever licence, product or figure words they hold (v2.46).
  if ((F.bookkeeping.length > 0 || F.chronology) && !F.riskModal) return 'activity';
  if (F.riskModal || (F.risk.length > 0 && !(mechanism && (named || F.self)))) return 'risk';
  // A trend as the predicate (the environment changes, disputes increase) is context unless it reports an outcome or a figure.
  if (F.context && !value && !measure) return 'generic';
  // "IP is an essential resource of our X business" names the business but links nothing to it.
  if (F.importance && !mechanism && !value && !measure && !has(L.allocation) && !has(L.oversight)) return 'generic';
  if (F.reportedTalk && !(value && measure)) return 'activity';
  // A founding story (…was founded when …, 1973年に創業) is history, not a claim, unless it says why something wins.
  if (F.founding && !mechanism) return 'activity';
  // An inventor-reward scheme is an activity (a committee computing rewards included), but the directors deciding
  // through it (全取締役で構成される職務発明審査会で出願を判断) are oversight.
  const directorsDecide = (L.oversight ?? []).some((c) => /取締役|board|directors/u.test(c.key));
  if (F.incentive && !directorsDecide && !(value && named && measure)) return 'activity';
  // Rankings and valuations stand in for strategy even when their name sounds like a mechanism — but a sentence
  // that says why a named thing wins (an exclusive supply contract, so rivals cannot source it) and gives the rank as
  // its result is a mechanism with its evidence: an advantage word alone (差別化, 強み) does not lift it.
  const statedMechanism = (L.mechanism ?? []).some((c) => !F.weakMechanism.includes(c)) && !F.mechanismNamesRanking;
  // …and so is one that says what the customer gets from the named thing (a top share held by giving chipmakers
  // yield, v2.19), as a count beside a claim is its evidence; customer satisfaction is what a ranking ranks
  // (顧客満足度1位), not what the customer gets.
  const gets = (L.customerValue ?? []).some((c) => !/満足|satisf/u.test(c.key));
  if (
    (F.ranking.length > 0 || F.valuation.length > 0) &&
    !(value && named && (measure || gets)) &&
    !(statedMechanism && named)
  )
    return 'count';
  if (F.activity.length > 0 && !mechanism && !value && !has(L.allocation) && !has(L.oversight)) return 'activity';
  // What the IP department does is an activity report unless it says why a named thing wins or what it earns.
  if (F.ipFunctionSubject && !value && !(statedMechanism && named) && !has(L.oversight)) return 'activity';
  // People or money moved somewhere (9名のうち2名をタイ拠点へ移し) is an allocation even though it counts heads.
  // Counts inside a claim about a named thing (12万件の評価データで試作が3回から1回に減り、短納期で提案できる) are its
  // evidence; they stand in for strategy only when no claim is beside them.
  if (
    countOnly &&
    !mechanism &&
    !has(L.oversight) &&
    !has(L.allocation) &&
    !(value && named && (measure || has(L.customerValue)))
  )
    return 'count';
  // An indicator line whose only "mechanism" is a money line naming its instrument (ライセンス収入（目標20億円）) gives
  // figures: evidence, not a statement of how the advantage works (its links are unchanged).
  const overlaps = (a: Cue, b: Cue): boolean => a.start < b.end && b.start < a.end;
  const incomeOnly = (L.mechanism ?? []).every((m) => (L.financial ?? []).some((f) => overlaps(m, f)));
  if (mechanism && measure && incomeOnly) return 'evidence';
  // The board or a committee as the subject, told how it oversees ("The Board of Directors receives an annual report on
  // the licensing business"): oversight, whatever the business it oversees is called (UI review, v2.47).
  if (mechanism && F.oversightSubject && has(L.oversight)) return 'governance';
  if (mechanism) return 'mechanism';
  if (has(L.oversight)) return 'governance';
  // A rate or amount with a dated target measures whatever the neighbouring claim is about; it lends only a KPI,
  // which scores nothing unless its chain has a mechanism or value to measure.
  const refersBack = continuation || F.backReference;
  // A user and what changes for them (導入した自治体では断水が…で済んでいます) is a claim; whether it is about something
  // named is the anchoring's question (the sentence before, build-chains.ts).
  const carries =
    named ||
    F.customerBenefit ||
    (refersBack && (value || has(L.allocation))) ||
    // …and a Japanese sentence that drops the subject it just named (「…小規模店「ＱＢ」で展開。圧倒的な利便性の向上で、…消費行動
    // が生まれた。」) states what that thing does for customers or the accounts (v2.25, walk 34): the anchoring's zero
    // anaphora already reads it as about the thing; the role must not throw it away first.
    (afterNamed && value) ||
    (measure && (value || has(L.allocation) || F.target));
  if (!carries) return 'generic';
  if (F.boilerplate.length > 0 && !named) return 'generic';
  if (measure && value) return 'evidence';
  if (named && value) return 'strategy';
  if (F.intention) return 'plan';
  if (measure) return 'evidence';
  // Naming the thing alone is not yet a strategy (「ジャポニカ学習帳」を製造・販売する…): it sets the subject.
  return named && !value && !has(L.allocation) ? 'subject' : 'strategy';
}

/** Links a sentence of this role lends to a chain. Substitution and generic sentences lend none. */
function linksFor(role: SentenceRole, f: SentenceLinks): LinkKind[] {
  if (role === 'generic' || role === 'duplicate' || role === 'risk' || role === 'activity' || role === 'count')
    return [];
  const out: LinkKind[] = [];
  for (const [k, v] of Object.entries(f.links) as [LinkKind, Cue[] | undefined][]) if (has(v)) out.push(k);
  const countOnly = f.flags.count.length > 0 && f.flags.measure.length === 0;
  if (indicatorCues(f).length > 0 && !countOnly) out.push('kpi');
  return out;
}

/**
 * An indicator is a figure or a date; the word KPI / 指標 alone (「KPIの設定を通じて」) measures nothing yet. The amount
 * an allocation spends (年間2億円を投じ, "$45m a year") is the allocation itself, not an indicator of a claim.
 */
const indicatorCues = (f: SentenceLinks): Cue[] => {
  const allocating = (f.links.allocation?.length ?? 0) > 0;
  const figures = f.flags.measure.filter((c) => /\d/u.test(c.key) && !(allocating && MONEY.test(c.key)));
  // A year alone dates an aim (「2030年に向けて…変革を目指します」, "by 2030"): it measures nothing until a figure
  // comes with it (UI review, v2.47).
  return figures.every((c) => YEAR_ONLY.test(c.key)) ? [] : figures;
};
const YEAR_ONLY = /^(?:(?:fy)?20[2-5]\d年?度?(?:まで|に|の目標|目標)|by 20[2-5]\d)$/u;
const MONEY = /円|billion|million|\bbn\b|\bm\b/u;

function spansOf(sentenceStart: number, sentence: string, f: SentenceLinks, links: readonly LinkKind[]): LinkSpan[] {
  const out: LinkSpan[] = [];
  for (const link of links) {
    const cues = link === 'kpi' ? indicatorCues(f) : (f.links[link] ?? []);
    for (const c of cues.slice(0, 3)) {
      out.push({
        link,
        start: sentenceStart + c.start,
        end: sentenceStart + c.end,
        text: sentence.slice(c.start, c.end),
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function roleSpansOf(role: SentenceRole, sentenceStart: number, sentence: string, f: SentenceLinks): EvidenceSpan[] {
  const F = f.flags;
  const cues =
    role === 'risk'
      ? F.risk
      : role === 'activity'
        ? [...F.bookkeeping, ...F.activity]
        : role === 'count'
          ? [...F.count, ...F.ranking, ...F.valuation]
          : role === 'generic'
            ? F.boilerplate
            : [];
  return cues
    .slice(0, 3)
    .map((c) => ({ start: sentenceStart + c.start, end: sentenceStart + c.end, text: sentence.slice(c.start, c.end) }));
}

const JAPANESE_KANA = /[\u3040-\u30ff]/u;

/** Segments the text, builds each sentence's analysis string, finds its links and gives it a role. */
export function judgeSentences(text: string, names: readonly string[], language: Language): WorkSentence[] {
  // The wrap rule looks at line length: measure lines as if the company's names were 当社, so naming the
  // company never changes where sentences end.
  const raw = segmentSentences(text, {
    lineLength: (line) => {
      let t = line.normalize('NFKC').toLowerCase();
      const neutral = neutralFor(withoutNames(t, names), language);
      for (const n of names) t = t.split(n).join(neutral);
      return t.length;
    },
    joinRunOnLines: true,
    splitLongQuotes: true,
    footnoteNumbers: true,
  });
  const products = introducedProductNames(text, names);
  const seen = new SeenKeys();
  // The same sentence text always has the same links: a text that repeats sentences (or a hostile one made of the
  // same few characters) is read once per distinct sentence.
  const linksOf = new Map<string, SentenceLinks>();
  const out: WorkSentence[] = [];
  let paragraph = 0;
  let riskSection = false;
  // The last distinct sentence named a business or asset, in this paragraph (see classify: zero anaphora).
  let previousNamed: { paragraph: number; index: number } | null = null;
  raw.forEach((s, index) => {
    const heading =
      !/[。．.!！?？」)”’』]\s*$/u.test(s.text) &&
      s.text.length <= (language === 'ja' ? 40 : 90) &&
      /\n/.test(text.slice(s.end, s.end + 2) || '\n');
    // Only a heading starts a paragraph: a blank line is layout (copying from PDF or Word adds one between every
    // paragraph), and the same words must get the same judgement however they were pasted (UI walk, P1-2).
    if (index > 0 && heading) paragraph++;
    const analysis = buildAnalysisText(s.text, names, language);
    const key = dedupeKey(analysis.text);
    const duplicate = key.length > 0 && seen.isRepeat(key, heading);
    if (key.length > 0) seen.add(key);
    let found = linksOf.get(s.text);
    if (!found) {
      found = sentenceLinks(analysis, s.text, names, products);
      linksOf.set(s.text, found);
    }
    const continuation = CONTINUATION.test(analysis.text.trimStart());
    if (heading) riskSection = RISK_SECTION_HEADING.test(analysis.text.trim());
    // The heading itself (「知的財産に関するリスク」, "Risks related to our licensing program") is a risk too.
    const underRisk = riskSection;
    const afterNamed =
      previousNamed !== null &&
      previousNamed.paragraph === paragraph &&
      previousNamed.index === index - 1 &&
      JAPANESE_KANA.test(analysis.text);
    // The segmenter leaves a line's bullet out of the sentence, and a footnote's mark with its number: 「*1 …」 and
    // 「※ …」 arrive without them.
    const marker = text.slice(Math.max(0, s.start - 5), s.start);
    const footnote =
      FOOTNOTE.test(s.text.trimStart()) || /(?:※\s?[0-9０-９]{0,2}|[*＊]\s?[0-9０-９]{1,2})[ \t\u3000]*$/u.test(marker);
    const question = !footnote && QUESTION.test(s.text);
    // A question that names a thing introduces it, like a title (「…の特許とは?」, "What is GORE-TEX fabric?"): the
    // answer after it refers back to it. It claims nothing else.
    const asks = (found.links.business?.length ?? 0) + (found.links.asset?.length ?? 0) > 0 ? 'subject' : 'generic';
    const role: SentenceRole = duplicate
      ? 'duplicate'
      : question
        ? asks
        : footnote
          ? 'generic'
          : underRisk
            ? 'risk'
            : classify(found, continuation, afterNamed);
    if (!duplicate) {
      const names = (found.links.business?.length ?? 0) + (found.links.asset?.length ?? 0) > 0;
      previousNamed = names && !footnote ? { paragraph, index } : null;
    }
    // A question lends its chain only the topic it names.
    const chainLinks = linksFor(role, found).filter((k) => !question || k === 'business' || k === 'asset');
    out.push({
      index,
      start: s.start,
      end: s.end,
      text: s.text,
      analysis: analysis.text,
      paragraph,
      duplicate,
      heading,
      footnote,
      continuation,
      found,
      role,
      reason: footnote
        ? FOOTNOTE_REASON
        : question && !duplicate
          ? QUESTION_REASON
          : found.flags.wordList
            ? WORD_LIST_REASON
            : underRisk && role === 'risk'
              ? RISK_SECTION_REASON
              : role === 'activity' && found.flags.bookkeeping.length > 0
                ? BOOKKEEPING_REASON
                : role === 'activity' && found.flags.chronology
                  ? CHRONOLOGY_REASON
                  : REASONS[role],
      chainLinks,
      spans: spansOf(s.start, s.text, found, chainLinks),
      roleSpans: roleSpansOf(role, s.start, s.text, found),
    });
  });
  return out;
}
