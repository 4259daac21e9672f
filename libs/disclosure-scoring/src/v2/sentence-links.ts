import type { AnalysisText } from './analysis-text';
import { originalRange } from './analysis-text';
import {
  ACTIVITY,
  ALLOCATION,
  ASSET,
  BACK_REFERENCE,
  BOILERPLATE,
  BOOKKEEPING,
  COUNT,
  CUSTOMER_VALUE,
  ADVANTAGE_TALK,
  COMPLIANCE_CONTEXT,
  FORGONE_INCOME,
  PROTECTIVE_PURPOSE,
  isWordList,
  isChronology,
  CUSTOMER_ACTOR,
  CUSTOMER_ACTOR_JA,
  CUSTOMER_BENEFIT,
  CUSTOMER_BENEFIT_JA,
  CUSTOMER_VALUE_JA,
  EN_GENERIC_BUSINESS_WORD,
  EN_NAMED_BUSINESS,
  FINANCIAL,
  FINANCIAL_EXCLUDED,
  GENERIC_ASSET,
  GENERIC_ASSET_HEAD,
  GENERIC_BUSINESS_PREFIX,
  GENERIC_OVERSIGHT,
  IMPORTANT_MATTERS,
  STANDARDS_PARTICIPATION,
  OVERSIGHT_FREQUENCY,
  INTENTION,
  NOTICE,
  IP_MENTION,
  JA_NAMED_BUSINESS,
  JA_PRODUCT,
  JA_PURPOSE_PRODUCT,
  JA_NAMED_SERVICE,
  NOT_A_SERVICE_HEAD,
  NOT_A_PURPOSE_HEAD,
  NOT_A_PURPOSE_THING,
  NOT_A_PRODUCT_WORD,
  CAPS_TOKEN,
  CONTEXT,
  REPORTED_TALK,
  IMPORTANCE,
  EN_NOT_A_TECHNOLOGY,
  EN_ASSET_NOUN,
  EN_NOT_AN_ASSET_HEAD,
  INCENTIVE,
  RISK_MODAL,
  TARGET,
  JA_NAMED_ASSET,
  JA_PROCESS_ASSET,
  JA_PATENT_ON_NAMED,
  JA_NAMED_ASSET_OF,
  JA_MADE_THING,
  NOT_A_MADE_THING,
  PATENT_OBJECT_HEAD,
  PROCESS_ASSET_STOP_HEAD,
  MEASURE,
  NOT_AN_INDICATOR,
  NOT_A_PRODUCT,
  SELF_REFERENCE,
  MECHANISM,
  MECHANISM_JA,
  INSTRUMENT_MECHANISM,
  OVERSIGHT_BODY,
  OVERSIGHT_HOW,
  RANKING,
  RISK,
  RUN_CHAR,
  SECTOR,
  STRATEGY,
  TRADEMARK_SIGN,
  VALUATION,
  WEAK_MECHANISM,
  CAUSAL,
} from './cues';
import type { PrefixedCue } from './cues';
import {
  appositiveQuotedNames,
  appositiveEnglishNames,
  capitalisedProductNames,
  categoryQuotedNames,
  COMMON_KATAKANA,
  introducedNameMentions,
  quotedEnglishNames,
} from './product-names';
import type { LinkKind } from './types-v2';

/** A cue found in a sentence, with offsets relative to the sentence's original text. */
export interface Cue {
  readonly start: number;
  readonly end: number;
  /** Normalised matched text (for keys such as the business named). */
  readonly key: string;
}

export interface SentenceLinks {
  readonly links: Partial<Record<LinkKind, Cue[]>>;
  /** Normalised names of businesses / assets named (for "same business" tests across sentences). */
  readonly topics: readonly string[];
  readonly flags: {
    readonly risk: Cue[];
    /** Says what might go wrong (risk-factor modality). */
    readonly riskModal: boolean;
    /** The steps of a lawsuit (a court, a verdict, an appeal, 提訴, 判決): an event, whatever licence words it holds. */
    readonly courtProcedure: boolean;
    /** How a fee is booked (recognised, accrued, payable, 収益認識): a financial-statement note, not a model (v2.46). */
    readonly bookkeeping: Cue[];
    /** Three or more dated events in one sentence (沿革, a timeline): history listed, not a claim (v2.46). */
    readonly chronology: boolean;
    readonly activity: Cue[];
    /** The sentence reports a talk or presentation the company gave. */
    readonly reportedTalk: boolean;
    /** The sentence tells when and how the company was founded (history standing in for strategy, v2.28). */
    readonly founding: boolean;
    readonly count: Cue[];
    readonly ranking: Cue[];
    readonly valuation: Cue[];
    readonly boilerplate: Cue[];
    readonly strategy: Cue[];
    readonly measure: Cue[];
    /** Describes the environment or a trend in general (see CONTEXT). */
    readonly context: boolean;
    /** The predicate says only that intangibles are important. */
    readonly importance: boolean;
    /** A dated target or a result against a target. */
    readonly target: boolean;
    readonly weakMechanism: Cue[];
    /** A user and what changes for them (CUSTOMER_ACTOR + CUSTOMER_BENEFIT): content even when it names nothing itself. */
    readonly customerBenefit: boolean;
    readonly genericOversight: boolean;
    readonly incentive: boolean;
    readonly intention: boolean;
    /** Refers back explicitly to a thing named before (この技術, 本製品, "this platform"). */
    readonly backReference: boolean;
    /** A mechanism that names its own instrument (licensing, royalties, secrecy instead of filing, an open side…). */
    readonly instrument: boolean;
    /** A financial line that is the instrument's own income ("royalty revenue", ライセンス収入). */
    readonly instrumentIncome: boolean;
    readonly ip: boolean;
    /** Speaks about the company itself (当社 / we / our / its own names). */
    readonly self: boolean;
    /** A mechanism word is part of a ranking's or valuation's own name (他社牽制力ランキング): it says no why. */
    readonly mechanismNamesRanking: boolean;
    /** A line of words with no sentence in it (isWordList): it lends nothing. */
    readonly wordList: boolean;
    /**
     * Advantage vocabulary about nothing named (競争優位を確保, 参入障壁を築く, "competitive advantage") beside the
     * instrument: 「知財ポートフォリオの独占的な活用とライセンス収入により競争優位を確保し」 is the rubric's words, not a
     * licence the company runs (walk 11).
     */
    readonly advantageTalk: boolean;
    /**
     * Its mechanism is only a why-clause with the subject dropped (設計段階で採用された部品は…変更されないため、売上が…):
     * it counts when the sentence is anchored to the thing named just before, and lends nothing otherwise.
     */
    readonly droppedSubjectWhy: boolean;
    /** The IP department is the subject (知的財産部は…, "the department files …"): it reports what the function does. */
    readonly ipFunctionSubject: boolean;
    /** The sentence opens with an oversight body (取締役会は…, "The Board of Directors …"): it says who oversees. */
    readonly oversightSubject: boolean;
  };
}

/** What a line of words lends: nothing (see isWordList). */
function wordListLinks(ranking: Cue[] = []): SentenceLinks {
  return {
    links: {},
    topics: [],
    flags: {
      risk: [],
      riskModal: false,
      courtProcedure: false,
      bookkeeping: [],
      chronology: false,
      activity: [],
      reportedTalk: false,
      founding: false,
      count: [],
      ranking,
      valuation: [],
      boilerplate: [],
      strategy: [],
      measure: [],
      context: false,
      importance: false,
      target: false,
      weakMechanism: [],
      customerBenefit: false,
      genericOversight: false,
      incentive: false,
      intention: false,
      backReference: false,
      instrument: false,
      instrumentIncome: false,
      ip: false,
      self: false,
      mechanismNamesRanking: false,
      wordList: true,
      advantageTalk: false,
      droppedSubjectWhy: false,
      ipFunctionSubject: false,
      oversightSubject: false,
    },
  };
}

