import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question } from '@ipgn/assessment';
import { currentLocale } from '../../../shared/i18n/current-locale';
import type { AnswerConflict } from '../hooks/use-autosave-answer';
import { formatAnswer } from '../utils/format-answer';
import { formatDateTime } from '../../../shared/i18n/format';

export interface AnswerConflictDialogProps {
  question: Question;
  conflict: AnswerConflict;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}

/** Both values side by side after a 409; the user decides which one stays. Focus moves into the dialog. */
export function AnswerConflictDialog({ question, conflict, onKeepMine, onTakeTheirs }: AnswerConflictDialogProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const titleId = useId();
  const firstButton = useRef<HTMLButtonElement>(null);
  useEffect(() => firstButton.current?.focus(), []);
  const { current, yours } = conflict;
  const date = current.answeredAt ? formatDateTime(current.answeredAt) : '';
  return (
    <div className="assessment-dialog__backdrop">
      <div role="alertdialog" aria-modal="true" aria-labelledby={titleId} className="assessment-dialog">
        <h2 id={titleId}>{t('assessment.conflict.title')}</h2>
        <p>{t('assessment.conflict.intro', { question: question.prompt[locale] })}</p>
        <dl className="assessment-dialog__values">
          <dt>
            {t('assessment.conflict.theirs', {
              name: current.answeredBy?.displayName ?? t('assessment.conflict.unknownPerson'),
              date,
            })}
          </dt>
          <dd data-testid="conflict-theirs">
            {formatAnswer(question, current.value, locale) ?? t('assessment.conflict.empty')}
          </dd>
          <dt>{t('assessment.conflict.yours')}</dt>
          <dd data-testid="conflict-yours">
            {formatAnswer(question, yours, locale) ?? t('assessment.conflict.empty')}
          </dd>
        </dl>
        <div className="assessment-dialog__actions">
          <button ref={firstButton} type="button" className="button" onClick={onKeepMine}>
            {t('assessment.conflict.keepMine')}
          </button>
          <button type="button" className="button button--secondary" onClick={onTakeTheirs}>
            {t('assessment.conflict.takeTheirs')}
          </button>
        </div>
      </div>
    </div>
  );
}
