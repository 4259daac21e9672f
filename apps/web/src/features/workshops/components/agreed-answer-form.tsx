import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerValue } from '@ipgn/assessment';
import { SelectField } from '../../../shared/components/select-field';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { answerChoices } from '../utils/answer-choices';
import type { WorkshopQuestion } from '../utils/workshop-question';

export interface AgreedAnswerFormProps {
  question: WorkshopQuestion;
  agreed: AnswerValue | undefined;
  pending: boolean;
  onSave: (value: AnswerValue | null) => void;
}

function toKeys(value: AnswerValue | undefined): string[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value.map(String) : [String(value)];
}

/** After the discussion: the answer the group agreed on for this question. */
export function AgreedAnswerForm({ question, agreed, pending, onSave }: AgreedAnswerFormProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const choices = answerChoices(question, locale, (level) => t('workshops.levelShort', { level }));
  const [keys, setKeys] = useState<string[]>(toKeys(agreed));
  useEffect(() => setKeys(toKeys(agreed)), [agreed, question.id]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (question.type === 'maturity') onSave(keys[0] === undefined ? null : Number(keys[0]));
    else if (question.type === 'single') onSave(keys[0] ?? null);
    else onSave(keys.length ? keys : null);
  };

  return (
    <form className="agreed-form" onSubmit={submit} aria-labelledby={`agreed-${question.id}`}>
      <h3 id={`agreed-${question.id}`}>{t('workshops.agreed.title')}</h3>
      {question.type === 'multiple' ? (
        <fieldset>
          <legend>{t('workshops.agreed.value')}</legend>
          {choices.map((c) => (
            <label key={c.key} className="question__option">
              <input
                type="checkbox"
                checked={keys.includes(c.key)}
                onChange={(e) => setKeys(e.target.checked ? [...keys, c.key] : keys.filter((k) => k !== c.key))}
              />
              <span>{c.label}</span>
            </label>
          ))}
        </fieldset>
      ) : (
        <SelectField
          label={t('workshops.agreed.value')}
          value={keys[0] ?? ''}
          placeholder={t('workshops.agreed.none')}
          onChange={(v) => setKeys(v ? [v] : [])}
          options={choices.map((c) => ({ value: c.key, label: c.anchor ? `${c.label} — ${c.anchor}` : c.label }))}
        />
      )}
      <button type="submit" className="button" disabled={pending}>
        {t('workshops.agreed.save')}
      </button>
      {agreed !== undefined ? <p className="hint">{t('workshops.agreed.recorded')}</p> : null}
    </form>
  );
}
