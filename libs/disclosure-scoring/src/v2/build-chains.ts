import type { Bilingual } from '../lib/types';
import type { WorkSentence } from './judge-sentences';
import type { Chain, ChainBreak, LinkKind, LinkSpan } from './types-v2';
import { CONTENT_ROLES, LINK_ORDER } from './types-v2';
import { SECTOR } from './cues';

/** A chain in which no sentence speaks about the company itself (当社 / we / its names) keeps this share. */
export const IMPERSONAL_CHAIN_FACTOR = 1;

/** Links that need no anchor of their own: an indicator measures the claim beside it, oversight is about the strategy. */
const FREE_LINKS: ReadonlySet<LinkKind> = new Set<LinkKind>(['kpi', 'oversight']);

/**
 * Points of a set of links (0-100). Links only count together: a mechanism with nothing named earns half, a
 * value half unless an asset or a mechanism stands beside it (v2.10: a business and its sales are a profile, not
 * a story of how IP earns), a KPI only when there is a mechanism or value for it to measure.
 *
 * `loose` holds the kinds a window has only from unanchored sentences — mechanism, value or allocation words in a
 * sentence that names no specific business or asset and refers back to none (issue 18: "moat", 参入障壁, 価値創造,
 * 投資 about nothing in particular). They earn a token: vocabulary without an object is not a story.
 */
export function linkSetScore(links: ReadonlySet<LinkKind>, loose: ReadonlySet<LinkKind> = new Set()): number {
  const named = links.has('business') || links.has('asset');
  const mechanism = links.has('mechanism');
  const customer = links.has('customerValue');
  const financial = links.has('financial');
  let s = 0;
  if (named) s += links.has('business') && links.has('asset') ? 22 : 15;
  if (mechanism) s += named ? 24 : 12;
  else if (loose.has('mechanism')) s += LOOSE_MECHANISM;
  if (customer || financial) {
    const v = customer && financial ? 24 : 16;
    s += links.has('asset') || mechanism ? v : v / 2;
  } else if (loose.has('customerValue') || loose.has('financial')) s += LOOSE_VALUE;
  if (links.has('kpi') && (mechanism || customer || financial)) s += 10;
  if (links.has('allocation')) s += named || mechanism ? 10 : 5;
  else if (loose.has('allocation')) s += LOOSE_ALLOCATION;
  if (links.has('oversight')) s += 14;
  return Math.min(100, s);
}
/** What unanchored words earn (see linkSetScore). */
export const LOOSE_MECHANISM = 6;
export const LOOSE_VALUE = 4;
export const LOOSE_ALLOCATION = 3;

const BREAK_TEXT: Record<LinkKind, Bilingual> = {
  business: {
    ja: 'どの事業・製品・市場の話かが書かれていません。',
    en: 'It does not say which business, product or market this is about.',
  },
  asset: {
    ja: 'どの無形資産（技術・ブランド・データ・ノウハウ等）かが特定されていません。',
    en: 'The intangible (technology, brand, data, know-how …) is not named.',
  },
  mechanism: {
    ja: 'なぜ優位になるのか（独占・価格・切替コスト・ライセンス・秘匿など）の説明で途切れています。',
    en: 'Breaks at the mechanism: why the asset gives an advantage is not said.',
  },
  customerValue: {
    ja: '顧客が何を得るのかで途切れています。',
    en: 'Breaks at customer value: what customers get is not said.',
  },
  financial: {
    ja: '売上・利益率・シェア等のどの財務項目が動くのかで途切れています。',
    en: 'Breaks at the financial line: no sales, margin, share or price outcome.',
  },
  kpi: {
    ja: 'この仕組みや成果を測る指標（目標・実績）がありません。',
    en: 'No indicator (target or track record) measures this mechanism or outcome.',
  },
  allocation: {
    ja: '投資・人員をどこに配分するかが書かれていません。',
    en: 'Where investment or people go is not said.',
  },
  oversight: {
    ja: '誰がどのように監督・決定するかが書かれていません。',
    en: 'Who oversees or decides, and how, is not said.',
  },
};

const UNANCHORED_TEXT: Bilingual = {
  ja: '仕組み・価値・投資の言葉はありますが、特定の事業・製品・資産に結び付いていません。',
  en: 'Mechanism, value or investment words are there, but tied to no specific business, product or asset.',
};

/** How a chain that runs to the end of the text ends its break text (a page may present that chain differently). */
export const END_OF_TEXT: Bilingual = { ja: '文章の終わりまで続いています。', en: 'Runs to the end of the text.' };

