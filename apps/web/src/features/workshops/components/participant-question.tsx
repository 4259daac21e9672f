import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerValue } from '@ipgn/assessment';
import { CLIENT_ERROR_CODES, isApiRequestError } from '../../../shared/api/api-request-error';
import { FormErrorAlert } from '../../../shared/components/form-error-alert';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { useSubmitParticipantAnswer } from '../hooks/use-submit-participant-answer';
import { answerChoices } from '../utils/answer-choices';
import { newRequestId } from '../utils/new-request-id';
import type { ParticipantWorkshopView } from '@ipgn/workshops';

export interface ParticipantQuestionProps {
  token: string;
  question: NonNullable<ParticipantWorkshopView['currentQuestion']>;
  current: AnswerValue | undefined;
}

function keysOf(value: AnswerValue | undefined): string[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value.map(String) : [String(value)];
}

/** One question, phone-sized: the maturity ladder (or the options) as big radio/checkbox targets, and Send. */
export function ParticipantQuestion({ token, question, current }: ParticipantQuestionProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const submit = useSubmitParticipantAnswer(token);
  const [keys, setKeys] = useState<string[]>(keysOf(current));
  // One request id per answer being sent; kept through the retries of that answer, renewed when it changes.
  const pending = useRef<{ signature: string; id: string } | null>(null);
  useEffect(() => setKeys(keysOf(current)), [question.id, current]);
  const choices = answerChoices(question, locale, (level) => t('workshops.levelShort', { level }));
  const multiple = question.type === 'multiple';
  const locked = question.locked;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (keys.length === 0 || locked) return;
    const value: AnswerValue = question.type === 'maturity' ? Number(keys[0]) : multiple ? keys : keys[0];
    const signature = `${question.id}:${JSON.stringify(value)}`;
    if (!pending.current || pending.current.signature !== signature)
      pending.current = { signature, id: newRequestId() };
    const requestId = pending.current.id;
    submit.mutate(
      { questionId: question.id, value, clientRequestId: requestId },
      {
        onSuccess: () => {
          if (pending.current?.id === requestId) pending.current = null;
        },
      },
    );
  };

  const networkTrouble = submit.failureCount > 0 && submit.isPending;
  const sentValue = submit.isSuccess && submit.data.questionId === question.id;

  return (
    <form onSubmit={onSubmit} aria-labelledby="participant-question">
      <h2 id="participant-question" className="participant__question">
        {question.prompt[locale]}
      </h2>
      {question.help[locale] ? <p className="hint">{question.help[locale]}</p> : null}
      {locked ? (
        <p className="notice notice--info" role="status">
          {t('workshops.participant.locked')}
        </p>
      ) : null}
      <fieldset className="participant__choices" disabled={locked}>
        <legend className="visually-hidden">{question.prompt[locale]}</legend>
        {choices.map((c) => (
          <label key={c.key} className="participant__choice">
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={`answer-${question.id}`}
              value={c.key}
              checked={keys.includes(c.key)}
              onChange={(e) =>
                setKeys(multiple ? (e.target.checked ? [...keys, c.key] : keys.filter((k) => k !== c.key)) : [c.key])
              }
            />
            <span>
              <strong>{c.label}</strong>
              {c.anchor ? (
                <>
                  <br />
                  {c.anchor}
                </>
              ) : null}
            </span>
          </label>
        ))}
      </fieldset>
      {!locked ? (
        <button
          type="submit"
          className="button participant__submit"
          disabled={submit.isPending || keys.length === 0}
          aria-busy={submit.isPending || undefined}
        >
          {submit.isPending ? t('workshops.participant.submitting') : t('workshops.participant.submit')}
        </button>
      ) : null}
      <p role="status" aria-live="polite">
        {networkTrouble
          ? t('workshops.participant.retrying')
          : sentValue && !submit.isPending
            ? t('workshops.participant.saved')
            : ''}
      </p>
      {submit.isError ? (
        isApiRequestError(submit.error) && submit.error.code === CLIENT_ERROR_CODES.network ? (
          <p role="alert" className="notice notice--error">
            {t('workshops.participant.failed')}
          </p>
        ) : (
          <FormErrorAlert error={submit.error} />
        )
      ) : null}
    </form>
  );
}
