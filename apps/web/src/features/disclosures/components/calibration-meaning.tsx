import { useTranslation } from 'react-i18next';
import type { DisclosureScore } from '@ipgn/disclosure-scoring';
import { bilingualText } from '../utils/bilingual-text';
import { calibrationSourceText } from '../utils/calibration-source';

export interface CalibrationMeaningProps {
  /** A v2 result (it carries the calibration). */
  result: DisclosureScore;
  headingLevel?: 2 | 3;
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;

/**
 * What the score means: the calibration the result carries — the meaning of its band, the share people rated strong
 * with its 95 % interval, and the rated set it comes from. Read-only: company and investor pages show it alike.
 */
export function CalibrationMeaning({ result, headingLevel = 3 }: CalibrationMeaningProps) {
  const { t, i18n } = useTranslation();
  const { calibration } = result;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div data-testid="disclosure-calibration">
      <Heading>{t('disclosures.judgement.calibration')}</Heading>
      <p>
        {calibration.n > 0
          ? bilingualText(calibration.meaning, i18n.language)
          : t('disclosures.judgement.calibrationNone')}
      </p>
      {calibration.n > 0 ? (
        <p className="muted">
          {t('disclosures.judgement.calibrationRate', {
            rate: pct(calibration.strongRate),
            lo: pct(calibration.interval[0]),
            hi: pct(calibration.interval[1]),
            source: calibrationSourceText(calibration.source, t),
          })}
        </p>
      ) : null}
    </div>
  );
}
