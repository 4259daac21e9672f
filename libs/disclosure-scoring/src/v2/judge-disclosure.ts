import { DisclosureInputError } from '../lib/errors';
import { detectLanguage } from '../lib/text/language';
import type { Bilingual, Language } from '../lib/types';
import { VCG_HEADINGS } from '../rubric/vcg-headings';
import { IMPERSONAL_CHAIN_FACTOR, buildChains, linkSetScore } from './build-chains';
import {
  learnedNames,
  linkLikeness,
  passageGrams,
  passageLikeness,
  type LinkLikenessModel,
} from './learned/link-likeness';
import { LINK_LIKENESS_MODEL } from './learned/link-likeness-model';
import { calibrationFor, bandFor } from './calibration';
import { companyNameList } from './company-names';
import { criteriaV2 } from './criteria-results';
import { CRITERIA_V2, RUBRIC_VERSION_V2 } from './criteria-v2';
import { cgFloorCheck } from './cg-floor-check';
import { INDUSTRY_WIDE } from './cues/register-cues';
import { judgeSentences, type WorkSentence } from './judge-sentences';
import { vocabularyCoverage } from './vocabulary-coverage';
import type {
  Chain,
  DisclosureJudgement,
  DocumentType,
  JudgeOptions,
  JudgedSentence,
  LinkKind,
  SubstitutionFinding,
} from './types-v2';
import { CONTENT_ROLES, SUBSTITUTION_ROLES } from './types-v2';

export const DOCUMENT_TYPES: readonly DocumentType[] = [
  'cg_report',
  'integrated_report',
  'securities_report',
  'ip_report',
  'other',
];

/** Weight of links found in other chains of the text (beyond the best chain): a story told in one place counts most. */
export const OTHER_CHAINS_WEIGHT = 0.2;
/**
 * Points for how much of the text makes claims about named things (stats.claimShare): a text whose every sentence
 * builds its story scores up to this much above one that tells the same chain among mission statements, history and
 * filler — the rubric's "most of it could be pasted into any report" (v2.41, chosen on the analysts' sets 13–68:
 * mean Spearman with both analysts 0.603 → 0.611, nine of thirteen held-out sets up and one down; development split
 * 0.739 → 0.735). A share, not a count: more sentences never add to it, padding and repeats never raise it.
 */
export const CLAIM_SHARE_WEIGHT = 10;
/**
 * Points for each of the two learned link-likenesses (learned/link-likeness.ts, 0..1): how much the text's best
 * sentence reads like the analysts' "why it wins" and "what it brings", in words the lexicon may have no cue for
 * (v2.44). Added only to a text that tells a chain with a link about something specific, then the sum is scaled back
 * to 0-100 (LEARNED_SCALE).
 * The weight was chosen by cross-validation over the analysts' sets 13-74 (five folds by set: within-set Spearman with
 * both analysts 0.585 -> 0.622 at 40, 0.659 at 160; 40 keeps the rules' chains the larger part of the score). On the
 * round collected after it was first committed (87-92): pooled AUC 0.853 -> 0.897, length-partialled 0.491 -> 0.556,
 * within a set 0.571 -> 0.559 (docs/disclosure-scoring.md, "Eighteenth session").
 */
export const LEARNED_LINK_WEIGHT = 40;
/** Rules (up to 100 + CLAIM_SHARE_WEIGHT) plus both learned terms, brought back to a 0-100 scale. */
export const LEARNED_SCALE = 1 + (2 * LEARNED_LINK_WEIGHT) / 100;
/**
 * Share of the score that comes from reading the text whole (learned/link-likeness.ts passageLikeness: how much the
 * sentences (passageSentences), read together, read like passages two analysts rated at least medium and strong; 50 points each),
 * beside the rules and the two learned links (v2.51). Learned on every analysts' set, 13-171 since v2.55 (the links on
 * 13-74); the calibration scores each of its texts (75-171) with a reading retrained without that text's block of sets
 * (v2.51 on 111-147, which a reading trained on 13-110 never saw: AUC 0.828 -> 0.838, length-partialled 0.511 ->
 * 0.535, Japanese AUC 0.802 -> 0.821, within a set 0.470 -> 0.502; see docs/disclosure-scoring.md, "Twenty-second
 * session" and "Twenty-third session"). 0.4 keeps the rules the larger part (0.5 did no better in v2.49). Only a text
 * that tells a chain gets it: no story, no score.
 */
