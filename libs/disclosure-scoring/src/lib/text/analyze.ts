import {
  ANY_YEAR,
  CURRENCY_PREFIX,
  GENERIC_PHRASE,
  GOV_SPECIFIC,
  INTANGIBLE_TERM,
  IP_TERM,
  METRIC_NOUN,
  QUANTITY,
} from '../lexicon';
import type { Language } from '../types';
import { findAnchors } from './anchors';
import { detectLanguage } from './language';
import { dedupeKey, normalizeForMatching } from './normalize';
import { segmentSentences } from './segment';

export type SentenceKind = 'substantive' | 'generic' | 'heading' | 'duplicate';

export interface AnalyzedSentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly norm: string;
  readonly kind: SentenceKind;
  /** Index among distinct sentences (kind !== 'duplicate'); -1 for duplicates. */
  readonly order: number;
  readonly ip: boolean;
  readonly intangible: boolean;
  /** Mentions IP itself, or follows a sentence/heading that does (same topic). */
  readonly ipContext: boolean;
  readonly intangibleContext: boolean;
  readonly quantity: boolean;
  readonly year: boolean;
  readonly names: readonly string[];
  readonly namedBusiness: boolean;
  readonly market: boolean;
  readonly specificBody: boolean;
  readonly concreteAction: boolean;
  readonly futureOnly: boolean;
  readonly claim: boolean;
}

/** Forms that state a present or past fact (something was done / is in place), not an intention. */
const JA_CONCRETE = new RegExp(
  '(?:設置|導入|開催|実施|策定|取得|構築|設立|開始|締結|買収|出資|発売|上市|開発|運用|展開|制定|選任|任命|参画|登録|獲得|達成|受賞|' +
    '報告|議論|審議|分析|評価|採用|提供|供与|許諾|出願|保有|創出|実現|確立|整備|配置|拡大|増加|減少|向上|移行|稼働|公表|開示|発行|' +
    '締結|提携|連携|協業|参加|加盟|認定|選定|承認|決定|設け|行っ|行い|行われ|定め|進め|秘匿|権利化|標準化|開放|蓄積|保持|投じ|投入|配分)' +
    '(?:し(?:て|た|まし|ており|ています|ている|、)|すること(?:で|により)|され|され|を(?:行|実施)|中|済|いたし|いた|ており|ています|ました|た|ている)',
);
const EN_PRACTICE =
  /\bwe (?:(?:also|regularly|periodically|annually|currently) )?(?:use|hold|conduct|analy[sz]e|file|operate|own|review|monitor|assess|run|employ|license|check|apply|evaluate|investigate|visuali[sz]e)\b/;
const EN_CONCRETE =
  /\b(?:established|launched|introduced|held|hold|holds|acquired|signed|set up|created|formed|obtained|filed|granted|achieved|reached|increased|reduced|invested|allocated|appointed|conducted|implemented|developed|built|started|began|completed|generated|recorded|ranked|owns?|operates?|licensed|licenses|holds|reports?|reported|meets|met|reviews|reviewed|discussed|discusses|analy[sz]ed|analy[sz]es|uses|used|ha(?:s|ve) (?:been )?(?!positioned|recogni[sz]ed|regarded|considered|viewed|committed|believed|aimed|strived|sought)\w+ed|is (?:chaired|led|headed|composed)|consists|comprises)\b/;

const JA_CONCRETE_G = new RegExp(JA_CONCRETE.source, 'g');
const EN_CONCRETE_G = new RegExp(EN_CONCRETE.source, 'g');

function countMatches(re: RegExp, text: string): number {
  return text.match(re)?.length ?? 0;
}

const JA_FUTURE_END = new RegExp(
  '(?:まい(?:り|る)ます|まいります|ていきます|ていく|て参ります|ていきたい|たいと(?:考え|思)|検討(?:して)?(?:いき|まいり|する|します|中|しております|しています)?|' +
    '予定(?:です|である|しています|しております)?|努め(?:ます|る|てまいります|ていきます)|目指(?:します|す|してまいります|していきます)|' +
    '図(?:ります|る|ってまいります|っていきます)|考えて(?:います|おります)|方針です|方針である|所存です|いく考えです|ていく方針)\\s*[。.！!？?」)）]*$',
);
const EN_FUTURE =
  /\b(?:will|shall|plan to|plans to|intend|intends|aim to|aims to|seek to|seeks to|strive|strives|going forward|continue to|consider|considering|endeavou?r|would like|hope to|look to)\b/;

const ASCII_LETTER = /[a-z]/;
/** "We will protect …", "we aim to …": an intention, whatever participles the sentence also contains. */
const EN_INTENTION =
  /\bwe (?:will|shall|intend|aim|plan|strive|seek|endeavou?r|would like)\b|\b(?:will|shall) (?:continue|strive|seek|consider|promote|strengthen|work|further)\b/;
/** Sentence-final stance (…と考えています, …と認識しています, …を目指します): a belief or aim, not a fact. */
const JA_STANCE_END =
  /(?:と考え(?:て(?:い|お)ります|ています|る|ます)|と認識(?:して(?:い|お)ります|しています|する)|を目指(?:します|しています|してまいります|す))\s*[。.！!」)）]*$/;

