import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { validateAnswer, type AnswerValue, type GlossaryTerm, type Question, type AnswerView } from '@ipgn/assessment';
import { parseTypedNumber } from '@ipgn/contracts';
import { isApiRequestError } from '../../../shared/api/api-request-error';
import { CharacterCount } from '../../../shared/components/character-count';
import { FieldError } from '../../../shared/components/field-error';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { typedNumberMessage } from '../../../shared/utils/typed-number-message';
import { useAutosaveAnswer } from '../hooks/use-autosave-answer';
import { AnswerConflictDialog } from './answer-conflict-dialog';
import { SaveStatus } from './save-status';
import { formatDateTime } from '../../../shared/i18n/format';

export interface QuestionFieldProps {
  orgId: string;
  assessmentId: string;
  question: Question;
  saved: AnswerView | undefined;
  glossary: readonly GlossaryTerm[];
  disabled: boolean;
  /** The question a deep link (`#q-<id>`) points at: focusable from script and highlighted. */
  targeted?: boolean;
  onValue: (questionId: string, value: AnswerValue | null) => void;
  /** Shown under the answer, inside the question (e.g. the evidence of a claim that needs validation). */
  extra?: ReactNode;
}

/** The saved answer as the box shows it. */
const shown = (value: AnswerValue | null): string =>
  typeof value === 'number' || typeof value === 'string' ? String(value) : '';