const END_TEXT: Record<ChainBreak['endReason'], Bilingual> = {
  'end-of-text': END_OF_TEXT,
  gap: {
    ja: '次の関連する記述との間に、つながらない文が挟まっています。',
    en: 'Unrelated sentences separate it from the next claim.',
  },
  'new-topic': {
    ja: '次の段落は別の話題で、つながりが示されていません。',
    en: 'The next paragraph changes topic without saying how it connects.',
  },
  'other-business': { ja: '次の文は別の事業についての記述です。', en: 'The next sentence is about another business.' },
};

function overlaps(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a)
    for (const y of b) if (x === y || (x.length >= 2 && y.length >= 2 && (x.includes(y) || y.includes(x)))) return true;
  return false;
}

/**
 * The businesses and products a sentence names that can start another story: a business unit (Ｘ事業, "the X
 * segment") or a product, not a sector or a market (製薬, 創薬, 医薬品, 新興国向け, "the semiconductor market"): a pharma
 * text that says 製薬 and then 創薬 has not changed business (walk 10).
 */
function businessKeys(s: WorkSentence): string[] {
  return (s.found.links.business ?? [])
    .filter((c) => {
      const words = s.text.slice(c.start, c.end).toLowerCase();
      return !SECTOR_ONLY.test(words) && !MARKET_WORD.test(words);
    })
    .map((c) => c.key);
}
const MARKET_WORD = /(?:向け|市場|分野|領域|用途|業界|markets?|industry|industries|sectors?)$/u;
/** A sector noun standing alone (SECTOR in cues/named-business-cues.ts matched the whole span). */
const SECTOR_ONLY = new RegExp(`^(?:${SECTOR.source})$`, 'u');

/** The first link of the canonical order that a chain lacks (the place it breaks). */
function firstMissing(links: ReadonlySet<LinkKind>): LinkKind | null {
  const named = links.has('business') || links.has('asset');
  if (!named) return links.has('business') ? 'asset' : 'business';
  if (!links.has('mechanism')) return 'mechanism';
  if (!links.has('customerValue') && !links.has('financial')) return 'financial';
  for (const k of LINK_ORDER)
    if (!links.has(k) && k !== 'business' && k !== 'asset' && k !== 'customerValue' && k !== 'financial') return k;
  return null;
}

/**
 * A chain scores the links told together in a sentence and its neighbours: at most this many consecutive
 * sentences of the chain. A long run of loosely adjacent sentences no longer adds up a story that no
 * passage of it tells (issue 18: links credited only in the same or adjacent sentences).
 */
export const CHAIN_WINDOW = 3;

/** Best score of the links told together in at most CHAIN_WINDOW consecutive sentences of a chain. */
function windowScore(sentences: readonly Anchored[]): number {
  let best = 0;
  for (let i = 0; i < sentences.length; i++) {
    const links = new Set<LinkKind>();
    const loose = new Set<LinkKind>();
    for (let j = i; j < Math.min(sentences.length, i + CHAIN_WINDOW); j++) {
      const a = sentences[j];
      if (a) sortLinks(a, links, loose);
    }
    best = Math.max(best, linkSetScore(links, loose));
  }
  return best;
}

/** A chain's sentence and which of its links are about something specific. */
interface Anchored {
  readonly s: WorkSentence;
  /** Link kinds of the sentence that count in full (see anchoredKinds). */
  readonly kinds: ReadonlySet<LinkKind>;
}

function sortLinks(a: Anchored, links: Set<LinkKind>, loose: Set<LinkKind>): void {
  for (const k of a.s.chainLinks) {
    if (a.kinds.has(k) || FREE_LINKS.has(k)) links.add(k);
    // A why-clause whose subject was dropped is about the thing named before it or about nothing: no token.
    else if (!(k === 'mechanism' && a.s.found.flags.droppedSubjectWhy)) loose.add(k);
  }
}

/** A sentence names something specific itself: a business, product or asset (not 知財, "our technology"). */
function namesSomething(s: WorkSentence): boolean {
  const L = s.found.links;
  return (L.business?.length ?? 0) > 0 || (L.asset?.length ?? 0) > 0;
}

const ALL_LINKS: ReadonlySet<LinkKind> = new Set(LINK_ORDER);
const INSTRUMENT_LINKS: ReadonlySet<LinkKind> = new Set<LinkKind>(['mechanism']);
const INSTRUMENT_INCOME_LINKS: ReadonlySet<LinkKind> = new Set<LinkKind>(['mechanism', 'financial']);
const NO_LINKS: ReadonlySet<LinkKind> = new Set<LinkKind>();

