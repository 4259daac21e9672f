import type { Bilingual, CriterionResult, EvidenceSpan, Language, Level } from '../lib/types';
import type { WorkSentence } from './judge-sentences';
import { CRITERIA_V2 } from './criteria-v2';
import type { Chain, LinkKind } from './types-v2';
import { SUBSTITUTION_ROLES } from './types-v2';

/**
 * A dated target: a year with まで / 目標 / "by", or a year in a sentence that says it aims (目標, 目指す, target). A year
 * with に alone is a date — 「2024年度に前年比12%の増収となりました」 is a result, 「2029年に満了」 an expiry.
 */
const YEAR_TARGET = /(?:20[2-5]\d|fy20[2-5]\d)年?度?(?:まで|の目標|目標)|by (?:fy)?20[2-5]\d/u;
const YEAR = /20[2-5]\d/u;
const AIM = /目標|目指|めざ|\btargets?\b|\baims?\b|\bgoal/u;
const datedTarget = (s: string): boolean => YEAR_TARGET.test(s) || (YEAR.test(s) && AIM.test(s));

function spansFrom(chains: readonly Chain[], kinds: readonly LinkKind[]): EvidenceSpan[] {
  const out: EvidenceSpan[] = [];
  for (const c of chains)
    for (const e of c.evidence) if (kinds.includes(e.link)) out.push({ start: e.start, end: e.end, text: e.text });
  return out;
}

function sentenceSpan(s: WorkSentence): EvidenceSpan {
  return { start: s.start, end: s.end, text: s.text };
}