/** "特許: 1,183件", "Patents held: 4,200" — a labelled figure is a claim even without a verb. */
const LABELLED_FIGURE = /[^\d\s:：]{2,}\s*[:：は]\s*(?:約|approx\.?\s*)?[¥$]?\d[\d,.]*/;

function isClaim(norm: string, language: Language, quantity: boolean, concrete: boolean): boolean {
  const metricLine = quantity && (METRIC_NOUN.test(norm) || (IP_TERM.test(norm) && LABELLED_FIGURE.test(norm)));
  const jaChars = norm.match(/[\u3040-\u30ff\u3400-\u9fff]/g)?.length ?? 0;
  if (jaChars > 0 && language === 'ja') {
    const hira = norm.match(/[\u3041-\u3096]/g)?.length ?? 0;
    const len = Math.max(1, norm.replace(/\s/g, '').length);
    const commas = norm.match(/[、,・]/g)?.length ?? 0;
    return metricLine || (hira >= 4 && hira / len >= 0.12 && commas / len < 0.12);
  }
  const words = norm.split(/[^a-z0-9&'-]+/).filter((w) => w.length > 0);
  const fn = new Set(
    words.filter((w) =>
      /^(?:is|are|was|were|has|have|had|be|been|being|will|we|our|it|they|its|their|this|which|that|can|may|does|do|did|the|a|an|of|to|in|by|with|for|on|at|from|as)$/.test(
        w,
      ),
    ),
  ).size;
  const commas = norm.match(/[,;、]/g)?.length ?? 0;
  // Keyword lists have almost no function words and a comma every word or two.
  const sentenceLike = words.length >= 4 && (fn >= 2 || ((concrete || quantity) && fn >= 1));
  return metricLine || (sentenceLike && commas / words.length < 0.3 && ASCII_LETTER.test(norm));
}

function isHeadingLike(norm: string, claim: boolean, language: Language): boolean {
  if (claim) return false;
  const compact = norm.replace(/\s/g, '');
  if (language === 'ja') return compact.length <= 30;
  return norm.split(/\s+/).length <= 8;
}

/**
 * Segments and classifies every sentence. Duplicates (same normalised text) are marked and excluded from
 * scoring, so saying something twice never counts twice.
 */
export function analyzeText(text: string): AnalyzedSentence[] {
  const raw = segmentSentences(text);
  const seen = new Set<string>();
  const out: AnalyzedSentence[] = [];
  let order = 0;
  let prevIp = false;
  let prevIntangible = false;
  for (const s of raw) {
    const norm = normalizeForMatching(s.text);
    // Each sentence is read in its own script, so that what surrounds it (e.g. appended text in another
    // language) never changes how it is classified; the document language is only used for reporting.
    const sentenceLanguage = detectLanguage(s.text);
    const key = dedupeKey(norm);
    const ip = IP_TERM.test(norm);
    const intangible = ip || INTANGIBLE_TERM.test(norm);
    const quantity = QUANTITY.test(norm) || CURRENCY_PREFIX.test(norm);
    const year = ANY_YEAR.test(norm);
    const anchors = findAnchors(s.text, norm, true);
    const specificBody = GOV_SPECIFIC.test(norm);
    const futureMarker = JA_FUTURE_END.test(norm);
    const enFuture = EN_FUTURE.test(norm);
    const concreteHits =
      countMatches(JA_CONCRETE_G, norm) + countMatches(EN_CONCRETE_G, norm) + (EN_PRACTICE.test(norm) ? 1 : 0);
    const concreteAction = concreteHits > 0;
    // Future-intention-only: an intention with no fact already in place and no quantified target.
    const futureOnly =
      ((futureMarker || enFuture) && !concreteAction && !quantity) ||
      ((EN_INTENTION.test(norm) || JA_STANCE_END.test(norm)) && !quantity && !year);
    const claim = isClaim(norm, sentenceLanguage, quantity, concreteAction);
    const genericPhrase = GENERIC_PHRASE.test(norm);
    const anchorCount =
      (quantity ? 2 : 0) +
      (year ? 1 : 0) +
      anchors.names.length +
      (anchors.namedBusiness ? 1 : 0) +
      (anchors.market ? 1 : 0) +
      (anchors.trademarkSign ? 1 : 0) +
      (specificBody ? 1 : 0) +
      Math.min(2, concreteHits);
    let kind: SentenceKind;
    if (key.length === 0 || seen.has(key)) kind = 'duplicate';
    else if (isHeadingLike(norm, claim, sentenceLanguage)) kind = 'heading';
    else if (!claim || futureOnly || anchorCount === 0 || (genericPhrase && anchorCount < 2 && !quantity))
      kind = 'generic';
    else kind = 'substantive';
    if (kind !== 'duplicate') seen.add(key);
    const isDistinct = kind !== 'duplicate';
    out.push({
      start: s.start,
      end: s.end,
      text: s.text,
      norm,
      kind,
      order: isDistinct ? order : -1,
      ip,
      intangible,
      ipContext: ip || (isDistinct && prevIp),
      intangibleContext: intangible || (isDistinct && prevIntangible),
      quantity,
      year,
      names: anchors.names,
      namedBusiness: anchors.namedBusiness,
      market: anchors.market,
      specificBody,
      concreteAction,
      futureOnly,
      claim,
    });
    if (isDistinct) {
      order++;
      prevIp = ip;
      prevIntangible = intangible;
    }
  }
  return out;
}
