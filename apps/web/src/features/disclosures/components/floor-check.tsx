import { useTranslation } from 'react-i18next';
import type { Bilingual, DisclosureClass } from '@ipgn/disclosure-scoring';
import { bilingualText } from '../utils/bilingual-text';

export interface FloorCheckProps {
  mark: DisclosureClass;
  reason: Bilingual | null;
  headingLevel?: 2 | 3;
}

const MARKS: readonly string[] = ['〇', '△', '✕'] satisfies DisclosureClass[];

/** A stored class as JPX400's mark, or null (a public record carries it as a plain string). */
export function disclosureClassOf(value: string | null | undefined): DisclosureClass | null {
  return value != null && MARKS.includes(value) ? (value as DisclosureClass) : null;
}

/**
 * JPX400's 〇/△/✕ floor check of a CG-report entry, labelled as such and kept apart from quality, with its caveat:
 * it only asks whether concrete IP activity is described — a list of filing counts passes it.
 */
export function FloorCheck({ mark, reason, headingLevel = 3 }: FloorCheckProps) {
  const { t, i18n } = useTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="disclosure-floor-check" data-testid="disclosure-floor-check">
      <Heading>{t('disclosures.judgement.floorCheck')}</Heading>
      <p data-testid="disclosure-class">
        {t('disclosures.result.classValue', { mark, meaning: t(`disclosures.classes.${mark}`) })}
      </p>
      {reason ? <p>{bilingualText(reason, i18n.language)}</p> : null}
      <p className="muted" data-testid="floor-check-note">
        {t('disclosures.judgement.floorCheckNote')}
      </p>
    </div>
  );
}
