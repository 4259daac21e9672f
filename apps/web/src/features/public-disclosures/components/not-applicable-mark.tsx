import { useTranslation } from 'react-i18next';

/**
 * What a criterion the text gave nothing to judge shows instead of a level and a meter: a dash (for the eye only)
 * and the words, which a screen reader reads.
 */
export function NotApplicableMark() {
  const { t } = useTranslation();
  return (
    <span className="not-applicable-mark" data-testid="criterion-not-applicable">
      <span aria-hidden="true">—</span> {t('publicDisclosures.company.notApplicable')}
    </span>
  );
}
