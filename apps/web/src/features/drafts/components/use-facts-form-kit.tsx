import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../shared/components/text-field';
import type { FactsFormState, TextPair } from '../utils/facts-form-state';

/** What each section of the company facts form gets: the state, how to change it, the messages, read-only. */
export interface FactsSectionProps {
  state: FactsFormState;
  update: (fn: (s: FactsFormState) => FactsFormState) => void;
  /** The message for an API path under `facts.` (the form's own check first, else the API's). */
  err: (path: string) => string | undefined;
  readOnly: boolean;
}

export const newFactsRowId = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2, 10)}`;

/** The repeated pieces of the facts sections: a Japanese/English text pair, and add/remove buttons. */
export function useFactsFormKit({ err, readOnly }: Pick<FactsSectionProps, 'err' | 'readOnly'>) {
  const { t } = useTranslation();
  const pair = (label: { ja: string; en: string }, value: TextPair, path: string, set: (v: TextPair) => void) => (
    <>
      <TextField
        label={label.ja}
        value={value.ja}
        onChange={(ja) => set({ ...value, ja })}
        error={err(`${path}.ja`) ?? err(path)}
        disabled={readOnly}
      />
      <TextField
        label={label.en}
        value={value.en}
        onChange={(en) => set({ ...value, en })}
        error={err(`${path}.en`)}
        disabled={readOnly}
      />
    </>
  );
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
  return { pair, names, removeButton, addButton };
}
