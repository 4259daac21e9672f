import { AnswerValue } from '../../bank/answer';
import { AssessmentProfile, FinancialFigures } from '../../bank/assessment-profile';
import {
  FigureKey,
  IntangibleQuantification,
  QuantMetric,
  QuantMissingReason,
  ResolvedFigure,
} from './intangible-quantification';
import {
  INTANGIBLE_SHARE_TEXT,
  MISSING_REASON_TEXT,
  NATIONAL_TARGET_TEXT,
  PBR_TEXT,
  RD_INTENSITY_TEXT,
} from './quantification-texts';

/** Where each figure is asked in M0. */
export const FIGURE_QUESTIONS: Readonly<Record<FigureKey, string>> = {
  marketCapitalization: 'm0.market-cap',
  bookEquity: 'm0.book-equity',
  recognisedIntangibles: 'm0.recognised-intangibles',
  goodwill: 'm0.goodwill',
  revenue: 'm0.revenue',
  rdExpense: 'm0.rd-expense',
};

/** 知的財産推進計画2025 KPI (REFERENCE §7.1, ✅): ≥ 50 % by 2035, Nikkei 225 aggregate. */
export const NATIONAL_INTANGIBLE_SHARE_TARGET = 0.5;
export const NATIONAL_TARGET_YEAR = 2035;

type TextSet = {
  label: QuantMetric['label'];
  formula: QuantMetric['formula'];
  definition: QuantMetric['definition'];
  limits: QuantMetric['limits'];
};

function finite(v: number | null | undefined): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** Profile figures (e.g. imported from filings) win over the M0 answers. */
export function resolveFigures(
  profileFigures: FinancialFigures | undefined,
  answerOf: (questionId: string) => AnswerValue | undefined,
): Record<FigureKey, ResolvedFigure> {
  const out = {} as Record<FigureKey, ResolvedFigure>;
  for (const key of Object.keys(FIGURE_QUESTIONS) as FigureKey[]) {
    const questionId = FIGURE_QUESTIONS[key];
    const fromProfile = finite(profileFigures?.[key]);
    const answer = answerOf(questionId);
    const fromAnswer = typeof answer === 'number' ? finite(answer) : null;
    out[key] =
      fromProfile !== null
        ? { value: fromProfile, source: 'profile', questionId }
        : fromAnswer !== null
          ? { value: fromAnswer, source: 'answer', questionId }
          : { value: null, source: null, questionId };
  }
  return out;
}

function metric(
  id: QuantMetric['id'],
  text: TextSet,
  unit: QuantMetric['unit'],
  result: { value: number; method: QuantMetric['method'] } | { reason: QuantMissingReason; missing?: FigureKey[] },
): QuantMetric {
  const base = { id, unit, label: text.label, formula: text.formula, definition: text.definition, limits: text.limits };
  if ('reason' in result) {
    return {
      ...base,
      value: null,
      method: null,
      missingReason: result.reason,
      missingInputs: result.missing ?? [],
      reasonText: MISSING_REASON_TEXT[result.reason],
    };
  }
  return {
    ...base,
    value: result.value,
    method: result.method,
    missingReason: null,
    missingInputs: [],
    reasonText: null,
  };
}

function missing(figures: Record<FigureKey, ResolvedFigure>, keys: FigureKey[]): FigureKey[] {
  return keys.filter((k) => figures[k].value === null);
}

export function quantifyIntangibles(
  profile: AssessmentProfile,
  answerOf: (questionId: string) => AnswerValue | undefined,
): IntangibleQuantification {
  const figures = resolveFigures(profile.financials, answerOf);
  const mcap = figures.marketCapitalization.value;
  const equity = figures.bookEquity.value;
  const intangibles = figures.recognisedIntangibles.value;
  const goodwill = figures.goodwill.value;
  const revenue = figures.revenue.value;
  const rd = figures.rdExpense.value;
  const unlistedWithoutCap = mcap === null && profile.listingStatus === 'unlisted';

  const intangibleShare = (() => {
    if (unlistedWithoutCap) return metric('intangible-share', INTANGIBLE_SHARE_TEXT, 'ratio', { reason: 'not-listed' });
    const need = missing(figures, ['marketCapitalization', 'bookEquity']);
    if (mcap === null || equity === null)
      return metric('intangible-share', INTANGIBLE_SHARE_TEXT, 'ratio', { reason: 'missing-input', missing: need });
    if (mcap <= 0)
      return metric('intangible-share', INTANGIBLE_SHARE_TEXT, 'ratio', { reason: 'non-positive-market-cap' });
    const exact = intangibles !== null && goodwill !== null;
    const netTangible = exact ? equity - intangibles - goodwill : equity;
    return metric('intangible-share', INTANGIBLE_SHARE_TEXT, 'ratio', {
      value: (mcap - netTangible) / mcap,
      method: exact ? 'net-tangible-assets' : 'book-equity-proxy',
    });
  })();

  const pbr = (() => {
    if (unlistedWithoutCap) return metric('pbr', PBR_TEXT, 'multiple', { reason: 'not-listed' });
    if (mcap === null || equity === null) {
      return metric('pbr', PBR_TEXT, 'multiple', {
        reason: 'missing-input',
        missing: missing(figures, ['marketCapitalization', 'bookEquity']),
      });
    }
    if (mcap <= 0) return metric('pbr', PBR_TEXT, 'multiple', { reason: 'non-positive-market-cap' });
    if (equity <= 0) return metric('pbr', PBR_TEXT, 'multiple', { reason: 'non-positive-equity' });
    return metric('pbr', PBR_TEXT, 'multiple', { value: mcap / equity, method: 'standard' });
  })();

  const rdIntensity = (() => {
    if (revenue === null || rd === null) {
      return metric('rd-intensity', RD_INTENSITY_TEXT, 'ratio', {
        reason: 'missing-input',
        missing: missing(figures, ['revenue', 'rdExpense']),
      });
    }
    if (revenue <= 0) return metric('rd-intensity', RD_INTENSITY_TEXT, 'ratio', { reason: 'non-positive-revenue' });
    return metric('rd-intensity', RD_INTENSITY_TEXT, 'ratio', { value: rd / revenue, method: 'standard' });
  })();

  const share = intangibleShare.value;
  const belowBook = pbr.value !== null && pbr.value < 1;
  return {
    figures,
    intangibleShare,
    pbr,
    rdIntensity,
    nationalTarget: {
      targetShare: NATIONAL_INTANGIBLE_SHARE_TARGET,
      targetYear: NATIONAL_TARGET_YEAR,
      source: NATIONAL_TARGET_TEXT.source,
      confidence: 'confirmed',
      scope: NATIONAL_TARGET_TEXT.scope,
      companyShare: share,
      gap: share === null || belowBook ? null : share - NATIONAL_INTANGIBLE_SHARE_TARGET,
      atOrAboveTarget: share === null ? null : share >= NATIONAL_INTANGIBLE_SHARE_TARGET,
      belowBook,
      note: belowBook ? NATIONAL_TARGET_TEXT.belowBook : null,
      caveat: NATIONAL_TARGET_TEXT.caveat,
    },
  };
}
