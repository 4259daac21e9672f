import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_ANSWER_CHARS } from '@ipgn/contracts';
import { FormErrorAlert } from '../../../shared/components/form-error-alert';
import { LimitedTextarea } from '../../../shared/components/limited-textarea';
import { fieldErrorOf } from '../../../shared/api/api-request-error';
import { useAnswerQuestion } from '../hooks/use-answer-question';

/** The answer to one question, with the choice to show the exchange on the public company page. */
export function AnswerQuestionForm({ orgId, questionId }: { orgId: string; questionId: string }) {
  const { t } = useTranslation();
  const answer = useAnswerQuestion(orgId);
  const [body, setBody] = useState('');
  const [makePublic, setMakePublic] = useState(false);
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (body.trim() !== '' && body.length <= MAX_ANSWER_CHARS) answer.mutate({ id: questionId, body: body.trim(), makePublic });
  };
  return (
    <form className="form" onSubmit={submit}>
      <FormErrorAlert error={answer.error} />
      <label htmlFor={id} className="field__label">
        {t('dialogue.answerLabel')}
      </label>
      <LimitedTextarea id={id} rows={4} value={body} onChange={setBody} max={MAX_ANSWER_CHARS} error={fieldErrorOf(answer.error, 'body')} />
      <label className="choice">
        <input type="checkbox" checked={makePublic} onChange={(e) => setMakePublic(e.target.checked)} />
        {t('dialogue.makePublic')}
      </label>
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={answer.isPending || body.trim() === '' || body.length > MAX_ANSWER_CHARS}>
          {answer.isPending ? t('dialogue.sending') : t('dialogue.send')}
        </button>
      </div>
    </form>
  );
}
