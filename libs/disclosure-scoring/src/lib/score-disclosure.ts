import { CRITERIA, RUBRIC_VERSION } from '../rubric/rubric-v1';
import { VCG_HEADINGS } from '../rubric/vcg-headings';
import { CRITERION_RULES } from './criteria';
import type { CriterionContext } from './criteria/criterion-rule';
import { genericShareOf } from './criteria/r11-boilerplate';
import { DisclosureInputError } from './errors';
import type { AnalyzedSentence } from './text/analyze';
import { analyzeText } from './text/analyze';
import { detectLanguage } from './text/language';
import type {
  Bilingual,
  CriterionMeta,
  CriterionResult,
  DisclosureClass,
  DisclosureScore,
  EvidenceSpan,
  Grade,
  ScoreOptions,
  Suggestion,
} from './types';

/** How strongly generic sentences pull the overall score down: all-generic text keeps at most half. */
export const BOILERPLATE_PENALTY = 0.5;

const META_BY_ID = new Map(CRITERIA.map((c) => [c.id, c]));

function metaFor(id: string): CriterionMeta {
  const meta = META_BY_ID.get(id as CriterionMeta['id']);
  if (!meta) throw new Error(`No rubric entry for criterion ${id}`);
  return meta;
}

function span(s: AnalyzedSentence): EvidenceSpan {
  return { start: s.start, end: s.end, text: s.text };
}

export function gradeFor(overall: number): Grade {
  // Calibrated on real disclosures: externally cited good practice scores ~20-35, boilerplate < 10.
  if (overall >= 60) return 'A';
  if (overall >= 40) return 'B';
  if (overall >= 25) return 'C';
  if (overall >= 10) return 'D';
  return 'E';
}

function classify(
  distinct: readonly AnalyzedSentence[],
  ipFocused: boolean,
): { cls: DisclosureClass; reason: Bilingual } {
  const ipMentioned = distinct.some((s) => s.ip);
  if (!ipMentioned) {
    return {
      cls: '✕',
      reason: { ja: '知的財産に関する記述がありません。', en: 'The text contains no IP content.' },
    };
  }
  const concrete = distinct.some(
    (s) => s.kind === 'substantive' && (s.ipContext || ipFocused) && (s.concreteAction || s.quantity) && !s.futureOnly,
  );
  if (concrete) {
    return {
      cls: '〇',
      reason: { ja: '知的財産に関する具体的な取組が記述されています。', en: 'Concrete IP activity is described.' },
    };
  }
  return {
    cls: '△',
    reason: {
      ja: '知的財産に触れていますが、具体的な取組の記述がない（または将来の意向のみ）です。',
      en: 'IP is mentioned, but without concrete activity (or only as future intentions).',
    },
  };
}

/**
 * Scores an IP / intangibles disclosure text. Deterministic and offline: the same text always gives the
 * same result. Throws DisclosureInputError for empty or whitespace-only text.
 */
export function scoreDisclosure(text: string, options: ScoreOptions = {}): DisclosureScore {
  if (typeof text !== 'string' || text.trim().length === 0) {
    throw new DisclosureInputError('EMPTY_TEXT', 'The text to score is empty.');
  }
  if (options.language !== undefined && options.language !== 'ja' && options.language !== 'en') {
    throw new DisclosureInputError('INVALID_LANGUAGE', `Unsupported language: ${String(options.language)}`);
  }
  const language = options.language ?? detectLanguage(text);
  const sentences = analyzeText(text);
  const distinct = sentences.filter((s) => s.kind !== 'duplicate');
  const substantive = distinct.filter((s) => s.kind === 'substantive');
  const generic = distinct.filter((s) => s.kind === 'generic');
  const share = (pred: (s: AnalyzedSentence) => boolean): number =>
    substantive.length === 0 ? 0 : substantive.filter(pred).length / substantive.length;
  const ctx: CriterionContext = {
    language,
    substantive,
    distinct,
    ipFocused: share((s) => s.ip) >= 1 / 3,
    intangibleFocused: share((s) => s.intangible) >= 1 / 3,
  };

  const criteria: CriterionResult[] = CRITERION_RULES.map((rule) => {
    const meta = metaFor(rule.id);
    const outcome = rule.evaluate(ctx);
    const evidence = [...new Set(outcome.evidence)].sort((a, b) => a.start - b.start).map(span);
    const base = {
      id: meta.id,
      key: meta.key,
      name: meta.name,
      score: outcome.score,
      level: meta.levels[outcome.score],
      evidence,
    };
    if (outcome.score === 3) return base;
    const missingText = meta.missing[outcome.score];
    return { ...base, missing: missingText[language], missingText };
  });

  const genericShare = genericShareOf(generic.length, substantive.length);
  const factor = 1 - BOILERPLATE_PENALTY * genericShare;
  let weighted = 0;
  let totalWeight = 0;
  for (const c of criteria) {
    const w = metaFor(c.id).weight;
    weighted += w * c.score;
    totalWeight += w * 3;
  }
  const overall = Math.round(100 * (weighted / totalWeight) * factor);

  const suggestions: Suggestion[] = criteria
    .filter((c) => c.score < 3)
    .map((c) => {
      const meta = metaFor(c.id);
      const heading = VCG_HEADINGS.find((h) => h.id === meta.vcgHeading);
      if (!heading) throw new Error(`Unknown VCG heading ${meta.vcgHeading}`);
      return { criterionId: c.id, vcgHeading: heading, text: meta.suggestion };
    });

  const { cls, reason } = classify(distinct, ctx.ipFocused);
  return {
    rubricVersion: RUBRIC_VERSION,
    language,
    overall,
    grade: gradeFor(overall),
    class: cls,
    classReason: reason,
    criteria,
    suggestions,
    boilerplate: {
      genericShare: Math.round(genericShare * 1000) / 1000,
      factor: Math.round(factor * 1000) / 1000,
      genericSentences: generic.map(span),
      duplicateSentences: sentences.filter((s) => s.kind === 'duplicate').map(span),
    },
    stats: {
      characters: text.length,
      sentences: sentences.length,
      distinctSentences: distinct.length,
      substantiveSentences: substantive.length,
    },
    sentences: sentences.map((s) => ({ start: s.start, end: s.end, kind: s.kind, futureOnly: s.futureOnly })),
  };
}
