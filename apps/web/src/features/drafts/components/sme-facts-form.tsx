import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../shared/components/text-field';
import { useFormErrors } from '../../../shared/hooks/use-form-errors';
import type { CompanyFactsView } from '../api/draft-api-types';
import { useSaveCompanyFacts } from '../hooks/use-save-company-facts';
import { factsClientErrors } from '../utils/facts-client-errors';
import {
  SME_TEXT_FIELDS,
  smeFactsFormState,
  smeFormStateToFacts,
  type SmeFactsFormState,
  type SmeTextField,
} from '../utils/sme-facts-form-state';
import { FactsSaveErrors } from './facts-save-errors';

export interface SmeFactsFormProps {
  orgId: string;
  view: CompanyFactsView;
  readOnly: boolean;
  onReload: () => void;
  /** The head-count given at sign-up, which the one-pager uses when this field is empty. */
  signUpEmployees?: number | null;
}

/**
 * The few facts an SME one-pager needs beyond the SME check, in plain words with an example each. Everything is
 * optional and Japanese is enough; English sits in a closed section for owners who want an English page.
 */
export function SmeFactsForm({ orgId, view, readOnly, onReload, signUpEmployees }: SmeFactsFormProps) {
  const { t } = useTranslation();
  const save = useSaveCompanyFacts(orgId);
  const { formRef, fieldError, check } = useFormErrors(save.error);
  const [state, setState] = useState<SmeFactsFormState>(() => smeFactsFormState(view.facts));
  const [saved, setSaved] = useState(false);
  const update = (next: Partial<SmeFactsFormState>) => {
    setSaved(false);
    setState((s) => ({ ...s, ...next }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const facts = smeFormStateToFacts(state, view.facts);
    const errors = factsClientErrors(facts, t);
    // The shared messages speak of fiscal years for whole numbers; these two fields say what they expect.
    for (const key of ['employees', 'revenueManYen'] as const)
      if (errors[`facts.sme.${key}`]) errors[`facts.sme.${key}`] = t(`drafts.smeFacts.${key}.invalid`);
    if (!check(errors)) return;
    save.mutate({ facts, expectedVersion: view.version }, { onSuccess: () => setSaved(true) });
  };
  const err = (path: string) => fieldError(`facts.sme.${path}`);
  const text = (key: SmeTextField, lang: 'ja' | 'en') => (
    <TextField
      key={`${key}-${lang}`}
      label={t(`drafts.smeFacts.${key}.label${lang === 'en' ? 'En' : ''}`)}
      hint={lang === 'ja' ? t(`drafts.smeFacts.${key}.hint`) : undefined}
      value={state[key][lang]}
      onChange={(v) => update({ [key]: { ...state[key], [lang]: v } })}
      error={err(`${key}.${lang}`) ?? (lang === 'ja' ? err(key) : undefined)}
      maxLength={1000}
      disabled={readOnly}
    />
  );
  return (
    <form ref={formRef} className="form form--wide" onSubmit={submit} noValidate>
      <fieldset id="sme" className="panel">
        <legend>
          <h2>{t('drafts.smeFacts.heading')}</h2>
        </legend>
        <p className="muted">{t('drafts.smeFacts.intro')}</p>
        <div className="facts-grid">
          {text('products', 'ja')}
          {text('customers', 'ja')}
          <TextField
            label={t('drafts.smeFacts.employees.label')}
            hint={
              typeof signUpEmployees === 'number'
                ? t('drafts.smeFacts.employees.hintSignUp', { count: signUpEmployees })
                : t('drafts.smeFacts.employees.hint')
            }
            inputMode="numeric"
            value={state.employees}
            onChange={(employees) => update({ employees })}
            error={err('employees')}
            disabled={readOnly}
          />
          <TextField
            label={t('drafts.smeFacts.revenueManYen.label')}
            hint={t('drafts.smeFacts.revenueManYen.hint')}
            inputMode="numeric"
            value={state.revenueManYen}
            onChange={(revenueManYen) => update({ revenueManYen })}
            error={err('revenueManYen')}
            disabled={readOnly}
          />
          {text('ownerTitle', 'ja')}
          {text('nextSteps', 'ja')}
          {text('contact', 'ja')}
        </div>
        <details className="sme-facts-english">
          <summary>{t('drafts.smeFacts.english')}</summary>
          <div className="facts-grid">{SME_TEXT_FIELDS.map((key) => text(key, 'en'))}</div>
        </details>
      </fieldset>
      <FactsSaveErrors error={save.error} onReload={onReload} />
      <p role="status" aria-live="polite">
        {saved ? t('drafts.facts.saved') : null}
      </p>
      {readOnly ? null : (
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {save.isPending ? t('common.saving') : t('drafts.smeFacts.save')}
          </button>
        </div>
      )}
    </form>
  );
}