export const PASSAGE_READING_SHARE = 0.4;
/** Distinct n-grams the whole-text reading must have read to take its full share (see passageShare). */
export const PASSAGE_FULL_READ = 300;

/**
 * The sentences the learned links read (and whose n-grams set the whole-text reading's share; that reading itself reads
 * passageSentences since v2.52): those of chains that tell a link about something specific, once. Padding,
 * headings and filler outside the story lend them nothing, and neither does strategy vocabulary about nothing named —
 * not even inside such a chain (v2.45: a chain anchored by a KPI had lent its words-only sentences to the reading) —
 * nor a title that names a business (investor walk, v2.48). Counts, activity and risk are the rules' substitution
 * deduction (v2.49: reading every sentence in the whole-text reading let a padded risk line raise a score; reading
 * every claim, words-only ones too, gained AUC 0.856 -> 0.869 on sets 75-128 but let a hollow chain lend its words).
 */
export function storySentences(work: readonly WorkSentence[], chains: readonly Chain[]): WorkSentence[] {
  const chainOf = new Map<number, number>();
  for (const c of chains) for (const i of c.sentences) chainOf.set(i, c.index);
  const loose = new Set(chains.flatMap((c) => c.unanchoredSentences));
  const anchored = new Set(chains.filter((c) => c.links.length > 0).map((c) => c.index));
  return work.filter(
    (s) =>
      !s.duplicate &&
      anchored.has(chainOf.get(s.index) ?? -1) &&
      !loose.has(s.index) &&
      !(s.heading && s.role === 'subject'),
  );
}

/**
 * The sentences the whole-text reading reads (v2.52): every sentence once, except what padding is made of — general
 * sentences (「知的財産を重要な経営資源と認識しております」), risk lines, counts and activity — claim words about nothing
 * named (a hollow chain lends no words, v2.49) and a title that only names a business (v2.48). Unlike the links'
 * reading it also reads what lies outside the chains, such as the products a text names (leave-one-block-out over
 * sets 13-152: within a set of ten 0.565 -> 0.590 beside storySentences). Counts and activity were read in v2.52-v2.54
 * so the analysts' labels could weigh them, and some learned weights raised a score for them: 24 invented count lines
 * appended to the 1,550 analysts' passages raised v2.54 in 1,357 of 19,728 trials (most by 1-6 points). Since v2.55
 * they are left out and only the rules' substitution deduction weighs them (none of the 19,728 raises a score when
 * appended as its own paragraph; leave-one-block-out over 13-165 the reading costs AUC 0.876 -> 0.870, length-
 * partialled 0.602 -> 0.590; see docs/disclosure-scoring.md, "Twenty-fifth session").
 */
export function passageSentences(work: readonly WorkSentence[], chains: readonly Chain[]): WorkSentence[] {
  const loose = new Set(chains.flatMap((c) => c.unanchoredSentences));
  return work.filter(
    (s) =>
      !s.duplicate &&
      s.role !== 'generic' &&
      s.role !== 'risk' &&
      s.role !== 'count' &&
      s.role !== 'activity' &&
      !loose.has(s.index) &&
      !(s.heading && s.role === 'subject'),
  );
}

/** Substitution below this share of claim sentences is support and costs nothing. */
export const SUBSTITUTION_FREE_SHARE = 0.15;
/** Text made only of substitution keeps at most this share of its chain score. */
export const SUBSTITUTION_FLOOR = 0.4;

