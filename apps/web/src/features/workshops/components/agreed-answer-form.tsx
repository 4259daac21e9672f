import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerValue } from '@ipgn/assessment';
import { AppForm } from '../../../shared/forms/app-form';
import { FormCheckboxGroup } from '../../../shared/forms/form-checkbox-group';
import { FormSelectField } from '../../../shared/forms/form-select-field';
import { useAppForm } from '../../../shared/forms/use-app-form';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { answerChoices } from '../utils/answer-choices';
import type { WorkshopQuestion } from '../utils/workshop-question';

export interface AgreedAnswerFormProps {
  question: WorkshopQuestion;
  agreed: AnswerValue | undefined;
  pending: boolean;
  onSave: (value: AnswerValue | null) => void;
}

interface AgreedValues {
  /** The one choice (maturity or single), '' for none. */
  choice: string;
  /** The ticked choices (multiple). */
  choices: string[];
}

function toValues(value: AnswerValue | undefined): AgreedValues {
  const keys = value === undefined || value === null ? [] : Array.isArray(value) ? value.map(String) : [String(value)];
  return { choice: keys[0] ?? '', choices: keys };
}

/** After the discussion: the answer the group agreed on for this question. */
export function AgreedAnswerForm({ question, agreed, pending, onSave }: AgreedAnswerFormProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const choices = answerChoices(question, locale, (level) => t('workshops.levelShort', { level }));
  const form = useAppForm<AgreedValues>({
    defaultValues: toValues(agreed),
    pending,
    onValid: ({ choice, choices: ticked }) => {
      if (question.type === 'maturity') onSave(choice === '' ? null : Number(choice));
      else if (question.type === 'single') onSave(choice || null);
      else onSave(ticked.length ? ticked : null);
    },
  });
  const { reset } = form.form;
  useEffect(() => reset(toValues(agreed)), [agreed, question.id, reset]);

  return (
    <AppForm form={form} alert={false} className="agreed-form" aria-labelledby={`agreed-${question.id}`}>
      <h3 id={`agreed-${question.id}`}>{t('workshops.agreed.title')}</h3>
      {question.type === 'multiple' ? (
        <FormCheckboxGroup
          control={form.form.control}
          name="choices"
          legend={t('workshops.agreed.value')}
          optionClassName="question__option"
          options={choices.map((c) => ({ value: c.key, label: c.label }))}
        />
      ) : (
        <FormSelectField
          control={form.form.control}
          name="choice"
          label={t('workshops.agreed.value')}
          placeholder={t('workshops.agreed.none')}
          options={choices.map((c) => ({ value: c.key, label: c.anchor ? `${c.label} — ${c.anchor}` : c.label }))}
        />
      )}
      <button type="submit" className="button" disabled={pending}>
        {t('workshops.agreed.save')}
      </button>
      {agreed !== undefined ? <p className="hint">{t('workshops.agreed.recorded')}</p> : null}
    </AppForm>
  );
}