/**
 * Which link kinds of each sentence count in full. A sentence that names a business, product or asset, or refers
 * back to one explicitly (この技術, 同ブランド, これにより, "this platform") right after a sentence that does —
 * whatever that sentence's role (a count can name the product the next sentence's sales are about) — counts in
 * full. A mechanism that names its own instrument (licensing, royalties, a secret kept instead of a patent, an IP
 * mix) counts by itself — unless the sentence wraps it in the rubric's advantage words (…により競争優位を確保, v2.11) —
 * with the income it earns ("royalty revenue"), but lends nothing to the advantage, value or
 * investment words around it and anchors no later sentence: 「知財ミックスとオープン・クローズ戦略で参入障壁を築き」
 * stays vocabulary. Boilerplate is skipped as elsewhere.
 */
function anchoredKinds(distinct: readonly WorkSentence[]): Map<number, ReadonlySet<LinkKind>> {
  const out = new Map<number, ReadonlySet<LinkKind>>();
  let previous = false;
  let previousNames: WorkSentence | null = null;
  let mentions: string[] = [];
  for (const s of distinct) {
    if (isBoilerplate(s)) continue;
    const refersBack =
      s.found.flags.backReference ||
      s.continuation ||
      mentions.some((m) => s.analysis.includes(m)) ||
      zeroAnaphora(s, previousNames);
    // A reason told with its subject dropped (…ため、売上が…; その結果、…) is about the sentence right before it, and
    // only when that one names the thing: through a stock phrase or a sentence about something else it says no
    // more than that some result followed (walk 14: 「その結果、…予定通りの収益で着地」 after a sentence on pandemic measures).
    const why = s.found.flags.droppedSubjectWhy && !namesSomething(s);
    // "Right before" among the sentences read here: a stock phrase or a repeat in between neither connects nor
    // separates (v2.52: a repeated 「…経営資源と認識しております」 between a named product and its ROIC target had left the
    // target loose, and the whole-text reading, which skips loose claims, rose).
    const strictlyAfterNamed = previousNames !== null && previousNames.paragraph === s.paragraph;
    const named: boolean = why ? strictlyAfterNamed : namesSomething(s) || (refersBack && previous);
    const F = s.found.flags;
    out.set(
      s.index,
      named
        ? ALL_LINKS
        : F.instrument && !F.advantageTalk
          ? F.instrumentIncome
            ? INSTRUMENT_INCOME_LINKS
            : INSTRUMENT_LINKS
          : NO_LINKS,
    );
    previous = named;
    previousNames = namesSomething(s) ? s : null;
    mentions = named ? [...s.found.topics.flatMap(mentionForms), ...(namesSomething(s) ? [] : mentions)] : [];
  }
  return out;
}

/**
 * Japanese drops the subject it has just named (zero anaphora): 「発酵乳「Ｘ」は…菌株から選抜しています。同じ風味の商品は
 * 菌株がなければ作れず、…」 — the second sentence is about Ｘ without saying この. It counts as referring back only
 * right after a sentence that itself names the thing, in the same paragraph: it does not carry on through a run of
 * vocabulary, and a sentence after a heading or a paragraph break is about whatever it names.
 */
function zeroAnaphora(s: WorkSentence, previousNames: WorkSentence | null): boolean {
  return (
    previousNames !== null &&
    previousNames.paragraph === s.paragraph &&
    (JAPANESE.test(s.analysis) || s.found.flags.self)
  );
}
const JAPANESE = /[\u3040-\u30ff]/u;

/**
 * How a thing named in one sentence is named again in the next: the whole name, or its last katakana word or Latin
 * word (交換用カートリッジ → カートリッジ, "sensor cartridges" → "cartridges"). Naming it again is a reference back.
 */
function mentionForms(key: string): string[] {
  const out = key.length >= 2 ? [key] : [];
  const kana = /[\p{Script=Katakana}ー]{3,}$/u.exec(key)?.[0];
  if (kana && kana !== key) out.push(kana);
  const word = /[a-z][a-z-]{3,}$/u.exec(key)?.[0];
  if (word && word !== key) out.push(word);
  return out;
}

/** A back reference to the business just told about (この事業, 本事業, 同事業, "this business"). */
const SAME_BUSINESS = /(?:この|その|本|同|当該)(?:事業|セグメント)|\b(?:this|that|the same) (?:business|segment)\b/u;

interface Building {
  sentences: Anchored[];
  topics: string[];
  business: string[];
  lastDistinct: number;
  paragraph: number;
}

/** A stock phrase (GGL-style boilerplate cue) that lends the story nothing. */
function isBoilerplate(s: WorkSentence): boolean {
  return (s.role === 'generic' || s.role === 'risk') && s.found.flags.boilerplate.length > 0;
}

