import { useTranslation } from 'react-i18next';
import '../grade.css';

/** Right by a score: it is a rule-based judgement computed by this service, not an official rating. */
export function RuleBasedNote() {
  const { t } = useTranslation();
  return (
    <p className="rule-based-note" data-testid="rule-based-note">
      {t('disclosures.grade.ruleBased')}
    </p>
  );
}
