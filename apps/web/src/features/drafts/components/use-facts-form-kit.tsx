import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Control, FieldPathByValue, UseFormSetValue } from 'react-hook-form';
import { FormTextField } from '../../../shared/forms/form-text-field';
import type { FactsFormState, TextPair } from '../utils/facts-form-state';

/** What each section of the company facts form gets: the form's fields, and whether they are read-only. */
export interface FactsSectionProps {
  control: Control<FactsFormState>;
  /** For adding and removing rows. */
  setValue: UseFormSetValue<FactsFormState>;
  readOnly: boolean;
}

/** A text field of the facts form. */
export type FactsTextPath = FieldPathByValue<FactsFormState, string>;
/** A Japanese/English pair of the facts form. */
export type FactsPairPath = FieldPathByValue<FactsFormState, TextPair>;

export const newFactsRowId = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2, 10)}`;

/** The repeated pieces of the facts sections: a Japanese/English text pair, and add/remove buttons. */
export function useFactsFormKit({ control, readOnly }: FactsSectionProps) {
  const { t } = useTranslation();
  /** `apiPath` is the pair's path under `facts.` in the API's messages (the form's own path when omitted). */
  const pair = (label: { ja: string; en: string }, name: FactsPairPath, apiPath: string = name) => (
    <>
      <FormTextField
        control={control}
        name={`${name}.ja` as FactsTextPath}
        errorKey={[`facts.${apiPath}.ja`, `facts.${apiPath}`]}
        label={label.ja}
        disabled={readOnly}
      />
      <FormTextField
        control={control}
        name={`${name}.en` as FactsTextPath}
        errorKey={`facts.${apiPath}.en`}
        label={label.en}
        disabled={readOnly}
      />
    </>
  );
  /** One more text or select field's API path under `facts.`. */
  const api = (path: string) => `facts.${path}`;
  const names = { ja: t('drafts.facts.nameJa'), en: t('drafts.facts.nameEn') };
  const removeButton = (item: string, onClick: () => void): ReactNode =>
    readOnly ? null : (
      <button type="button" className="button button--danger-outline button--small" onClick={onClick}>
        {t('drafts.facts.remove', { item })}
      </button>
    );
  const addButton = (section: string, onClick: () => void): ReactNode =>
    readOnly ? null : (
      <button type="button" className="button button--secondary" onClick={onClick}>
        {t('drafts.facts.add', { section })}
      </button>
    );
  return { pair, api, names, removeButton, addButton };
}