/**
 * Connects content sentences that are adjacent (at most one unrelated sentence between, boilerplate not counted) and about the same
 * business. A new paragraph continues a chain only when it names the same business/asset or opens with a
 * connector (これにより / as a result …). Nothing is borrowed from far away in the text.
 */
export function buildChains(sentences: readonly WorkSentence[]): Chain[] {
  const distinct = sentences.filter((s) => !s.duplicate);
  // Boilerplate neither connects nor separates: positions skip it, so padding a text with stock phrases never
  // re-partitions its story (issue 18: inserting 「当社は、知的財産を重要な経営資源と認識しております。」 used to
  // break one chain and let a floating indicator join a better one).
  const order = new Map(distinct.filter((s) => !isBoilerplate(s)).map((s, i) => [s.index, i]));
  const anchored = anchoredKinds(distinct);
  const chains: Chain[] = [];
  let cur: Building | null = null;
  const close = (reason: ChainBreak['endReason']): void => {
    if (!cur) return;
    const members = cur.sentences;
    // A title alone tells nothing: 「化学品事業への知的財産投資」 over a list of patent counts had been a chain "about
    // 化学品" (investor walk, v2.48). A title still opens the chain of the sentences that follow it, and a short line
    // that says why or what it brings (a sentence whose stop was lost) is kept.
    if (members.every((a) => a.s.heading && a.s.role === 'subject')) {
      cur = null;
      return;
    }
    const links = new Set<LinkKind>();
    const loose = new Set<LinkKind>();
    for (const a of members) sortLinks(a, links, loose);
    const unanchored = LINK_ORDER.filter((k) => loose.has(k) && !links.has(k));
    const evidence: LinkSpan[] = members.flatMap((a) => a.s.spans);
    const missing = firstMissing(links);
    const first = members[0]?.s;
    const last = members[members.length - 1]?.s;
    const breakText: Bilingual = missing
      ? {
          ja: `${BREAK_TEXT[missing].ja}${unanchored.length > 0 ? UNANCHORED_TEXT.ja : ''}${END_TEXT[reason].ja}`,
          en: `${BREAK_TEXT[missing].en}${unanchored.length > 0 ? ` ${UNANCHORED_TEXT.en}` : ''} ${END_TEXT[reason].en}`,
        }
      : END_TEXT[reason];
    chains.push({
      index: chains.length,
      sentences: members.map((a) => a.s.index),
      start: first?.start ?? 0,
      end: last?.end ?? 0,
      topics: [...new Set(cur.topics)].slice(0, 8),
      links: LINK_ORDER.filter((k) => links.has(k)),
      unanchored,
      unanchoredSentences: members
        .filter((a) => a.s.chainLinks.some((k) => !FREE_LINKS.has(k) && !a.kinds.has(k)))
        .map((a) => a.s.index),
      evidence,
      score: Math.round(
        windowScore(members) * (members.some((a) => a.s.found.flags.self) ? 1 : IMPERSONAL_CHAIN_FACTOR),
      ),
      selfReferenced: members.some((a) => a.s.found.flags.self),
      breaks: { missing, endReason: reason, text: breakText },
    });
    cur = null;
  };
  for (const s of distinct) {
    if (!CONTENT_ROLES.includes(s.role) || s.chainLinks.length === 0) continue;
    const pos = order.get(s.index) ?? 0;
    const biz = businessKeys(s);
    if (cur) {
      const c: Building = cur;
      const gap = pos - c.lastDistinct - 1;
      // 「この事業」 / "this business" points back at the business the chain is about, whatever else it names
      // (「当社はこの事業の重要指標として…特許カバー製品比率」 is still the same story; UI review, v2.47).
      const otherBusiness =
        biz.length > 0 &&
        c.business.length > 0 &&
        !overlaps(biz, c.business) &&
        !s.continuation &&
        !SAME_BUSINESS.test(s.analysis);
      const newTopic = s.paragraph !== c.paragraph && !overlaps(s.found.topics, c.topics) && !s.continuation;
      if (gap > 1) close('gap');
      else if (otherBusiness) close('other-business');
      else if (newTopic) close('new-topic');
    }
    if (!cur) cur = { sentences: [], topics: [], business: [], lastDistinct: pos, paragraph: s.paragraph };
    const c: Building = cur;
    c.sentences.push({ s, kinds: anchored.get(s.index) ?? NO_LINKS });
    c.topics.push(...s.found.topics);
    c.business.push(...biz);
    c.lastDistinct = pos;
    c.paragraph = s.paragraph;
  }
  close('end-of-text');
  return chains;
}