function find(
  re: RegExp,
  t: AnalysisText,
  accept?: (m: RegExpMatchArray) => { a: number; b: number; key: string } | null,
): Cue[] {
  const out: Cue[] = [];
  // An exec loop, not matchAll: matchAll copies the (large) expression on every call, once per cue per sentence.
  const text = t.text;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    // A match of nothing would not move lastIndex: step past it.
    if (m[0].length === 0) re.lastIndex++;
    const idx = m.index;
    const pick = accept ? accept(m) : { a: idx, b: idx + m[0].length, key: m[0] };
    if (!pick || pick.b <= pick.a) continue;
    const { start, end } = originalRange(t, pick.a, pick.b);
    out.push({ start, end, key: pick.key });
  }
  return out;
}

/** Runs of name characters ending in one of the cue's suffixes; `accept` sees the run (head) and the suffix. */
function findPrefixed(
  cue: PrefixedCue,
  t: AnalysisText,
  accept: (head: string, suffix: string) => string | null,
): Cue[] {
  const out: Cue[] = [];
  const s = t.text;
  const re = cue.suffix;
  re.lastIndex = 0;
  // An exec loop, as in find (matchAll copies the expression on every call).
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    if (m[0].length === 0) re.lastIndex++;
    const at = m.index;
    let k = at;
    while (k > 0 && at - k < cue.max && RUN_CHAR.test(s[k - 1] ?? '')) k--;
    if (at - k < cue.min) continue;
    const rawHead = s.slice(k, at);
    // Strip leading generic words ("当社半導体事業" → "半導体").
    const head = rawHead.replace(/^(?:当社|当グループ|グループ|全社|弊社)+/u, '');
    if (head.length < cue.min) continue;
    const key = accept(head, m[0]);
    if (key === null) continue;
    const { start, end } = originalRange(t, at - head.length, at + m[0].length);
    out.push({ start, end, key });
  }
  return out;
}

const KATAKANA = /[\p{Script=Katakana}ー]/u;

function namedBusinesses(t: AnalysisText): Cue[] {
  const ja = findPrefixed(JA_NAMED_BUSINESS, t, (head) => (GENERIC_BUSINESS_PREFIX.test(head) ? null : head));
  const products = findPrefixed(JA_PRODUCT, t, (head, suffix) =>
    GENERIC_BUSINESS_PREFIX.test(head) ||
    GENERIC_ASSET_HEAD.test(head) ||
    NOT_A_PRODUCT_WORD.test(head + suffix) ||
    // A katakana noun is one word: 「パートナー」 does not end in トナー, 「オンリーワンデバイス」 is a slogan.
    (KATAKANA.test(suffix[0] ?? '') && KATAKANA.test(head[head.length - 1] ?? ''))
      ? null
      : head + suffix,
  ).filter((p) => !ja.some((b) => p.start >= b.start && p.end <= b.end));
  const en = find(EN_NAMED_BUSINESS, t, (m) => {
    const run = (m[1] ?? '').split(' ');
    // The name is what follows the last article or possessive: "for developing its business" names none.
    const last = Math.max(
      ...run.map((w, i) => (/^(?:the|a|an|its|our|their|this|that|these|those)$/u.test(w) ? i : -1)),
    );
    const all = run.slice(last + 1);
    if (all.some((w) => EN_NOT_BUSINESS_WORD.test(w))) return null;
    const words = all.filter((w) => !EN_GENERIC_BUSINESS_WORD.test(w));
    if (words.length === 0) return null;
    const idx = (m.index ?? 0) + m[0].indexOf(m[1] ?? '');
    return { a: idx, b: (m.index ?? 0) + m[0].length, key: words.join(' ') };
  });
  const services = findPrefixed(JA_NAMED_SERVICE, t, (head, suffix) =>
    GENERIC_BUSINESS_PREFIX.test(head) || GENERIC_ASSET_HEAD.test(head) || NOT_A_SERVICE_HEAD.test(head)
      ? null
      : head + suffix,
  ).filter((p) => !ja.some((b) => p.start < b.end && b.start < p.end));
  const made = findPrefixed(JA_MADE_THING, t, (head) =>
    GENERIC_BUSINESS_PREFIX.test(head) || GENERIC_ASSET_HEAD.test(head) || NOT_A_MADE_THING.test(head) ? null : head,
  ).filter((p) => ![...ja, ...products].some((b) => p.start < b.end && b.start < p.end));
  const purpose = !t.text.includes('用')
    ? []
    : find(JA_PURPOSE_PRODUCT, t, (m) => {
        const head = m[1] ?? '';
        const thing = m[2] ?? '';
        if (NOT_A_PURPOSE_HEAD.test(head) || NOT_A_PURPOSE_THING.test(thing) || GENERIC_BUSINESS_PREFIX.test(head))
          return null;
        const idx = m.index ?? 0;
        return { a: idx, b: idx + m[0].length, key: m[0] };
      }).filter((p) => !ja.some((b) => p.start < b.end && b.start < p.end));
  // 新素材・新商品, 次世代電池, 各種センサー: "new materials", any kind — no sector in particular (walk 10).
  const sector = find(SECTOR, t, (m) => {
    const idx = m.index ?? 0;
    if (/(?:新|次世代|各種|様々な|さまざまな|新しい|多様な)$/u.test(t.text.slice(Math.max(0, idx - 5), idx)))
      return null;
    // A sector word inside an organisation's name (理化学研究所, 農業協同組合, 化学工業会) names that body, not a
    // business of the company (walk 12).
    if (ORGANISATION_SUFFIX.test(t.text.slice(idx + m[0].length, idx + m[0].length + 8))) return null;
    return { a: idx, b: idx + m[0].length, key: m[0] };
  });
  const marks = find(TRADEMARK_SIGN, t, (m) => {
    const idx = m.index ?? 0;
    // The product name is the word before the sign.
    const before = t.text.slice(Math.max(0, idx - 20), idx);
    const word = /([\p{Script=Han}\p{Script=Katakana}ーa-z0-9-]{2,20})\s?$/u.exec(before)?.[1];
    if (!word) return null;
    return { a: idx - word.length, b: idx + m[0].length, key: word };
  });
  return [...ja, ...products, ...services, ...made, ...purpose, ...en, ...sector, ...marks];
}

/** Words that make "our X business" not a business: pronouns, prepositions, and IP functions themselves. */
const EN_NOT_BUSINESS_WORD =
  /^(?:on|of|to|with|and|or|by|as|at|from|into|their|his|her|them|these|those|this|that|which|who|company|group|we|is|are|was|were|has|have|will|can|must|should|intellectual|property|patent|patents|ip|legal|licensing|trademark|trademarks|r&d|research|development|rights?|accused|infringing|counterfeit)$/;

/**
 * In Japanese sentences, all-capital Latin tokens ("PDPS", "OLED") name products or technologies. (Quoted names
 * 「X」 were tried and dropped: on the development set they named awards and programmes as often as products.)
 */
const ROMAN_NUMERAL = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$/;
const PROGRAMME_AFTER =
  /^[^」』。]{0,16}(?:改革|プロジェクト|計画|活動|運動|賞|アワード|プログラム|ビジョン|中期経営)/u;

