import { useTranslation } from 'react-i18next';

/**
 * What a criterion the text gave nothing to judge shows instead of a level and a meter: a dash (for the eye only)
 * and the words, which a screen reader reads. The public pages, the draft editor's score and the comparison of two
 * scored texts all show it.
 */
export function NotApplicableMark() {
  const { t } = useTranslation();
  return (
    <span className="not-applicable-mark" data-testid="criterion-not-applicable">
      <span aria-hidden="true">—</span> {t('disclosures.result.status.notApplicable')}
    </span>
  );
}