export function substitutionFactor(share: number): number {
  if (share <= SUBSTITUTION_FREE_SHARE) return 1;
  return 1 - ((1 - SUBSTITUTION_FLOOR) * (share - SUBSTITUTION_FREE_SHARE)) / (1 - SUBSTITUTION_FREE_SHARE);
}

function scoreOf(chains: readonly Chain[]): number {
  if (chains.length === 0) return 0;
  const best = Math.max(...chains.map((c) => c.score));
  const factor = chains.some((c) => c.selfReferenced) ? 1 : IMPERSONAL_CHAIN_FACTOR;
  const anchored = new Set<LinkKind>(chains.flatMap((c) => c.links));
  const loose = new Set<LinkKind>(chains.flatMap((c) => c.unanchored).filter((k) => !anchored.has(k)));
  const union = linkSetScore(anchored, loose) * factor;
  return best + OTHER_CHAINS_WEIGHT * Math.max(0, union - best);
}

/** Why a content sentence whose words are about nothing specific earns only a token. */
const UNANCHORED_REASON: Bilingual = {
  ja: '仕組み・価値・投資の言葉はありますが、特定の事業・製品・資産を名指ししておらず、前の文も指していません（評価はわずかです）。',
  en: 'Mechanism, value or investment words, but no specific business, product or asset is named or referred back to (earns little).',
};

/** Why a reason told with its subject dropped, after a sentence that names nothing, is not counted. */
const UNANCHORED_WHY_REASON: Bilingual = {
  ja: '理由と成果を述べていますが、主語が省かれ、直前の文も特定の事業・製品・資産を名指ししていないため、何の理由か分からず数えていません（成果の言葉の評価はわずかです）。',
  en: 'States a reason and a result, but its subject is left out and the sentence before names no specific business, product or asset, so the reason is not counted (the outcome words earn little).',
};

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * v2 judgement of an IP / intangibles disclosure: how completely and connectedly it links named businesses
 * and assets to a mechanism of advantage, to customer value and financial outcomes, to indicators, allocation
 * and oversight — minus substitution. Deterministic and offline. Throws DisclosureInputError on empty text.
 */
/**
 * `model` is the learned readings' weights: the shipped ones, or (eval/analyst-calibration.ts only) one whose
 * whole-text reading was trained without the text being calibrated.
 */
