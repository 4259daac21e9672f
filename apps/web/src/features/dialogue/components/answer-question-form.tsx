import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_ANSWER_CHARS } from '@ipgn/contracts';
import { FormErrorAlert } from '../../../shared/components/form-error-alert';
import { LimitedTextarea } from '../../../shared/components/limited-textarea';
import { fieldErrorOf } from '../../../shared/api/api-request-error';
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
  const [body, setBody] = useState(initial?.body ?? '');
  const [makePublic, setMakePublic] = useState(initial?.makePublic ?? false);
  const id = useId();
  // Editing starts in the text (the button that opened the form is gone).
  useEffect(() => {
    if (initial) document.getElementById(id)?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the edit form opens
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (body.trim() !== '' && body.length <= MAX_ANSWER_CHARS)
      answer.mutate({ id: questionId, body: body.trim(), makePublic }, { onSuccess: () => onDone?.() });
  };
  return (
    <form className="form" onSubmit={submit}>
      <FormErrorAlert error={answer.error} />
      <label htmlFor={id} className="field__label">
        {t('dialogue.answerLabel')}
      </label>
      <LimitedTextarea
        id={id}
        rows={4}
        value={body}
        onChange={setBody}
        max={MAX_ANSWER_CHARS}
        error={fieldErrorOf(answer.error, 'body')}
      />
      <label className="choice">
        <input type="checkbox" checked={makePublic} onChange={(e) => setMakePublic(e.target.checked)} />
        {t('dialogue.makePublic')}
      </label>
      <div className="button-row">
        <button
          type="submit"
          className="button button--primary"
          disabled={answer.isPending || body.trim() === '' || body.length > MAX_ANSWER_CHARS}
        >
          {answer.isPending ? t('dialogue.sending') : initial ? t('dialogue.saveEdit') : t('dialogue.send')}
        </button>
        {onDone ? (
          <button type="button" className="button button--secondary" onClick={onDone}>
            {t('dialogue.cancelEdit')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