const PROGRAMME_BEFORE = /(?:改革|プロジェクト|計画|活動|運動|賞|アワード|プログラム|ビジョン)[^」』。]{0,8}$/u;
const PLAN_BEFORE = /(?:中期経営計画|中計|経営計画|長期ビジョン|ビジョン|スローガン)[、,:：\s]*(?:[A-Za-z]+\s+){0,2}$/u;
const PHILOSOPHY_WORD_AFTER = /^\s*(?:Way|Spirit|Values?|Vision|Philosophy|Creed|Mind|Pride|Promise)\b/u;
const ABBREVIATION_BEFORE = /(?:[(（]|以下[、,]?「|以下[、,]?)$/u;
const ORGANISATION_AFTER = /^(?:では|グループ|社(?![会内外])|本社|協会)/u;
/** A token that types a category of goods or an industry (ＡＶ機器, ＩＴ業界, ＥＶ化): a kind of thing, not one (v2.33, walk 47). */
const CATEGORY_AFTER = /^(?:機器|機械|業界|関連|分野|化(?![学粧成合])|端末全般)/u;

const QUOTED_ASSET =
  /「([^「」、。\s]{1,15})」(?=(?:「[^「」]{1,15}」)*(?:という|などの|等の)?(?:独自の?|新しい|新たな|画期的な)?(?:IP|キャラクター|ブランド|商品|製品|商標|技術|素材|業態|店舗|チェーン)|(?:を|の)(?:開発|発売|商品化|製品化|上市)|[(（]以下[、,]?「?本(?:商品|製品|ブランド|技術|素材)|(?:を|の)[^「」。、]{0,15}(?:運営|経営)(?:する|し|して))/gu;

/** A reference back to the product or technology just named (この製品, 本商品, 同技術, "this product"). */
const REGISTER_PHRASE =
  /^(?:検討して(?:まいり|いき)|努めて(?:まいり|おり|いき)|推進して(?:まいり|いき)|取り組んで(?:まいり|いき)|strive to|we will continue to|committed to)$/u;
const ANAPHORIC_ASSET =
  /(?:この|その|本|同|当該)(?:製品|商品|技術|ブランド|素材|サービス|キャラクター)|\b(?:this|these|the same) (?:products?|technolog(?:y|ies)|brands?|materials?)\b/gu;

function namedProducts(original: string, names: readonly string[]): Cue[] {
  const out: Cue[] = [];
  if (/[\u3040-\u30ff\u3400-\u9fff]/u.test(original)) {
    CAPS_TOKEN.lastIndex = 0;
    for (const m of original.matchAll(CAPS_TOKEN)) {
      const token = m[0];
      const lower = token.toLowerCase();
      if (
        NOT_A_PRODUCT.has(token) ||
        // A known acronym with a figure run on (ROIC10%, ROE8%) is the acronym and its figure.
        NOT_A_PRODUCT.has(token.replace(/\d+$/u, '')) ||
        // …and so is one with a number joined by a hyphen (ISO-9001, SDGs-…).
        NOT_A_PRODUCT.has(token.split('-')[0] ?? token) ||
        ROMAN_NUMERAL.test(token) ||
        names.some((n) => n === lower || n.startsWith(`${lower} `) || n.startsWith(lower))
      )
        continue;
      const start = m.index ?? 0;
      const end = start + token.length;
      // A token inside the name of a programme, project or award (「ＸＸ改革」, 「プロジェクトＸ」) names no product.
      const open = original.lastIndexOf('「', start);
      const quoted = open > original.lastIndexOf('」', start);
      if (
        quoted &&
        (PROGRAMME_AFTER.test(original.slice(end, end + 24)) ||
          PROGRAMME_BEFORE.test(original.slice(open + 1, start)) ||
          // …or the name a plan is given (中期経営計画「ＸＸ２２」).
          PROGRAMME_BEFORE.test(original.slice(Math.max(0, open - 12), open)))
      )
        continue;
      // An abbreviation defined in passing (「…フォーラム(ＸＸ)」, 「(以下「ＸＸ」)」) stands for the name before it, and a
      // token used as the place or subject of an organisation (「ＸＸでは」, 「ＸＸグループ」, 「ＸＸ社」) is an organisation.
      if (
        ABBREVIATION_BEFORE.test(original.slice(Math.max(0, start - 4), start)) &&
        /^[」)）]/u.test(original.slice(end))
      )
        continue;
      if (ORGANISATION_AFTER.test(original.slice(end, end + 4)) || CATEGORY_AFTER.test(original.slice(end, end + 4)))
        continue;
      // The name a plan or a philosophy is given without quotes (中期経営計画、Grow UP 2023; 「ＸＸ Way」): no product
      // (v2.25, walk 26).
      if (
        PLAN_BEFORE.test(original.slice(Math.max(0, start - 16), start)) ||
        PHILOSOPHY_WORD_AFTER.test(original.slice(end, end + 12))
      )
        continue;
      out.push({ start, end: start + token.length, key: lower });
    }
  }
  // A quoted name that the sentence itself calls a product, brand, character or technology
  // (「Ｘ」「Ｙ」というキャラクター, 「Ｘ」ブランド, 「Ｘ」(以下、本商品), 「Ｘ」という独自技術) names that asset, and so does one
  // the company developed or launched (「Ｘ」を開発し, 「Ｘ」の発売; v2.39, walk 68).
  QUOTED_ASSET.lastIndex = 0;
  for (const m of original.matchAll(QUOTED_ASSET)) {
    const name = m[1] ?? '';
    const start = (m.index ?? 0) + 1;
    // A plan, programme or award the company "developed" (「Ｘプロジェクト」の開発) names no product.
    if (names.some((n) => n === name.toLowerCase()) || NOT_OWN_THING_NAME.test(name)) continue;
    out.push({ start, end: start + name.length, key: name.toLowerCase() });
  }
  out.push(
    ...appositiveQuotedNames(original, names).filter((a) => !out.some((o) => o.start === a.start)),
    ...categoryQuotedNames(original, names),
    ...capitalisedProductNames(original, names),
    ...quotedEnglishNames(original, names),
  );
  return out;
}

/**
 * A thing the company calls its own in one katakana word (当社のレジスト, 同社のカートリッジ; the company's names read as
 * 当社): a product named in ordinary words, which the suffix cues (Ｘ装置, Ｘ材) miss (walk 16). Kinds (当社のサービス,
 * 当社のエンジニア) are refused.
 */
function ownKatakanaThings(t: AnalysisText): Cue[] {
  if (!t.text.includes('社')) return [];
  return find(OWN_KATAKANA_THING, t, (m) => {
    const word = m[1] ?? '';
    if (COMMON_KATAKANA.test(word)) return null;
    const at = (m.index ?? 0) + m[0].length - word.length;
    return { a: at, b: at + word.length, key: word };
  });
}
/**
 * A name the company quotes as its own (当社の「すずめ亭」, 自社の「Ｘ」; the company's names read as 当社): a format, brand or
 * product named the way Japanese writes names, without a category noun (v2.26). A plan, policy, award or slogan in
 * quotes (当社の「中期経営計画2026」, 「知財方針」) is none.
 */
function ownQuotedThings(t: AnalysisText): Cue[] {
  if (!t.text.includes('の「') && !t.text.includes('の『')) return [];
  return find(OWN_QUOTED_THING, t, (m) => {
    const name = m[1] ?? '';
    if (NOT_OWN_THING_NAME.test(name)) return null;
    const at = (m.index ?? 0) + m[0].length - name.length - 1;
    return { a: at, b: at + name.length, key: name };
  });
}
const OWN_QUOTED_THING =
  /(?:当社|自社|弊社|同社)(?:グループ)?の(?:主力(?:製品|商品|業態|ブランド)?(?:である|の)?)?[「『]([^「」『』、。\s]{1,15})[」』]/gu;
const NOT_OWN_THING_NAME =
  /(?:方針|計画|ビジョン|理念|スローガン|賞|アワード|宣言|制度|プログラム|プロジェクト|報告書|レポート|戦略|改革|活動|運動|委員会|会議|規程|憲章|指針|way|\d{4})$|^(?:本件|当該)/u;
const OWN_KATAKANA_THING =
  /(?:当社|自社|弊社|同社)(?:グループ)?の(?:主力(?:製品|商品)?(?:である|の)?)?([\p{Script=Katakana}ー]{3,12})(?=は|を|が|の|と|で|に|も|や|、|。)/gu;

function specificAssets(t: AnalysisText): Cue[] {
  const ja = findPrefixed(JA_NAMED_ASSET, t, (head, suffix) =>
    GENERIC_ASSET.test(head + suffix) || GENERIC_ASSET_HEAD.test(head) ? null : head + suffix,
  );
  const of = findPrefixed(JA_NAMED_ASSET_OF, t, (head, suffix) =>
    GENERIC_ASSET_HEAD.test(head) || GENERIC_BUSINESS_PREFIX.test(head) ? null : head + suffix,
  );
  const process = findPrefixed(JA_PROCESS_ASSET, t, (head, suffix) =>
    PROCESS_ASSET_STOP_HEAD.test(head) || GENERIC_ASSET_HEAD.test(head) ? null : head + suffix,
  );
  const patents = findPrefixed(JA_PATENT_ON_NAMED, t, (head, suffix) =>
    !PATENT_OBJECT_HEAD.test(head) || GENERIC_ASSET_HEAD.test(head) || GENERIC_BUSINESS_PREFIX.test(head)
      ? null
      : head + suffix,
  );
  const en = !/[a-z]{3}/u.test(t.text)
    ? []
    : find(EN_ASSET_NOUN, t, (m) => {
        const head = m[1] ?? '';
        if (EN_NOT_A_TECHNOLOGY.has(head) || EN_NOT_AN_ASSET_HEAD.has(head)) return null;
        const idx = m.index ?? 0;
        return { a: idx, b: idx + m[0].length, key: m[0] };
      });
  return ja.concat(
    of,
    process,
    patents,
    en,
    find(ASSET, t, (m) => {
      const s = m[0];
      const idx = m.index ?? 0;
      const trimmed = s.replace(/^(?:当社|自社|弊社|the company)+/u, '');
      if (GENERIC_ASSET.test(trimmed) || trimmed.length < 2) return null;
      const technology =
        /^([a-z0-9-]+) (?:technolog|platform|know-?how|brands?\b|data\b|(?:customer|installed) base)/u.exec(trimmed);
      // A head of dashes only (an em dash before "technology") or praise names nothing.
      if (technology && (EN_NOT_A_TECHNOLOGY.has(technology[1] ?? '') || !/[a-z]/u.test(technology[1] ?? '')))
        return null;
      return { a: idx + (s.length - trimmed.length), b: idx + s.length, key: trimmed };
    }),
  );
}

function has(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  const hit = re.test(s);
  re.lastIndex = 0;
  return hit;
}

const CUSTOMER_BENEFIT_KEY = 'customer-benefit';

/**
 * Enumerations of five or more short items (独占、ライセンス収入、価格プレミアム、切替コスト、売上…; "exclusivity, licence
 * income, price premium, switching costs, margin and ROIC"): words listed are vocabulary, not a stated mechanism or
 * outcome (walk 10: a sentence stuffed with the rubric's words scored 55). Ranges in the original sentence.
 */
function enumerations(t: AnalysisText): { start: number; end: number }[] {
  // One pass over the separators (a regular expression for this cost ~4 % of a judgement): pieces between
  // separators short enough to be list items, five or more in a row, make an enumeration.
  const text = t.text;
  // English items run longer than Japanese ones.
  const maxItem = /[\u3040-\u30ff\u4e00-\u9fff]/u.test(text) ? 14 : 28;
  const out: { start: number; end: number }[] = [];
  let runStart = -1;
  let items = 0;
  let pieceStart = 0;
  const close = (end: number): void => {
    if (items >= 5) out.push(originalRange(t, runStart, end));
    runStart = -1;
    items = 0;
  };
  for (let k = 0; k <= text.length; k++) {
    const ch = text[k];
    const separator = ch === '、' || ch === '，' || (ch === ',' && text[k + 1] === ' ');
    const stop =
      k === text.length ||
      ch === '。' ||
      ch === ';' ||
      ch === ':' ||
      ch === '：' ||
      (ch === '.' && !/\d/u.test(text[k + 1] ?? ''));
    if (!separator && !stop) continue;
    const length = k - pieceStart;
    if (length >= 1 && length <= maxItem) {
      if (runStart < 0) runStart = pieceStart;
      items++;
      if (stop) close(k);
    } else {
      // A long piece ends the run; its opening words are the run's last item (…、利益率、ROICを電池材料の事業で).
      if (items >= 4 && length >= 1) {
        items++;
        close(pieceStart + maxItem);
      } else close(pieceStart);
    }
    pieceStart = k + (separator && ch === ',' ? 2 : 1);
  }
  return out;
}
const inside = (c: Cue, ranges: readonly { start: number; end: number }[]): boolean =>
  ranges.some((r) => c.start >= r.start && c.end <= r.end);

/**
 * The sentence denies its own predicate: Japanese at its end (…ことはありません, …していません, …行っておりません), English
 * at the verb of oversight or spending ("has not yet discussed", "never reviewed", "did not allocate").
 */
const NEGATED_PREDICATE =
  /(?:ことは(?:ありません|ございません|ない|なかった)|(?:て|で)(?:は)?(?:い|おり)(?:ません|ない)|(?:わ|ら|さ|せ|け)(?:ず|ない|なかった)(?:でした)?|ませんでした|ていません)[。．.]?\s*$|\b(?:has|have|had|did|does|do|is|are|was|were) (?:not|never)(?: yet)?(?: been)? (?:discuss|review|approv|decid|monitor|overs[e]{0,2}|supervis|consider|receiv|report|allocat|invest|set|taken? up)|\bnever (?:discuss|review|approv|decid|monitor|overs|supervis|consider|allocat|invest)/u;

/**
 * The IP department or function as the sentence's subject (walk 15: an IP policy page whose department "strategically
 * files patent applications … to ensure our competitive advantage" scored like a strategy).
 */
const IP_FUNCTION_SUBJECT =
  /^(?:(?:また|さらに|なお|例えば|具体的には)、?)?(?:当社(?:グループ)?の)?(?:知的財産|知財)(?:部|部門|室|課|グループ|センター|本部|統括部|担当)(?:では|は|が)|^(?:(?:moreover|in addition|also|for example|for instance|specifically|further(?:more)?),? )?(?:the|our|its) (?:(?:intellectual property|ip|patent|legal) (?:department|division|team|function|group|office|section)|department)\b/u;
/** Fakes and counterfeits: what a sentence about them calls hard to copy is an anti-counterfeiting measure. */
const COUNTERFEIT_CONTEXT = /counterfeit|\bfakes?\b|knock-?offs?|偽造品|偽物|海賊版|コピー品|偽ブランド/u;
/** A sentence that opens by saying it follows from the one before (これにより, その結果, "as a result"). */
const RESULT_OPENER =
  /^\s*(?:これ(?:により|によって)|それにより|その結果|このため|そのため|こうして|結果として|つまり|as a result|consequently|this (?:allows|enables|lets|means)|through (?:these|this|such) (?:efforts|initiatives|measures|activities)|thanks to (?:this|these))/gu;
/** The sentence is the reason for the one before: 「…ためであります」, 「…からです」, "This is because …". */
const POST_HOC_REASON =
  /(?:ため|から)(?:であります|です|でございます|であり、|だ)[。.]?\s*$|ためであり、|理由(?:だ|です|である|であります|となって(?:いる|います|おります))[。.]?\s*$|^\s*(?:this|that) is (?:because|why)\b|^\s*the reason (?:is|was)\b/u;
/** Customers, orders, sales or rivals: a reason in these terms is about how the business wins. */
const COMMERCIAL_TERM =
  /顧客|受注|採用|選定|販売|売上|シェア|競合|他社|後発|customers?|clients?|orders?|sales|market share|competitors?|rivals?/u;
/**
 * A why-clause that only says the company uses, protects or acquires its IP (取得した特許を知的財産権として活用することで,
 * "by leveraging our intellectual property") names no reason a rival cannot follow: the guideline's vocabulary, not a
 * mechanism (v2.22, walk 24: a patent-fair write-up scored 55 on it).
 */
const IP_USE_ONLY =
  /(?:特許|知的財産権?|知財|無形資産)(?:権)?(?:を|の)?[^。、]{0,16}(?:活用|利活用|保護|取得|管理|権利化|確保)(?:する|し(?:て)?|して(?:いく|いる))?(?:こと)?\s*$|(?:using|leveraging|utili[sz]ing|protecting|exploiting|acquiring) (?:our |its |the |these )?(?:[a-z-]+ )?(?:intellectual property|ip|patents?|ip rights)(?: rights| portfolio| assets)?,?\s*$/u;
const ipUseOnly = (clause: string): boolean => IP_USE_ONLY.test(clause.normalize('NFKC').toLowerCase().trimEnd());
/** Shortest why-clause that can state a reason by itself (shorter ones are a connective's own words: その結果、). */
const WHY_CLAUSE_MIN_JA = 12;
const WHY_CLAUSE_MIN_EN = 25;
/**
 * A reason outside the company: the market, demand, prices, currency, weather, an epidemic. 「円安の影響により売上高が
 * 増加」 reports a result, not how the company's asset earns it — nor does a price revision passed on to customers
 * (販売価格の見直し, 価格転嫁; v2.36, walk 57: a results review scored 67 on 「…需要減少や原料の価格高騰などにより…
 * 販売価格の見直し…に努めたほか、海外需要も復調してきた結果、…収益性を大幅に改善」).
 */
const EXTERNAL_CAUSE =
  /市場(?:の|が|は)?(?:拡大|成長|回復|縮小|低迷|活況)|需要(?:の|が|は|も)?(?:増加|拡大|回復|減少|低迷|好調|堅調|復調|持ち直)|原料(?:の)?価格|価格(?:の)?高騰|販売価格の(?:見直し|改定|引き上げ)|価格(?:改定|転嫁)|景気|為替|円安|円高|物価|インフレ|原材料|資材価格|感染症|コロナ|天候|気温|猛暑|暖冬|特需|\b(?:demand|market growth|market recovery|exchange rates?|currency|the yen|weather|pandemic|covid|inflation|economic (?:recovery|slowdown)|the economy)\b/u;

/** Right after a cue: it names what a risk is about (…に係るリスク, …の漏えいリスク, "… risks"). */
/**
 * A sentence that explains a legal regime (「立体商標制度」は、…保護することができる制度で; "The trademark system allows …"):
 * what the law lets anyone do is no mechanism of the company's, whatever protection words it uses (v2.23, walk 29: a
 * registration notice scored 46 on the regime's definition).
 */
const LEGAL_REGIME_DEFINITION =
  /^[^。]{0,30}(?:制度|法|法律|条約|規定)」?(?:と|とは|は)、?[^。]*(?:制度|仕組み|法律)(?:で|です|であり|である|となって)|^\s*(?:the |a |an )?[a-z -]{0,40}(?:system|act|law|regime|doctrine|statute|treaty) (?:allows|lets|permits|provides|protects|grants|enables|is a (?:system|law|regime|legal))/u;
const LICENSEES_INSTRUCTED =
  /\b(?:requir(?:e|es|ed|ing)|must|shall|are (?:asked|obliged|expected|reminded)|obligat|instruct)[^.;]{0,60}\blicensees?\b|\blicensees?\b[^.;]{0,60}\b(?:must|shall|(?:is|are) (?:required|asked|obliged|expected))\b|\byou as (?:our |a )?licensees?\b/u;
const CUSTOMER_SURVEY_NAME =
  /(?:customers?|consumers?|guests?)(?:'s?|’s?)? (?:choice|satisfaction) (?:survey|awards?|index|study|ranking|rankings|research|program)|顧客満足度(?:調査|ランキング|指数|No\.?1|1位)/gu;
/**
 * When and how the company was founded ("The Company was founded when …", "Founded in 1910", 1973年に創業): history, a
 * profile line standing in for strategy (v2.28, walk 39: a dollar-store profile scored on its founding story) — and
 * the purpose it was founded for (「…快適な生活を実現させるために設立いたしました」, "was founded to …"), a founders' aim
 * rather than value the company delivers (v2.33, walk 47).
 */
const FOUNDING =
  /^\s*(?:(?:originally )?founded|established|incorporated) in (?:\d{4}|the \d{4}s)\b|\b(?:was|were) (?:originally )?(?:founded|established|incorporated|started) (?:in|on|when|by|as|to)\b|(?:\d{4}年(?:\d{1,2}月)?に?|^|(?:ために|目的で|べく))(?:創業|創立|設立)(?:し|した|され|以来|いたし|しま)/u;
const RISK_OBJECT =
  /^(?:[^、。,.;]{0,6}(?:に(?:係る|関する|関わる|伴う)|の(?:漏えい|漏洩|流出|侵害)?))?リスク|^(?:-related )?risks?\b/u;

/**
 * Right before an asset: it is someone else's or the old way (従来の成形技術, 他社の特許, "existing adhesion promotion
 * technologies", "competing platforms"), which the company's text sets its own against (walk 12).
 */
/**
 * A sentence whose subject is another party: a patent troll, competitors, third parties (v2.19, walk 21). Japanese
 * only with the topic は: 「他社が模倣できない参入障壁を築き」 opens a relative clause about the company's own barrier.
 */
const OTHER_PARTY_SUBJECT =
  /^(?:(?:the |these |such |many )?(?:paes?|patent (?:trolls?|assertion entities)|non-practicing entities|npes?|competitors|rivals|other companies|third parties)\b|(?:他社|競合(?:他社|企業)?|第三者|パテント・?トロール)は)/u;
const OTHERS_BEFORE =
  /(?:(?:従来|既存|他社|競合(?:他社)?|他の企業)の|\b(?:existing|conventional|competing|alternative|rival|traditional|competitors'?|other companies'?)\s+(?:[a-z-]+\s+){0,2})$/u;

/**
 * The steps of a lawsuit: a court or its officers, a verdict, a judgment, an appeal, briefs, 提訴, 判決, 控訴, 審決. A
 * royalty a court sets or damages a jury awards are the case's events, not a licensing mechanism or a money line of
 * the business (walk 13: a 10-Q litigation note scored B with the opponent's products as the business).
 */
const COURT_PROCEDURE =
  /\b(?:district court|court of appeals?|appeals court|supreme court|usdc|uscafc|ptab|inter partes|jury|verdict|final judgment|judgment (?:against|in favou?r)|post-trial|jury trial|at trial|notice of appeal|filed (?:an? |its |our )?(?:appeal|complaint|lawsuit|suit)|(?:opening|reply|response) brief|plaintiffs?|defendants?|docketed|accused products|infringing products|damages award|awarded damages|demand(?:ed|s|ing)? (?:the )?(?:payment of )?(?:royalt(?:y|ies)|license fees))\b|判決|控訴|上告|提訴|訴状|原告|被告|審決|無効審判|差し?止め?(?:請求|を求め)|(?:損害賠償|差し止め)[^。]{0,12}を求め|(?:ライセンス料|実施料|ロイヤル?ティ)[^。]{0,6}(?:支払い?|支払)を(?:求め|請求|要求)|係争に踏み切|侵害している(?:という|と主張)|訴(?:訟|え)を提起|勝訴|敗訴|地方裁判所|地裁|高等裁判所|高裁|最高裁/u;

/** A rank at the head of a table row (1位, No.1, #1, 1st). */
const RANKING_ROW = /^\s*(?:\d{1,3}\s?位|no\.\s?\d{1,3}\b|#\d{1,3}\b|\d{1,3}(?:st|nd|rd|th)\b)/gu;

/** What follows a sector word that is part of an organisation's name (…研究所, …大学, …協会, …組合, …学会). */
const ORGANISATION_SUFFIX =
  /^[\p{Script=Han}ー]{0,3}?(?:研究所|研究機構|研究センター|大学|学会|協会|工業会|連合会|組合|機構|財団|振興会)/u;

/** A quoted slogan, purpose or philosophy: 「…」という経営理念 / スローガン / パーパス. */
const SLOGAN =
  /[「『]([^」』]{1,80})[」』](?:という|との|を)?(?:当社(?:グループ)?の)?(?:経営理念|企業理念|基本理念|理念|スローガン|パーパス|ビジョン|ミッション|コーポレート・?メッセージ|ブランド・?メッセージ|存在意義|社是|社訓)/gu;

/**
 * A year's R&D total told by the filing's formula (「当連結会計年度における研究開発費の総額は、15,026百万円であります」,
 * "R&D expenses totaled $41 million") is a figure every report must give: it says how much, not where it goes for
 * which strategy. Only a sentence that also says where (に配分, を充て, "allocated to", "of which") allocates.
 */
const RND_TOTAL =
  /研究開発費(?:の)?(?:総額|合計|金額|は)|(?:r&d|research and development) (?:spending|expenditures?|expenses?|costs?)(?: for the (?:year|period))? (?:totall?ed|were|was|amounted to)/u;
const RND_DESTINATION =
  /配分|振り向け|充て|投じ|重点|集中|のうち|うち[^。]{0,6}(?:事業|分野|領域)|allocat|direct(?:ed)? (?:to|towards)|focus(?:ed)? on|of which|concentrat/u;
const RND_CUE = /^(?:研究開発費|r&d費|r&d (?:spending|expenditure|expenses))$/u;
function allocation(t: AnalysisText): Cue[] {
  const cues = find(ALLOCATION, t);
  if (!RND_TOTAL.test(t.text) || RND_DESTINATION.test(t.text)) return cues;
  return cues.filter((c) => !RND_CUE.test(c.key));
}

/** What follows a benefit word that makes it the name of a field (省エネ[ルギー]関連, 環境負荷低減分野). */
const BENEFIT_AS_FIELD = /^[\p{Script=Katakana}ー]{0,4}(?:関連|分野|領域)/u;

/** A sentence that ends as a question (? / ？, a closing quote or bracket allowed after it). */
const QUESTION_END = /[?？][\s」』"”)）]*$/u;

/** Supervising words (not protecting or managing): what makes 「適切に…」 a statement about oversight. */
const SUPERVISE = /監督|監視|supervis|oversee|oversight/u;

/** Whether an offset sits inside an unclosed （…） or (…) opened earlier in the sentence. */
function withinParentheses(text: string, at: number): boolean {
  let depth = 0;
  for (let k = 0; k < at && k < text.length; k++) {
    const ch = text[k];
    if (ch === '(' || ch === '（') depth++;
    else if ((ch === ')' || ch === '）') && depth > 0) depth--;
  }
  return depth > 0;
}

/**
 * An activity word that names the market the company serves (教育市場, 教育サービス, 英語教育の分野, e-ラーニング事業,
 * イベント業界, "the training market", "e-learning platform") is its business, not an event it held or a course it
 * ran for its staff (v2.38: education and events companies' securities-report openings read as activity reports, and
 * the activity role threw their businesses and assets away).
 */
const MARKET_AFTER_ACTIVITY =
  /^(?:の)?(?:市場|分野|領域|事業|業界|産業|サービス|ビジネス|機関|コンテンツ|教材|アプリ|プラットフォーム|ソリューション|システム|会社|企業|関連(?:事業|サービス|市場))|^ ?(?:market|industry|sector|business|services?|platforms?|providers?|company|companies|segment|content|software|solutions?)\b/u;
const activityNotMarket =
  (t: AnalysisText) =>
  (m: RegExpMatchArray): { a: number; b: number; key: string } | null => {
    const a = m.index ?? 0;
    const b = a + m[0].length;
    if (MARKET_AFTER_ACTIVITY.test(t.text.slice(b, b + 16))) return null;
    // …or one step of the chain the company runs itself, listed among the others (食材の生産、教育、商品開発、製造、
    // 流通、販売までを一貫して手がける).
    const before = t.text.slice(Math.max(0, a - 8), a);
    const after = t.text.slice(b, b + 8);
    if (
      /[、・]$/u.test(before) &&
      /^[、・]/u.test(after) &&
      (FUNCTION_STEP_END.test(before) || FUNCTION_STEP_START.test(after))
    )
      return null;
    return { a, b, key: m[0] };
  };
const FUNCTION_STEP = '(?:生産|製造|開発|企画|設計|流通|販売|物流|調達|施工|仕入れ?|加工|研究|採用|育成)';
const FUNCTION_STEP_END = new RegExp(`${FUNCTION_STEP}[、・]$`, 'u');
const FUNCTION_STEP_START = new RegExp(`^[、・]${FUNCTION_STEP}`, 'u');
/** A sentence about an industry or a market as a whole, or figures someone else reported about it. */
const MARKET_SUBJECT =
  /(?:業界|市場|業種)(?:全体)?(?:に(?:おいて|おきまして)は|では|全体で|の(?:動向|規模|成長率))|(?<!グループ)各社の(?:業績|売上|収益)|(?:との|という)(?:報道|調査結果|予測|試算|推計)|\b(?:in )?the (?:[a-z-]+ )?(?:industry|market) (?:as a whole|overall|grew|expanded|declined|shrank)\b|\bindustry-wide\b/u;
const nonEmpty = (xs: Cue[]): Cue[] | undefined => (xs.length > 0 ? xs : undefined);

/** The company pays a royalty (to a licensor): "we agreed to pay Datascope a royalty", "we paid or accrued a royalty". */
const ROYALTY_PAID_OUT =
  /\b(?:we|the company|the group)\b[^.;]{0,40}\b(?:pay|pays|paid|paying|accrue|accrued|owe|owes)\b[^.;]{0,40}\broyalt|\broyalt(?:y|ies) (?:payments?|expenses?|costs?|obligations?) (?:to|payable to|owed to)\b|\brequired to pay (?:to )?[^.;]{0,30}\broyalt|ロイヤ(?:リ|ル)ティ(?:を|の)?(?:支払|支払い)|支払(?:う|い|った)ロイヤ(?:リ|ル)ティ|ロイヤ(?:リ|ル)ティ(?:費用|支払額)/u;

/** "We offer a (wide) range of … products and services, including …": where the list of offerings starts, or -1. */
const OFFERING_LIST =
  /\b(?:offer|offers|offered|sell|sells|sold|provide|provides|provided|carry|carries)\b[^.;:]{0,50}\b(?:range|variety|array|portfolio|lines?|selection|assortment) of\b[^.;]{0,80}?\bincluding\b/u;
const LISTED_OFFERING = /replacement|refill|aftermarket|(?:service|maintenance) contract|subscription/u;
function offeringListStart(text: string): number {
  const m = OFFERING_LIST.exec(text);
  return m ? m.index + m[0].length : -1;
}

/**
 * "patents essential to High-Efficiency Advanced Audio Coding (HE AAC)": a portfolio named by the standard it is
 * essential to is a specific asset, as "our HE AAC patents" is (investor walk, v2.48: a licence to it read as naming
 * nothing).
 */
const ESSENTIAL_TO_STANDARD =
  /\bpatents? (?:(?:that|which) (?:are|is) )?essential to (?:the )?((?:[A-Z][A-Za-z0-9.+-]*)(?:[ -][A-Z][A-Za-z0-9.+-]*){0,5})/gu;

function essentialToNamedStandard(original: string): Cue[] {
  if (!original.includes('essential to')) return [];
  return [...original.matchAll(ESSENTIAL_TO_STANDARD)].map((m) => {
    const name = m[1] ?? '';
    const start = (m.index ?? 0) + m[0].length - name.length;
    return { start, end: start + name.length, key: name.toLowerCase() };
  });
}

/** Every cue family of one sentence. Register (intention or fact) is recorded but never changes a link. */
export function sentenceLinks(
  t: AnalysisText,
  original = '',
  names: readonly string[] = [],
  /** Products the whole text introduced (introducedProductNames): named wherever they recur. */
  products: readonly string[] = [],
): SentenceLinks {
  // A line of words with no sentence in it says nothing, whatever words it lists (walk 10: a keyword list scored 65).
  // …but a row of a ranking table (「1位 Ｘ社 7554.21」) is a ranking: substitution material, not an empty line.
  if (isWordList(original)) return wordListLinks(find(RANKING_ROW, t));
  // Words of a quoted slogan (「素材の力で、暮らしと産業の未来をひらく」という経営理念) name no business or asset.
  const slogans = [...original.matchAll(SLOGAN)].map((m) => ({
    start: m.index ?? 0,
    end: (m.index ?? 0) + (m[1]?.length ?? 0) + 2,
  }));
  // A name the writer sets beside what the company sells ("CardioSense, our implantable cardiac monitor,") names the
  // business the story is about, as 「半導体材料事業」 does (UI review, v2.47).
  const business = [...namedBusinesses(t), ...appositiveEnglishNames(original, names)].filter(
    (c) => !inside(c, slogans),
  );
  // One word is one link: "ソフトウェア事業" names a business, not also a software asset.
  const ownNamed = [
    ...specificAssets(t),
    ...namedProducts(original, names),
    ...ownKatakanaThings(t),
    ...ownQuotedThings(t),
    ...essentialToNamedStandard(original),
  ];
  const recurring = introducedNameMentions(original, products).filter(
    (p) => !ownNamed.some((a) => p.start < a.end && a.start < p.end),
  );
  const asset = [...ownNamed, ...recurring].filter(
    (a) =>
      !business.some((b) => a.start >= b.start && a.end <= b.end) &&
      !inside(a, slogans) &&
      !OTHERS_BEFORE.test(
        original
          .slice(Math.max(0, a.start - 40), a.start)
          .normalize('NFKC')
          .toLowerCase(),
      ),
  );
  const regime = LEGAL_REGIME_DEFINITION.test(t.text);
  const weakMechanism = regime ? [] : find(WEAK_MECHANISM, t);
  // Licensees told what to do (a notice's requirements, "you as our licensees") are the audience of an
  // administrative rule, not a licensing model (v2.23, walk 32: a copyright-notice instruction scored 49).
  const instructed = LICENSEES_INSTRUCTED.test(t.text);
  const instrument = regime
    ? []
    : find(INSTRUMENT_MECHANISM, t).filter((c) => !(instructed && /^licensees?$/u.test(c.key)));
  // A range of offerings listed after "including" (…new and used vehicles; replacement parts and service contracts)
  // names products the company sells; the aftermarket and contract words in it are items, not a model of recurring
  // income (v2.34, walk 35).
  const listedFrom = offeringListStart(t.text);
  // Standards work reported as participation: its "standardization" is the meetings attended, not a mechanism.
  const participation = find(STANDARDS_PARTICIPATION, t);
  const mechanism = regime
    ? []
    : [...find(/[a-z]/u.test(t.text) ? MECHANISM : MECHANISM_JA, t), ...instrument].filter(
        (c) =>
          (listedFrom < 0 || c.start < listedFrom || !LISTED_OFFERING.test(c.key)) &&
          !participation.some((p) => c.start >= p.start && c.end <= p.end),
      );
  const boilerplate = find(BOILERPLATE, t);
  const excluded = FINANCIAL_EXCLUDED.test(t.text);
  // Royalties the company pays for rights it took in ("we agreed to pay Datascope a royalty of 5% of net sales",
  // ロイヤリティを支払う) are a cost of using someone else's IP: neither a licensing model nor income (v2.37, walk 52).
  const paysOut = ROYALTY_PAID_OUT.test(t.text);
  if (paysOut) {
    const kept = mechanism.filter((c) => !/royalt|ロイヤ/u.test(c.key));
    mechanism.splice(0, mechanism.length, ...kept);
  }
  // …and the sales it is paid on are its base, not an outcome.
  // …and an industry's or a market's figures told without the company in the sentence (ドラッグストア業界においては…売上高
  // が伸長, 米国では既に50%を超えるシェアとの報道) are its environment, not its outcome (v2.38, walks 38 and 64).
  const marketOnly = MARKET_SUBJECT.test(t.text) && !SELF_REFERENCE.test(t.text);
  const financial = excluded || FORGONE_INCOME.test(t.text) || paysOut || marketOnly ? [] : find(FINANCIAL, t);
  const latin = /[a-z]/u.test(t.text);
  // A survey or award named after customers ("the Customers' Choice survey", 顧客満足度調査) ranks the company; the
  // customer words in its name say nothing the customer gets (v2.28, walk 39).
  const surveys = find(CUSTOMER_SURVEY_NAME, t);
  // A benefit word that names a field of work (省エネルギー関連への適用技術の開発, 環境分野) is where development goes,
  // not what a customer gets (v2.30, walk 42).
  const field = (c: Cue): boolean => BENEFIT_AS_FIELD.test(t.text.slice(c.end, c.end + 8));
  const customerValue = find(latin ? CUSTOMER_VALUE : CUSTOMER_VALUE_JA, t).filter(
    (c) => !inside(c, surveys) && !field(c),
  );
  // What the customer gets, told through the customer's work: a user and, after it, what changes for them.
  // An activity that protects consumers (模倣品摘発で消費者の被害を防ぐ) stays an activity.
  if (customerValue.length === 0 && !has(ACTIVITY, t.text) && surveys.length === 0) {
    const actors = find(latin ? CUSTOMER_ACTOR : CUSTOMER_ACTOR_JA, t);
    const benefits = actors.length > 0 ? find(latin ? CUSTOMER_BENEFIT : CUSTOMER_BENEFIT_JA, t) : [];
    // …within a clause of the user, on either side ("lets small landlords close …"), not anywhere in a long
    // sentence; English needs more characters per clause.
    const reach = /[a-z]{3}/u.test(t.text) ? 120 : 60;
    for (const actor of actors) {
      // 「…が可能となり」 before the user is what the company itself can do; only after the user is it theirs.
      const benefit = benefits.find(
        (b) =>
          b.start - actor.end <= reach &&
          actor.start - b.end <= reach &&
          (!/可能/u.test(b.key) || b.start >= actor.end),
      );
      if (!benefit) continue;
      customerValue.push({
        start: Math.min(actor.start, benefit.start),
        end: Math.max(actor.end, benefit.end),
        key: CUSTOMER_BENEFIT_KEY,
      });
      break;
    }
  }
  // An advantage word is a mechanism only when the sentence also says which asset or business it is about, and
  // is not itself a stock phrase ("… an indispensable resource for our competitive advantage").
  if (
    mechanism.length === 0 &&
    weakMechanism.length > 0 &&
    // …or what it refers back to (この製品 / 本技術 / "this product").
    (asset.length > 0 || business.length > 0 || has(ANAPHORIC_ASSET, t.text)) &&
    // The intention register (…に取り組んでまいります, "we will continue to") is no stock phrase here: a strategy
    // written as a pledge keeps its mechanism.
    boilerplate.every((c) => REGISTER_PHRASE.test(c.key))
  ) {
    mechanism.push(...weakMechanism);
  }
  // No mechanism word, but the sentence says the outcome follows from the named thing (issue 18: the causal path
  // told in the writer's own words): the connective between them carries the mechanism.
  if (mechanism.length === 0 && (asset.length > 0 || business.length > 0)) {
    const named = [...asset, ...business];
    const outcome = [...financial, ...customerValue];
    const path = find(CAUSAL, t).find(
      (c) => named.some((n) => n.end <= c.start) && outcome.some((o) => o.start >= c.end),
    );
    // The evidence is the clause that says why (from the named thing up to the connective), not the connective alone.
    if (
      path &&
      !ipUseOnly(original.slice(0, path.start)) &&
      !EXTERNAL_CAUSE.test(original.slice(0, path.start).normalize('NFKC').toLowerCase())
    ) {
      // From the first thing named: the why-clause may itself name a process or a record (乾燥条件を記録していることから).
      const from = Math.min(...named.filter((n) => n.end <= path.start).map((n) => n.end));
      const clause = original.slice(from, path.end).replace(/^[」』"”)）はがのをにでと、,\s]+/u, '');
      const start = path.end - clause.length;
      mechanism.push(clause.length > 0 && original ? { start, end: path.end, key: clause } : path);
    }
  }
  let droppedSubjectWhy = false;
  if (mechanism.length === 0 && original) {
    // The why-clause with its subject dropped or named only after it (issue 18, link bank d): 「設計段階で採用された
    // 部品は…変更されないため、…売上が概ね確定いたします」 follows the sentence that named the harness;
    // 「…縫製できるため、アジアの縫製工場向け販売台数は…」 names the business in its outcome. The clause before the
    // connective is the mechanism. When the sentence names nothing, whether it is about something named is the
    // anchoring's question (zero anaphora or an explicit reference back, build-chains.ts): alone it lends nothing.
    const namesNothing = asset.length === 0 && business.length === 0;
    const outcome = [...financial, ...customerValue];
    // Most sentences state no outcome: skip the connective scan for them (it runs on every sentence of a long text).
    const path = outcome.length > 0 ? find(CAUSAL, t).find((c) => outcome.some((o) => o.start >= c.end)) : undefined;
    const clause = path ? original.slice(0, path.start) : '';
    const latinClause = /[a-z]{3}/iu.test(clause);
    // …or the why is the whole sentence before: 「これにより、出版から生まれたIPを他分野に展開し、複合的に利益を生み出す…」,
    // "Through these efforts, … generated sales far above our initial plan".
    const opener = namesNothing && outcome.length > 0 ? find(RESULT_OPENER, t)[0] : undefined;
    // …or the sentence gives the reason for the one before (…ためであります, "This is because …") in terms of
    // customers, orders or rivals.
    const reason = POST_HOC_REASON.test(t.text) && COMMERCIAL_TERM.test(t.text);
    const external = (x: string): boolean => EXTERNAL_CAUSE.test(x.normalize('NFKC').toLowerCase());
    if (
      path &&
      clause.trim().length >= (latinClause ? WHY_CLAUSE_MIN_EN : WHY_CLAUSE_MIN_JA) &&
      !external(clause) &&
      !ipUseOnly(clause)
    ) {
      const lead = clause.length - clause.trimStart().length;
      mechanism.push({ start: lead, end: path.end, key: clause.trim() });
      droppedSubjectWhy = namesNothing;
    } else if (opener && outcome.some((o) => o.start >= opener.end)) {
      mechanism.push(opener);
      droppedSubjectWhy = true;
    } else if (reason && !external(t.text) && !has(CONTEXT, t.text)) {
      const lead = original.length - original.trimStart().length;
      mechanism.push({ start: lead, end: original.trimEnd().length, key: 'post-hoc-reason' });
      droppedSubjectWhy = namesNothing;
    }
  }
  // What a risk is about (ライセンス契約に係るリスク, 営業秘密の漏えいリスク, "licensing risks") is the risk's object, not a
  // mechanism or an asset the company uses.
  const riskObject = (c: Cue): boolean =>
    RISK_OBJECT.test(
      original
        .slice(c.end, c.end + 12)
        .normalize('NFKC')
        .toLowerCase(),
    );
  for (const cues of [mechanism, asset]) {
    const kept = cues.filter((c) => !riskObject(c));
    cues.splice(0, cues.length, ...kept);
  }
  // What is hard to copy in a sentence about fakes (packaging "hard to replicate", 偽造しにくいラベル) protects against
  // counterfeits: an enforcement measure, not why the product wins (walk 16).
  if (COUNTERFEIT_CONTEXT.test(t.text)) {
    const kept = mechanism.filter((c) => instrument.includes(c));
    mechanism.splice(0, mechanism.length, ...kept);
  }
  // A sentence about what another party does with patents (PAEs monetise them by suing, 他社はライセンスで…) states
  // no mechanism of the company's, unless it says what that means for the company (当社の特許を回避できず).
  if (OTHER_PARTY_SUBJECT.test(t.text.trimStart()) && !SELF_REFERENCE.test(t.text)) mechanism.splice(0);
  // Leak prevention run as internal control or compliance is housekeeping, not an advantage.
  if (COMPLIANCE_CONTEXT.test(t.text)) {
    const kept = mechanism.filter((c) => !/流出|漏洩|leak/u.test(c.key));
    mechanism.splice(0, mechanism.length, ...kept);
  }
  // Words listed in an enumeration are vocabulary: they state no mechanism and no outcome.
  const listed = enumerations(t);
  if (listed.length > 0) {
    for (const cues of [mechanism, customerValue, financial]) {
      const kept = cues.filter((c) => !inside(c, listed));
      cues.splice(0, cues.length, ...kept);
    }
  }
  const bodies = find(OVERSIGHT_BODY, t);
  const how = find(OVERSIGHT_HOW, t);
  const genericOversight =
    GENERIC_OVERSIGHT.test(t.text) || (IMPORTANT_MATTERS.test(t.text) && !OVERSIGHT_FREQUENCY.test(t.text));
  // A board that has never taken it up (議題としたことはありません, "has not yet discussed") is the opposite of oversight,
  // and money not yet put anywhere is no allocation (UI walk P1-3).
  const negated = NEGATED_PREDICATE.test(t.text);
  const oversight = bodies.length > 0 && how.length > 0 && !genericOversight && !negated ? [...bodies, ...how] : [];
  // A notice's formula announces one transaction or resolution: the licence it concludes and the board that
  // resolved it are the event, not a mechanism or oversight; what it names (product, technology) still counts.
  const announced = has(NOTICE, t.text);
  // A question claims nothing ("What makes our hotels unique?", なぜ当社の製品は選ばれるのか？): it may name what the
  // answer is about, but its advantage, value and money words are the writer's prompt, not a statement (v2.30, walk 41).
  const question = QUESTION_END.test(original || t.text);
  const links: Partial<Record<LinkKind, Cue[]>> = {
    business: nonEmpty(business),
    asset: nonEmpty(asset),
    mechanism: announced || question ? undefined : nonEmpty(mechanism),
    customerValue: question ? undefined : nonEmpty(customerValue),
    financial: question ? undefined : nonEmpty(financial),
    allocation: negated || question ? undefined : nonEmpty(allocation(t)),
    oversight: announced ? undefined : nonEmpty(oversight),
  };
  const topics = [...business, ...asset].map((c) => c.key);
  const talks = find(REPORTED_TALK, t);
  const ranking = find(RANKING, t);
  // ブランド価値の向上 is an aim; a brand value is a valuation when it comes with a figure or a ranking's name.
  const valuation = find(VALUATION, t).filter(
    (c) => !/^(?:ブランド価値|ブランドバリュー|brand value)$/u.test(c.key) || /\d/u.test(t.text),
  );
  const notIndicators = find(NOT_AN_INDICATOR, t);
  return {
    links,
    topics,
    flags: {
      risk: PROTECTIVE_PURPOSE.test(t.text) ? [] : find(RISK, t),
      riskModal: has(RISK_MODAL, t.text),
      courtProcedure: has(COURT_PROCEDURE, t.text),
      bookkeeping: find(BOOKKEEPING, t),
      chronology: isChronology(t.text),
      activity: [...find(ACTIVITY, t, activityNotMarket(t)), ...talks, ...participation],
      founding: FOUNDING.test(t.text),
      reportedTalk: talks.length > 0,
      count: find(COUNT, t),
      ranking,
      valuation,
      boilerplate,
      incentive: INCENTIVE.test(t.text),
      strategy: find(STRATEGY, t),
      // A spend's share of sales and the filing programme's own rates are no indicator of a claim (v2.55).
      measure: find(MEASURE, t).filter((c) => !inside(c, notIndicators)),
      context: has(CONTEXT, t.text),
      importance: has(IMPORTANCE, t.text),
      target: has(TARGET, t.text),
      weakMechanism,
      customerBenefit: customerValue.some((c) => c.key === CUSTOMER_BENEFIT_KEY),
      // A body named without how counts as empty oversight only in a sentence about IP or the strategy: a company
      // profile's 「代表取締役社長：…」 is no oversight statement.
      genericOversight:
        // 「適切に監督」 is empty oversight; 「適切に保護・管理してまいります」 names no one who oversees anything (walk 12).
        (genericOversight && (bodies.length > 0 || SUPERVISE.test(t.text))) ||
        // …and never a body that labels a field of a company profile (代表取締役社長：氏名) or a byline in
        // parentheses (株式会社Ｘ（所在地・氏名代表取締役社長）).
        (bodies.some(
          (b) => !/^\s*[:：]/u.test(original.slice(b.end, b.end + 2)) && !withinParentheses(original, b.start),
        ) &&
          how.length === 0 &&
          has(IP_MENTION, t.text)),
      intention: INTENTION.test(t.text),
      backReference: has(BACK_REFERENCE, t.text),
      instrument: instrument.length > 0 && !announced,
      instrumentIncome:
        !announced && financial.some((f) => instrument.some((i) => f.start <= i.end + 12 && f.end >= i.start - 12)),
      ip: has(IP_MENTION, t.text),
      self: SELF_REFERENCE.test(t.text),
      wordList: false,
      advantageTalk: ADVANTAGE_TALK.test(t.text),
      droppedSubjectWhy: droppedSubjectWhy && (links.mechanism?.length ?? 0) > 0,
      ipFunctionSubject: IP_FUNCTION_SUBJECT.test(t.text.trimStart()),
      oversightSubject: bodies.some((b) => b.start <= original.length - original.trimStart().length + 4),
      mechanismNamesRanking: mechanism.some((m) =>
        [...ranking, ...valuation].some(
          (r) =>
            r.start >= m.end &&
            r.start - m.end <= 12 &&
            !/[、。,，\s]|から|ため|により/u.test(original.slice(m.end, r.start)),
        ),
      ),
    },
  };
}
