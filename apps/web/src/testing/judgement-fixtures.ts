import type { GradeBasis, OrdinaryGradeBasis } from '@ipgn/contracts';
import {
  wilson,
  CRITERIA,
  CRITERIA_V2,
  RUBRIC_VERSION_V2,
  VCG_HEADINGS,
  type DisclosureComparison,
  type DisclosureRecord,
  type DisclosureRubric,
  type DisclosureScore,
  type DisclosureSummary,
} from '@ipgn/disclosure-scoring';

/** The rubric the API serves at GET /api/disclosure-rubric. */
export const DISCLOSURE_RUBRIC: DisclosureRubric = {
  rubricVersion: RUBRIC_VERSION_V2,
  criteria: [...CRITERIA_V2, ...CRITERIA],
  vcgHeadings: VCG_HEADINGS,
  documentTypes: ['cg_report', 'integrated_report', 'securities_report', 'ip_report', 'other'],
  limits: { maxTextChars: 200_000, maxUploadBytes: 5 * 1024 * 1024, extensions: ['.txt', '.docx', '.pdf'] },
};

/**
 * What the API says a judgement's grade stands for (apps/api common/scoring/grade-basis.ts derives it from the stored
 * calibration the same way: counts from the rates, the scorer's Wilson interval, whole percent).
 */
export function gradeBasisFor(scored: Pick<DisclosureScore, 'calibration'>): GradeBasis {
  const c = scored.calibration;
  const [min, max] = c.band.split('-').map(Number);
  const strong = Math.round(c.strongRate * c.n);
  const weak = Math.round(c.weakRate * c.n);
  const [lo, hi] = wilson(strong, c.n);
  return {
    min,
    max,
    rated: c.n,
    strong,
    medium: c.n - strong - weak,
    weak,
    strongPercent: c.n === 0 ? 0 : Math.round((strong / c.n) * 100),
    interval: [Math.round(lo * 100), Math.round(hi * 100)],
    source: c.source,
    ...(c.ordinary ? { ordinary: ordinaryBasisOf(c.ordinary) } : {}),
  };
}

function ordinaryBasisOf(o: NonNullable<DisclosureScore['calibration']['ordinary']>): OrdinaryGradeBasis {
  const strong = Math.round(o.strongRate * o.n);
  const [lo, hi] = wilson(strong, o.n);
  return {
    rated: o.n,
    strong,
    strongPercent: o.n === 0 ? 0 : Math.round((strong / o.n) * 100),
    interval: [Math.round(lo * 100), Math.round(hi * 100)],
    source: o.source,
  };
}

/** A grade basis for a band with `rated` texts, `strong` of them strong (the rest medium). */
export function aGradeBasis(overrides: Partial<GradeBasis> = {}): GradeBasis {
  return {
    min: 72,
    max: 100,
    rated: 2,
    strong: 1,
    medium: 1,
    weak: 0,
    strongPercent: 50,
    interval: [9, 91],
    source: 'dev: 173 rated texts, 2026-12-03',
    ...overrides,
  };
}

/**
 * A saved disclosure as the API returns it: the record's summary fields come from the real judgement `scored`;
 * `overrides` may replace any field (a drifted `result`, the document type, the title …).
 */
export function disclosureRecordOf(
  text: string,
  scored: DisclosureScore,
  overrides: Partial<DisclosureRecord> = {},
): DisclosureRecord {
  return {
    id: 'd-1',
    title: '知財戦略ページ',
    documentType: 'other',
    source: 'paste',
    filename: null,
    language: scored.language,
    overall: scored.overall,
    grade: scored.grade,
    class: scored.class,
    gradeBasis: gradeBasisFor(scored),
    rubricVersion: scored.rubricVersion,
    createdBy: { userId: 'user-1', displayName: '山田花子' },
    createdAt: '2026-12-01T00:00:00.000Z',
    text,
    result: scored as DisclosureRecord['result'],
    secondOpinionEnabled: false,
    ...overrides,
  };
}

/** A v2 judgement as a scorer before v2.4 stored it: no `unanchored` on its sentences or chains (issue 18). */
export function storedBeforeV24(result: DisclosureScore): DisclosureScore {
  const copy = JSON.parse(JSON.stringify(result)) as {
    sentences: Record<string, unknown>[];
    chains: Record<string, unknown>[];
  };
  for (const s of copy.sentences) delete s['unanchored'];
  for (const c of copy.chains) {
    delete c['unanchored'];
    delete c['unanchoredSentences'];
  }
  return copy as unknown as DisclosureScore;
}

/** Per-criterion rows of a comparison as the API builds them: nothing to judge is a mark on its side, no difference. */
export function deltasOf(from: DisclosureRecord, to: DisclosureRecord): DisclosureComparison['criteria'] {
  return to.result.criteria.map((c) => {
    const a = from.result.criteria.find((x) => x.id === c.id);
    const na = a?.notApplicable === true || c.notApplicable === true;
    return {
      id: c.id,
      key: c.key,
      name: c.name,
      from: a?.score ?? null,
      to: c.score,
      delta: a && !na ? c.score - a.score : null,
      ...(a?.notApplicable ? { fromNotApplicable: true as const } : {}),
      ...(c.notApplicable ? { toNotApplicable: true as const } : {}),
    };
  });
}

/** A saved judgement as the history lists it: the record without its text, result and second-opinion flag. */
export function disclosureSummaryOf({
  text: _text,
  result: _result,
  secondOpinionEnabled: _secondOpinion,
  ...summary
}: DisclosureRecord): DisclosureSummary {
  return summary;
}

/** A comparison of two saved judgements as the API answers it (document order, no periods unless given). */
export function comparisonOf(
  from: DisclosureRecord,
  to: DisclosureRecord,
  extra: Partial<Pick<DisclosureComparison, 'textDiff' | 'fromPeriod' | 'toPeriod'>> = {},
): DisclosureComparison {
  return {
    from: disclosureSummaryOf(from),
    to: disclosureSummaryOf(to),
    fromPeriod: null,
    toPeriod: null,
    order: 'document',
    overallDelta: to.overall - from.overall,
    criteria: deltasOf(from, to),
    textDiff: [],
    textDiffApproximate: false,
    ...extra,
  };
}