/** The seven v2 criteria, read off the chains (best chain first) and the sentence roles. */
export function criteriaV2(
  sentences: readonly WorkSentence[],
  chains: readonly Chain[],
  substitutionShare: number,
  language: Language,
): CriterionResult[] {
  const distinct = sentences.filter((s) => !s.duplicate);
  const ranked = [...chains].sort((a, b) => b.score - a.score);
  const anyChain = (pred: (l: ReadonlySet<LinkKind>) => boolean): Chain[] =>
    ranked.filter((c) => pred(new Set(c.links)));
  const named = (l: ReadonlySet<LinkKind>): boolean => l.has('business') || l.has('asset');
  const value = (l: ReadonlySet<LinkKind>): boolean => l.has('customerValue') || l.has('financial');
  const anywhere = (pred: (s: WorkSentence) => boolean): WorkSentence[] => distinct.filter(pred);
  const results: [Level, EvidenceSpan[]][] = [];

  // L1 named business and asset
  {
    const both = anyChain((l) => l.has('business') && l.has('asset'));
    const one = anyChain(named);
    const mentioned = anywhere((s) => s.found.topics.length > 0);
    results.push(
      both.length > 0
        ? [3, spansFrom(both.slice(0, 1), ['business', 'asset'])]
        : one.length > 0
          ? [2, spansFrom(one.slice(0, 1), ['business', 'asset'])]
          : mentioned.length > 0
            ? [1, mentioned.slice(0, 2).map(sentenceSpan)]
            : [0, []],
    );
  }
  // L2 mechanism
  {
    const full = anyChain((l) => l.has('mechanism') && named(l) && value(l));
    // Level 2 says "for a named business or asset": a mechanism that only names its instrument (知財ミックス,
    // open/close, licensing) in a chain that names nothing stays at level 1, like advantage words with no object.
    const some = anyChain((l) => l.has('mechanism') && named(l));
    const unnamed = anyChain((l) => l.has('mechanism'));
    // Advantage words with no object (an unanchored mechanism in a chain, or 差別化 / "competitive advantage" alone).
    const words = anywhere(
      (s) =>
        s.found.flags.weakMechanism.length > 0 ||
        ranked.some((c) => c.unanchored.includes('mechanism') && c.unanchoredSentences.includes(s.index)),
    );
    results.push(
      full.length > 0
        ? [3, spansFrom(full.slice(0, 1), ['mechanism'])]
        : some.length > 0
          ? [2, spansFrom(some.slice(0, 1), ['mechanism'])]
          : unnamed.length > 0
            ? [1, spansFrom(unnamed.slice(0, 1), ['mechanism'])]
            : words.length > 0
              ? [1, words.slice(0, 2).map(sentenceSpan)]
              : [0, []],
    );
  }
  // L3 value
  {
    const full = anyChain((l) => value(l) && l.has('mechanism') && named(l));
    const some = anyChain((l) => value(l) && named(l));
    const words = anywhere(
      (s) => (s.found.links.customerValue?.length ?? 0) + (s.found.links.financial?.length ?? 0) > 0,
    );
    results.push(
      full.length > 0
        ? [3, spansFrom(full.slice(0, 1), ['customerValue', 'financial'])]
        : some.length > 0
          ? [2, spansFrom(some.slice(0, 1), ['customerValue', 'financial'])]
          : words.length > 0
            ? [1, words.slice(0, 2).map(sentenceSpan)]
            : [0, []],
    );
  }
  // L4 KPI tied to a claim
  {
    // An indicator is a figure or a date: the word "KPI" / 指標 alone (「KPIの設定を通じて」) measures nothing yet.
    const tied = anyChain((l) => l.has('kpi') && (l.has('mechanism') || value(l))).filter((c) =>
      c.evidence.some((e) => e.link === 'kpi' && /\d/u.test(e.text.normalize('NFKC'))),
    );
    const dated = tied.filter(
      (c) =>
        c.evidence.some((e) => e.link === 'kpi' && YEAR_TARGET.test(e.text.normalize('NFKC').toLowerCase())) ||
        c.sentences.some((i) => datedTarget(sentences[i]?.analysis ?? '')),
    );
    const counts = anywhere((s) => s.role === 'count');
    results.push(
      dated.length > 0
        ? [3, spansFrom(dated.slice(0, 1), ['kpi'])]
        : tied.length > 0
          ? [2, spansFrom(tied.slice(0, 1), ['kpi'])]
          : counts.length > 0
            ? [1, counts.slice(0, 2).map(sentenceSpan)]
            : [0, []],
    );
  }
  // L5 allocation
  {
    const inChain = anyChain((l) => l.has('allocation') && (named(l) || l.has('mechanism')));
    // The amount or share an allocation spends is said in its own sentence (累計600億円を投じ、そのうち120億円を…に配分):
    // it is no indicator of a claim (so no KPI link), but it is exactly what level 3 asks for.
    const ownAmount = (i: number): EvidenceSpan[] => {
      const s = sentences[i];
      if (!s || (s.found.links.allocation?.length ?? 0) === 0) return [];
      return s.found.flags.measure
        .filter((m) => /\d/u.test(m.key))
        .slice(0, 2)
        .map((m) => ({ start: s.start + m.start, end: s.start + m.end, text: s.text.slice(m.start, m.end) }));
    };
    const withAmount = inChain.filter(
      (c) => c.links.includes('kpi') || c.sentences.some((i) => ownAmount(i).length > 0),
    );
    // A stock phrase ("we will continue to invest in IP to enhance corporate value") is not even allocation words:
    // padding a text with it must not lift L5 (walk 13).
    const words = anywhere(
      (s) =>
        (s.found.links.allocation?.length ?? 0) > 0 && !(s.role === 'generic' && s.found.flags.boilerplate.length > 0),
    );
    // The amount shown is the one in the allocation's own sentence, not every figure of the chain.
    const allocationAmount = (c: Chain): EvidenceSpan[] => {
      const alloc = spansFrom([c], ['allocation']);
      const inSentence = (e: EvidenceSpan): boolean =>
        distinct.some(
          (s) => e.start >= s.start && e.end <= s.end && alloc.some((a) => a.start >= s.start && a.end <= s.end),
        );
      const all = [...alloc, ...spansFrom([c], ['kpi']).filter(inSentence), ...c.sentences.flatMap(ownAmount)];
      return all
        .filter((e, k) => all.findIndex((x) => x.start === e.start && x.end === e.end) === k)
        .sort((a, b) => a.start - b.start);
    };
    results.push(
      withAmount.length > 0
        ? [3, allocationAmount(withAmount[0] as Chain)]
        : inChain.length > 0
          ? [2, spansFrom(inChain.slice(0, 1), ['allocation'])]
          : words.length > 0
            ? [1, words.slice(0, 2).map(sentenceSpan)]
            : [0, []],
    );
  }
  // L6 oversight
  {
    const inStrategy = anyChain((l) => l.has('oversight') && (named(l) || l.has('mechanism') || value(l)));
    const some = anyChain((l) => l.has('oversight'));
    const generic = anywhere((s) => s.found.flags.genericOversight);
    results.push(
      inStrategy.length > 0
        ? [3, spansFrom(inStrategy.slice(0, 1), ['oversight'])]
        : some.length > 0
          ? [2, spansFrom(some.slice(0, 1), ['oversight'])]
          : generic.length > 0
            ? [1, generic.slice(0, 2).map(sentenceSpan)]
            : [0, []],
    );
  }
  // L7 substitution (3 = none)
  {
    const subst = anywhere((s) => SUBSTITUTION_ROLES.includes(s.role));
    const level: Level = subst.length === 0 ? 3 : substitutionShare <= 0.25 ? 2 : substitutionShare <= 0.6 ? 1 : 0;
    results.push([level, subst.slice(0, 5).map(sentenceSpan)]);
  }

  // A text with no claims and no substitution has nothing for L7 to judge: "no substitution" would be a ✓ for emptiness.
  const claims = chains.some((c) => c.links.length > 0);
  const substitutionFree = anywhere((s) => SUBSTITUTION_ROLES.includes(s.role)).length === 0;
  return CRITERIA_V2.map((meta, i) => {
    if (meta.id === 'L7' && !claims && substitutionFree) {
      return {
        id: meta.id,
        key: meta.key,
        name: meta.name,
        score: 0,
        level: NOTHING_TO_JUDGE.level,
        evidence: [],
        missing: NOTHING_TO_JUDGE.missing[language],
        missingText: NOTHING_TO_JUDGE.missing,
        notApplicable: true,
      };
    }
    const [score, evidence] = results[i] ?? [0, []];
    const unique = mergeTouching(
      [...new Map(evidence.map((e) => [`${e.start}:${e.end}`, e])).values()].sort((a, b) => a.start - b.start),
    );
    const base = { id: meta.id, key: meta.key, name: meta.name, score, level: meta.levels[score], evidence: unique };
    if (score === 3) return base;
    const missingText = meta.missing[score];
    return { ...base, missing: missingText[language], missingText };
  });
}

const NOTHING_TO_JUDGE: { level: Bilingual; missing: Bilingual } = {
  level: {
    ja: '判断対象なし（戦略の主張がありません）。',
    en: 'Nothing to judge (the text makes no strategy claims).',
  },
  missing: {
    ja: '戦略の主張がないため、件数や活動の記述がその代わりになっているかは判断できません。',
    en: 'The text makes no strategy claims, so there is nothing for counts or activities to stand in for.',
  },
};

/** Spans that touch or overlap are one phrase to the reader (他社が容易に模倣できない + 参入障壁): one span, one mark. */
function mergeTouching(spans: readonly EvidenceSpan[]): EvidenceSpan[] {
  const out: EvidenceSpan[] = [];
  for (const e of spans) {
    const last = out[out.length - 1];
    if (last && e.start <= last.end) {
      if (e.end > last.end)
        out[out.length - 1] = { start: last.start, end: e.end, text: last.text + e.text.slice(last.end - e.start) };
    } else out.push(e);
  }
  return out;
}
