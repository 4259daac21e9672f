import { useTranslation } from 'react-i18next';
import type { AnswerValidationView } from '@ipgn/contracts';

const MARK: Record<AnswerValidationView['state'], string> = { accepted: '✔', returned: '↩', pending: '…' };

/** The state of one answer in the validation step, in words and with a mark (colour is never the only signal). */
export function ValidationStateBadge({ state }: { state: AnswerValidationView['state'] }) {
  const { t } = useTranslation();
  return (
    <span className={`validation-badge validation-badge--${state}`}>
      <span aria-hidden="true">{MARK[state]} </span>
      {t(`assessment.validation.state.${state}`)}
    </span>
  );
}
