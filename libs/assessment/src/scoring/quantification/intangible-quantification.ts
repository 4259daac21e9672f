import { LocalizedText } from '../../i18n/localized-text';
import { SourceConfidence } from '../../taxonomy/source-confidence';
import { FinancialFigures } from '../../bank/assessment-profile';

export type FigureKey = keyof FinancialFigures;
export type FigureSource = 'profile' | 'answer';

export interface ResolvedFigure {
  readonly value: number | null;
  readonly source: FigureSource | null;
  /** The M0 question the figure comes from (or would come from). */
  readonly questionId: string;
}

export type QuantMetricId = 'intangible-share' | 'pbr' | 'rd-intensity';

export type QuantMissingReason =
  'missing-input' | 'not-listed' | 'non-positive-market-cap' | 'non-positive-equity' | 'non-positive-revenue';

export interface QuantMetric {
  readonly id: QuantMetricId;
  readonly label: LocalizedText;
  /** Share and intensity as a fraction (0.42 = 42 %); PBR as a multiple. Null with a reason when not computable. */
  readonly value: number | null;
  readonly unit: 'ratio' | 'multiple';
  /** For the intangible share: whether recognised intangibles and goodwill were deducted or a proxy was used. */
  readonly method: 'net-tangible-assets' | 'book-equity-proxy' | 'standard' | null;
  readonly missingReason: QuantMissingReason | null;
  readonly missingInputs: readonly FigureKey[];
  readonly reasonText: LocalizedText | null;
  readonly formula: LocalizedText;
  readonly definition: LocalizedText;
  readonly limits: LocalizedText;
}

export interface NationalTargetComparison {
  /** 0.5 = 50 %. */
  readonly targetShare: number;
  readonly targetYear: number;
  readonly source: LocalizedText;
  readonly confidence: SourceConfidence;
  /** What the target measures (an index aggregate, not a per-company requirement). */
  readonly scope: LocalizedText;
  readonly companyShare: number | null;
  /** companyShare − targetShare, in fraction points; null when PBR < 1, where the distance means nothing. */
  readonly gap: number | null;
  readonly atOrAboveTarget: boolean | null;
  /** True when PBR is below 1 (market value under book equity). */
  readonly belowBook: boolean;
  /** Shown instead of the gap when `belowBook` (a short explanation), otherwise null. */
  readonly note: LocalizedText | null;
  readonly caveat: LocalizedText;
}

export interface IntangibleQuantification {
  /** All amounts in millions of yen. */
  readonly figures: Readonly<Record<FigureKey, ResolvedFigure>>;
  readonly intangibleShare: QuantMetric;
  readonly pbr: QuantMetric;
  readonly rdIntensity: QuantMetric;
  readonly nationalTarget: NationalTargetComparison;
}
