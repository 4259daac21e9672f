import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_ANSWER_CHARS } from '@ipgn/contracts';
import { AppForm } from '../../../shared/forms/app-form';
import { FormTextarea } from '../../../shared/forms/form-textarea';
import { useAppForm } from '../../../shared/forms/use-app-form';
import { useAnswerQuestion } from '../hooks/use-answer-question';

export interface AnswerQuestionFormProps {
  orgId: string;
  questionId: string;
  /** Editing an answer: its text and visibility to start from, and how to leave without saving. */
  initial?: { body: string; makePublic: boolean };
  onDone?: () => void;
}

/** The answer to one question (or an edit of it), with the choice to show the exchange on the public company page. */
export function AnswerQuestionForm({ orgId, questionId, initial, onDone }: AnswerQuestionFormProps) {
  const { t } = useTranslation();
  const answer = useAnswerQuestion(orgId);
  const form = useAppForm<{ body: string; makePublic: boolean }>({
    defaultValues: { body: initial?.body ?? '', makePublic: initial?.makePublic ?? false },
    serverError: answer.error,
    pending: answer.isPending,
    onValid: ({ body, makePublic }) =>
      answer.mutateAsync({ id: questionId, body: body.trim(), makePublic }).then(() => onDone?.()),
  });
  const id = useId();
  // Editing starts in the text (the button that opened the form is gone).
  useEffect(() => {
    if (initial) document.getElementById(id)?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the edit form opens
  }, []);
  return (
    <AppForm form={form} className="form">
      <label htmlFor={id} className="field__label">
        {t('dialogue.answerLabel')}
      </label>
      <FormTextarea
        control={form.form.control}
        id={id}
        name="body"
        rows={4}
        max={MAX_ANSWER_CHARS}
        validate={(body) => (body.trim() === '' ? t('validation.required') : undefined)}
      />
      <label className="choice">
        <input type="checkbox" {...form.form.register('makePublic')} />
        {t('dialogue.makePublic')}
      </label>
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={answer.isPending}>
          {answer.isPending ? t('dialogue.sending') : initial ? t('dialogue.saveEdit') : t('dialogue.send')}
        </button>
        {onDone ? (
          <button type="button" className="button button--secondary" onClick={onDone}>
            {t('dialogue.cancelEdit')}
          </button>
        ) : null}
      </div>
    </AppForm>
  );
}
