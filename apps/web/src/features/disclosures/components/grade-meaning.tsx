import { useTranslation } from 'react-i18next';
import type { GradeBasis } from '@ipgn/contracts';
import { calibrationSourceText } from '../utils/calibration-source';
import '../grade.css';

export interface GradeMeaningProps {
  grade: string;
  /** What the grade stands for, as the API derived it; null for a v1 result. */
  basis: GradeBasis | null;
  headingLevel?: 2 | 3;
  /** Only the sentence (beside a badge): no heading, no source. */
  compact?: boolean;
}

/**
 * What the grade is: the band of the calibrated score, and how people rated the calibration set's texts that scored in it
 * (counts, the share rated strong with its 95 % interval). Every figure is the API's (GradeBasis), rounded there once,
 * so the same band reads the same on every page.
 */
export function GradeMeaning({ grade, basis, headingLevel = 3, compact = false }: GradeMeaningProps) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  // A band of one score (grade E is "no story at all", 0, since the analysts' sets 75-116) is said as that score.
  const band =
    basis === null
      ? ''
      : t(basis.min === basis.max ? 'disclosures.grade.bandExact' : 'disclosures.grade.band', {
          min: basis.min,
          max: basis.max,
        });
  const sentence =
    basis === null
      ? t('disclosures.grade.meaningV1', { grade })
      : basis.rated === 0
        ? t('disclosures.grade.meaningNone', { grade, band })
        : t('disclosures.grade.meaning', {
            grade,
            band,
            rated: basis.rated,
            strong: basis.strong,
            medium: basis.medium,
            weak: basis.weak,
            percent: basis.strongPercent,
            lo: basis.interval[0],
            hi: basis.interval[1],
          });
  if (compact)
    return (
      <p className="grade-meaning grade-meaning--compact" data-testid="grade-meaning">
        {sentence}
      </p>
    );
  return (
    <div className="grade-meaning" data-testid="disclosure-calibration">
      <Heading>{t('disclosures.grade.heading')}</Heading>
      <p data-testid="grade-meaning">{sentence}</p>
      {basis?.ordinary ? (
        <p data-testid="grade-meaning-ordinary">
          {basis.ordinary.rated === 0
            ? t('disclosures.grade.ordinaryNone')
            : t('disclosures.grade.ordinary', {
                rated: basis.ordinary.rated,
                strong: basis.ordinary.strong,
                percent: basis.ordinary.strongPercent,
                lo: basis.ordinary.interval[0],
                hi: basis.ordinary.interval[1],
              })}
        </p>
      ) : null}
      {basis && basis.source ? (
        <p className="muted">{t('disclosures.grade.source', { source: calibrationSourceText(basis.source, t) })}</p>
      ) : null}
    </div>
  );
}