/** One question of any type, labelled, with help, inline glossary, autosave status and conflict handling. */
export function QuestionField({
  orgId,
  assessmentId,
  question,
  saved,
  glossary,
  disabled,
  targeted = false,
  onValue,
  extra,
}: QuestionFieldProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const id = useId();
  const helpId = `${id}-help`;
  const autosave = useAutosaveAnswer(orgId, assessmentId, question.id, saved, (v) => onValue(question.id, v));
  const { value, change } = autosave;
  const [text, setText] = useState<string>(shown(value));
  // The field's own check (unreadable number, over the limit, not a URL): shown beside it, and nothing is saved.
  const [localError, setLocalError] = useState<string | undefined>(undefined);
  const errorId = `${id}-error`;
  const countId = `${id}-count`;
  const serverError =
    autosave.status === 'error' && isApiRequestError(autosave.error) ? autosave.error.fieldError('value') : undefined;
  const fieldError = localError ?? serverError;
  const describedBy = [helpId, fieldError ? errorId : null, question.type === 'text' ? countId : null]
    .filter(Boolean)
    .join(' ');
  const domainProblem = (v: AnswerValue | null): string | undefined => {
    const checked = validateAnswer(question, v);
    return checked.ok ? undefined : checked.error.message[locale];
  };
  /** Saves a checked value, or shows why not and keeps the last saved answer (never "saved" after a wipe). */
  const offer = (v: AnswerValue | null, problem: string | undefined) => {
    setLocalError(problem);
    if (problem) autosave.cancel();
    else change(v);
  };
  const terms = (question.glossary ?? [])
    .map((g) => glossary.find((term) => term.id === g))
    .filter((g): g is GlossaryTerm => g !== undefined);
  const prompt = question.prompt[locale];

  const help = (
    <>
      <p id={helpId} className="question__help">
        {question.help[locale]}
      </p>
      {terms.length > 0 ? (
        <details className="question__glossary">
          <summary>{t('assessment.questionnaire.glossary')}</summary>
          <dl>
            {terms.map((term) => (
              <div key={term.id}>
                <dt>{term.term[locale]}</dt>
                <dd>{term.definition[locale]}</dd>
              </div>
            ))}
          </dl>
        </details>
      ) : null}
    </>
  );

  let control: ReactNode;
  switch (question.type) {
    case 'maturity':
    case 'single': {
      const options =
        question.type === 'maturity'
          ? question.levels.map((anchor, level) => ({
              key: String(level),
              value: level as AnswerValue,
              label: `${t('assessment.questionnaire.level', { level })}: ${anchor[locale]}`,
            }))
          : question.options.map((o) => ({ key: o.id, value: o.id as AnswerValue, label: o.label[locale] }));
      control = (
        <fieldset className="question__choices" aria-describedby={helpId} disabled={disabled}>
          <legend className="question__prompt">{prompt}</legend>
          {help}
          {options.map((o) => (
            <label key={o.key} className="question__option">
              <input
                type="radio"
                name={`${id}-choice`}
                checked={value === o.value}
                onChange={() => change(o.value, { immediate: true })}
              />
              <span>{o.label}</span>
            </label>
          ))}
        </fieldset>
      );
      break;
    }
    case 'multiple': {
      const selected = Array.isArray(value) ? value : [];
      const toggle = (optionId: string, on: boolean) => {
        const exclusive = question.options.find((o) => o.id === optionId)?.exclusive;
        const next = on
          ? exclusive
            ? [optionId]
            : [...selected.filter((s) => !question.options.find((o) => o.id === s)?.exclusive), optionId]
          : selected.filter((s) => s !== optionId);
        change(next.length === 0 ? null : next, { immediate: true });
      };
      control = (
        <fieldset className="question__choices" aria-describedby={helpId} disabled={disabled}>
          <legend className="question__prompt">{prompt}</legend>
          {help}
          {question.options.map((o) => (
            <label key={o.id} className="question__option">
              <input
                type="checkbox"
                checked={selected.includes(o.id)}
                onChange={(e) => toggle(o.id, e.target.checked)}
              />
              <span>{o.label[locale]}</span>
            </label>
          ))}
        </fieldset>
      );
      break;
    }
    case 'number':
    case 'currency':
    case 'percentage': {
      const unit =
        question.type === 'currency'
          ? question.unitLabel[locale]
          : question.type === 'percentage'
            ? '%'
            : question.unit?.[locale];
      control = (
        <div className="question__input">
          <label htmlFor={id} className="question__prompt">
            {prompt}
          </label>
          {help}
          <span className="question__with-unit">
            {/* type="text": a number box refuses 「3,000」 and 「３０００」 and empties itself on 「1e400」. */}
            <input
              id={id}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={text}
              disabled={disabled}
              aria-invalid={fieldError ? true : undefined}
              aria-describedby={describedBy}
              onChange={(e) => {
                setText(e.target.value);
                const parsed = parseTypedNumber(e.target.value, { percent: question.type === 'percentage' });
                const value = parsed.ok ? parsed.value : null;
                offer(value, typedNumberMessage(parsed, t) ?? domainProblem(value));
              }}
            />
            {unit ? <span>{unit}</span> : null}
          </span>
          <FieldError id={errorId} message={fieldError} />
        </div>
      );
      break;
    }
    case 'text':
    case 'evidence': {
      const valueOf = (raw: string) => (raw.trim() === '' ? null : raw);
      const common = {
        id,
        value: text,
        disabled,
        'aria-invalid': fieldError ? true : undefined,
        'aria-describedby': describedBy,
        onChange: (e: { target: { value: string } }) => {
          setText(e.target.value);
          const problem = domainProblem(valueOf(e.target.value));
          // A URL is checked while typing only once its error shows (from leaving the box); half a URL is normal.
          if (question.type === 'evidence' && problem && !localError) autosave.cancel();
          else offer(valueOf(e.target.value), problem);
        },
        onBlur: () => {
          if (question.type === 'evidence') setLocalError(domainProblem(valueOf(text)));
        },
      };
      control = (
        <div className="question__input">
          <label htmlFor={id} className="question__prompt">
            {prompt}
          </label>
          {help}
          {question.type === 'text' ? (
            // No maxLength: the browser would cut pasted text silently; over the limit shows the error instead.
            <>
              <textarea {...common} rows={4} />
              <CharacterCount id={countId} count={text.length} max={question.maxLength} />
            </>
          ) : (
            <input {...common} type="url" placeholder={t('assessment.questionnaire.urlPlaceholder')} />
          )}
          <FieldError id={errorId} message={fieldError} />
        </div>
      );
      break;
    }
  }

  return (
    <li
      className={targeted ? 'question question--targeted' : 'question'}
      id={`q-${question.id}`}
      data-question-id={question.id}
      tabIndex={targeted ? -1 : undefined}
    >
      {control}
      <div className="question__meta">
        <SaveStatus status={fieldError ? 'idle' : autosave.status} error={autosave.error} onRetry={autosave.retry} />
        {saved?.answeredBy && autosave.status !== 'saving' ? (
          <span className="question__answered-by">
            {t('assessment.questionnaire.answeredBy', {
              name: saved.answeredBy.displayName,
              date: formatDateTime(saved.answeredAt),
            })}
          </span>
        ) : null}
      </div>
      {extra}
      {autosave.conflict ? (
        <AnswerConflictDialog
          question={question}
          conflict={autosave.conflict}
          onKeepMine={autosave.keepMine}
          onTakeTheirs={() => {
            const theirs = autosave.conflict?.current.value;
            setText(shown(theirs ?? null));
            setLocalError(undefined);
            autosave.takeTheirs();
          }}
        />
      ) : null}
    </li>
  );
}
