import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionView } from '@ipgn/contracts';
import { ConfirmAction } from '../../../shared/components/confirm-action';
import { FormErrorAlert } from '../../../shared/components/form-error-alert';
import { useWithdrawAnswer } from '../hooks/use-withdraw-answer';
import { AnswerQuestionForm } from './answer-question-form';
import { formatDateTime } from '../../../shared/i18n/format';

/** An answer already given: shown with who and when, and editable or withdrawable (both kept in the audit log). */
export function AnsweredQuestion({ orgId, question: q }: { orgId: string; question: QuestionView }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const withdraw = useWithdrawAnswer(orgId);
  if (editing)
    return (
      <AnswerQuestionForm
        orgId={orgId}
        questionId={q.id}
        initial={{ body: q.answer ?? '', makePublic: q.isPublic }}
        onDone={() => setEditing(false)}
      />
    );
  return (
    <>
      <p className="muted">
        {t('dialogue.answeredBy', {
          name: q.answeredBy?.displayName ?? t('dialogue.unknown'),
          date: q.answeredAt ? formatDateTime(q.answeredAt) : '',
        })}
        {' · '}
        {q.isPublic ? t('dialogue.public') : t('dialogue.private')}
      </p>
      <p className="answer-text">{q.answer}</p>
      <FormErrorAlert error={withdraw.error} />
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
          {t('dialogue.edit')}
        </button>
        <ConfirmAction
          label={t('dialogue.withdraw')}
          question={t('dialogue.withdrawQuestion')}
          confirmLabel={t('dialogue.withdrawConfirm')}
          pendingLabel={t('dialogue.sending')}
          pending={withdraw.isPending}
          onConfirm={() => withdraw.mutate(q.id)}
        />
      </div>
    </>
  );
}