export function judgeDisclosure(
  text: string,
  options: JudgeOptions = {},
  model: LinkLikenessModel = LINK_LIKENESS_MODEL,
): DisclosureJudgement {
  if (typeof text !== 'string' || text.trim().length === 0) {
    throw new DisclosureInputError('EMPTY_TEXT', 'The text to score is empty.');
  }
  if (options.language !== undefined && options.language !== 'ja' && options.language !== 'en') {
    throw new DisclosureInputError('INVALID_LANGUAGE', `Unsupported language: ${String(options.language)}`);
  }
  if (options.documentType !== undefined && !DOCUMENT_TYPES.includes(options.documentType)) {
    throw new DisclosureInputError(
      'INVALID_DOCUMENT_TYPE',
      `Unsupported document type: ${String(options.documentType)}`,
    );
  }
  const names = companyNameList(text, options.companyNames);
  const language: Language = options.language ?? detectLanguage(stripNames(text, names));
  const work = judgeSentences(text, names, language);
  const chains = buildChains(work);
  const chainOf = new Map<number, number>();
  for (const c of chains) for (const i of c.sentences) chainOf.set(i, c.index);

  const distinct = work.filter((s) => !s.duplicate);
  const content = distinct.filter((s) => CONTENT_ROLES.includes(s.role) && s.chainLinks.length > 0);
  const subst = distinct.filter((s) => SUBSTITUTION_ROLES.includes(s.role));
  // Weighed against how much of a story the text tells (kinds of links across its chains), not against a count
  // of sentences or chains: restating or splitting a claim never dilutes substitution.
  const storyLinks = new Set(chains.flatMap((c) => c.links)).size;
  const share = subst.length + storyLinks === 0 ? 0 : subst.length / (subst.length + storyLinks);
  // Counts and activity beside a story told whole (every link from the business to oversight) stand in for nothing:
  // a full report adds its statistics without losing credit for the strategy (UI review, v2.47).
  const complete = chains.some((c) => c.breaks.missing === null);
  const factor = complete ? 1 : substitutionFactor(share);
  // Claims: content sentences in a chain with anchored links, themselves anchored; against every distinct sentence
  // but headings (a securities report's section titles are layout, not filler).
  const body = distinct.filter((s) => !((s.heading || s.footnote) && s.role === 'generic'));
  const looseSentences = new Set(chains.flatMap((c) => c.unanchoredSentences));
  const anchoredChain = new Set(chains.filter((c) => c.links.length > 0).map((c) => c.index));
  const claims = content.filter((s) => !looseSentences.has(s.index) && anchoredChain.has(chainOf.get(s.index) ?? -1));
  const claimShare = body.length === 0 ? 0 : claims.length / body.length;
  // Only a text that tells some chain earns it: claims about nothing named are not a story.
  const chainScore = scoreOf(chains);
  const raw = chainScore <= 0 ? 0 : chainScore + CLAIM_SHARE_WEIGHT * claimShare;
  const story = storySentences(work, chains);
  // The link reading's sentence is the company's own: not a sentence about the industry at large (「業界各社は…」,
  // "we and other companies in the industry…", v2.49).
  const learned = linkLikeness(
    story.filter((s) => !INDUSTRY_WIDE.test(s.analysis)),
    learnedNames(options.companyNames ?? [], names),
    model,
  );
  const learnedPoints =
    chainScore <= 0 || anchoredChain.size === 0
      ? 0
      : LEARNED_LINK_WEIGHT * (learned.mechanism.probability + learned.value.probability);
  const ruled = (raw * factor + learnedPoints) / LEARNED_SCALE;
  const readNames = learnedNames(options.companyNames ?? [], names);
  const passage = passageLikeness(passageSentences(work, chains), readNames, model);
  // A reading of a sentence or two says little (the analysts rated passages of 300-2,500 characters): its share grows
  // with the n-grams of the story it read, full from PASSAGE_FULL_READ (v2.51; on sets 111-147 within a set 0.508 ->
  // 0.502 at 300, 0.493 at 600; our invented one-sentence English strong cases had fallen to C without it). The
  // story's, not all it read: a page of patent counts appended must not make the reading weigh more (v2.52).
  const passageShare =
    chainScore <= 0 || anchoredChain.size === 0
      ? 0
      : PASSAGE_READING_SHARE * Math.min(1, passageGrams(story, readNames).length / PASSAGE_FULL_READ);
  const passagePoints = 50 * (passage.medium + passage.strong) * passageShare;
  const overall = Math.max(
    0,
    Math.min(100, Math.round(chainScore <= 0 ? 0 : ruled * (1 - passageShare) + passagePoints)),
  );

  const findings: SubstitutionFinding[] = subst.map((s) => {
    const near = work.some((o) => !o.duplicate && chainOf.has(o.index) && Math.abs(o.index - s.index) <= 1);
    return {
      role: s.role as SubstitutionFinding['role'],
      sentence: s.index,
      span: { start: s.start, end: s.end, text: s.text },
      standsIn: !near,
    };
  });

  const loose = new Set(chains.flatMap((c) => c.unanchoredSentences));
  const sentences: JudgedSentence[] = work.map((s) => ({
    index: s.index,
    start: s.start,
    end: s.end,
    paragraph: s.paragraph,
    role: s.role,
    intention: s.found.flags.intention,
    unanchored: loose.has(s.index),
    reason: loose.has(s.index)
      ? s.found.flags.droppedSubjectWhy
        ? UNANCHORED_WHY_REASON
        : UNANCHORED_REASON
      : s.reason,
    spans: s.spans,
    roleSpans: s.roleSpans,
    chain: chainOf.get(s.index) ?? null,
    kind: s.duplicate
      ? 'duplicate'
      : (s.heading || s.footnote) && s.role === 'generic'
        ? 'heading'
        : CONTENT_ROLES.includes(s.role)
          ? 'substantive'
          : 'generic',
    futureOnly: s.found.flags.intention && s.chainLinks.length === 0,
  }));

  const criteria = criteriaV2(work, chains, share, language);
  const suggestions = criteria
    .filter((c) => c.score < 3)
    .map((c) => {
      const meta = CRITERIA_V2.find((m) => m.id === c.id);
      const heading = VCG_HEADINGS.find((h) => h.id === meta?.vcgHeading);
      if (!meta || !heading) throw new Error(`No rubric entry for ${c.id}`);
      return { criterionId: c.id, vcgHeading: heading, text: meta.suggestion };
    });

  const documentType = options.documentType ?? null;
  const floor = documentType === 'cg_report' ? cgFloorCheck(work) : null;
  const generic = distinct.filter((s) => s.role === 'generic');
  const summary: Bilingual = substitutionSummary(findings, share);
  return {
    rubricVersion: RUBRIC_VERSION_V2,
    scorerVersion: 'v2',
    language,
    documentType,
    overall,
    grade: bandFor(overall).grade,
    class: floor?.class ?? null,
    classReason: floor?.reason ?? null,
    cgFloorCheck: floor,
    criteria,
    suggestions,
    sentences,
    chains,
    substitution: { findings, share: round3(share), factor: round3(factor), summary },
    calibration: calibrationFor(overall),
    coverage: vocabularyCoverage(text),
    companyNames: names,
    boilerplate: {
      genericShare: distinct.length === 0 ? 0 : round3(generic.length / distinct.length),
      factor: round3(factor),
      genericSentences: generic.map((s) => ({ start: s.start, end: s.end, text: s.text })),
      duplicateSentences: work.filter((s) => s.duplicate).map((s) => ({ start: s.start, end: s.end, text: s.text })),
    },
    learned: {
      mechanism: learned.mechanism,
      value: learned.value,
      points: Math.round(learnedPoints * 10) / 10,
      scale: LEARNED_SCALE,
      passage: {
        medium: passage.medium,
        strong: passage.strong,
        points: Math.round(passagePoints * 10) / 10,
        share: Math.round(passageShare * 1000) / 1000,
        before: Math.round(ruled * 10) / 10,
      },
    },
    stats: {
      characters: text.length,
      sentences: work.length,
      distinctSentences: distinct.length,
      substantiveSentences: content.length,
      claimShare: round3(claimShare),
    },
  };
}

function stripNames(text: string, names: readonly string[]): string {
  let t = text.normalize('NFKC').toLowerCase().replace(/当社/g, '');
  for (const n of names) t = t.split(n).join('');
  return t.trim().length > 0 ? t : text;
}

function substitutionSummary(findings: readonly SubstitutionFinding[], share: number): Bilingual {
  const standing = findings.filter((f) => f.standsIn).length;
  if (findings.length === 0)
    return {
      ja: '活動報告・件数・リスク定型文の代替記述はありません。',
      en: 'No activity reports, counts or risk boilerplate found.',
    };
  const pct = Math.round(share * 100);
  return {
    ja: `代替記述の比率は${pct}%（活動・件数・順位・リスク等の文数と、連鎖が示すつながりの種類数との比）で、そのうち${standing}文は戦略の主張から離れて単独で置かれています。`,
    en: `Substitution share ${pct}% (activity, count, ranking or risk sentences against the kinds of links the chains build); ${standing} of them stand alone, away from any strategy claim.`,
  };
}
