import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppForm } from '../../../shared/forms/app-form';
import { FormTextField } from '../../../shared/forms/form-text-field';
import { useAppForm } from '../../../shared/forms/use-app-form';
import { useLocalFactsCopy } from '../hooks/use-local-facts-copy';
import { useSaveCompanyFacts } from '../hooks/use-save-company-facts';
import { factsClientErrors } from '../utils/facts-client-errors';
import { clearLocalFactsCopy, readLocalFactsCopy } from '../utils/local-facts-copy';
import {
  SME_TEXT_FIELDS,
  smeFactsFormState,
  smeFormStateToFacts,
  type SmeFactsFormState,
  type SmeTextField,
} from '../utils/sme-facts-form-state';
import { FactsSaveErrors } from './facts-save-errors';
import { RestoredFactsNotice } from './restored-facts-notice';
import type { CompanyFactsView } from '@ipgn/drafting';

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
  const [saved, setSaved] = useState(false);
  // The last saved state, to tell whether there is anything unsaved; typing kept on this device (a reload, a
  // closed tab, a failed save) comes back if nobody has saved the facts since — as in the listed-company form.
  const [baseline, setBaseline] = useState(() => JSON.stringify(smeFactsFormState(view.facts)));
  const [restored] = useState(() => readLocalFactsCopy<SmeFactsFormState>(orgId, view.version, 'sme'));
  const form = useAppForm<SmeFactsFormState>({
    defaultValues: restored ? { ...smeFactsFormState(view.facts), ...restored } : smeFactsFormState(view.facts),
    serverError: save.error,
    pending: save.isPending,
    check: (state) => {
      const errors = factsClientErrors(smeFormStateToFacts(state, view.facts), t);
      // The shared messages speak of fiscal years for whole numbers; these two fields say what they expect.
      for (const key of ['employees', 'revenueManYen'] as const)
        if (errors[`facts.sme.${key}`]) errors[`facts.sme.${key}`] = t(`drafts.smeFacts.${key}.invalid`);
      return errors;
    },
    onValid: (state) => {
      const sent = JSON.stringify(state);
      return save
        .mutateAsync({ facts: smeFormStateToFacts(state, view.facts), expectedVersion: view.version })
        .then(() => {
          setBaseline(sent);
          setSaved(true);
        });
    },
  });
  const { control, watch, reset } = form.form;
  const state = watch();
  const dirty = !readOnly && JSON.stringify(state) !== baseline;
  useLocalFactsCopy(orgId, 'sme', view.version, state, dirty);
  useEffect(() => {
    const typing = watch(() => setSaved(false));
    return () => typing.unsubscribe();
  }, [watch]);
  const text = (key: SmeTextField, lang: 'ja' | 'en') => (
    <FormTextField
      key={`${key}-${lang}`}
      control={control}
      name={`${key}.${lang}`}
      errorKey={lang === 'ja' ? [`facts.sme.${key}.ja`, `facts.sme.${key}`] : `facts.sme.${key}.en`}
      label={t(`drafts.smeFacts.${key}.label${lang === 'en' ? 'En' : ''}`)}
      hint={lang === 'ja' ? t(`drafts.smeFacts.${key}.hint`) : undefined}
      maxLength={1000}
      disabled={readOnly}
    />
  );
  return (
    <AppForm form={form} alert={false} className="form form--wide">
      <fieldset id="sme" className="panel">
        <legend>
          <h2>{t('drafts.smeFacts.heading')}</h2>
        </legend>
        <p className="muted">{t('drafts.smeFacts.intro')}</p>
        {restored && dirty ? (
          <RestoredFactsNotice
            onDiscard={() => {
              clearLocalFactsCopy(orgId, 'sme');
              reset(smeFactsFormState(view.facts));
            }}
          />
        ) : null}
        <div className="facts-grid">
          {text('products', 'ja')}
          {text('customers', 'ja')}
          <FormTextField
            control={control}
            name="employees"
            errorKey="facts.sme.employees"
            label={t('drafts.smeFacts.employees.label')}
            hint={
              typeof signUpEmployees === 'number'
                ? t('drafts.smeFacts.employees.hintSignUp', { count: signUpEmployees })
                : t('drafts.smeFacts.employees.hint')
            }
            inputMode="numeric"
            disabled={readOnly}
          />
          <FormTextField
            control={control}
            name="revenueManYen"
            errorKey="facts.sme.revenueManYen"
            label={t('drafts.smeFacts.revenueManYen.label')}
            hint={t('drafts.smeFacts.revenueManYen.hint')}
            inputMode="numeric"
            disabled={readOnly}
          />
          {text('ownerTitle', 'ja')}
          {text('nextSteps', 'ja')}
          {text('contact', 'ja')}
        </div>
        {/* Opened when restored typing is in it, so nothing comes back out of sight. */}
        <details
          className="sme-facts-english"
          open={
            restored !== null && SME_TEXT_FIELDS.some((key) => (restored[key]?.en ?? '').trim() !== '')
              ? true
              : undefined
          }
        >
          <summary>{t('drafts.smeFacts.english')}</summary>
          <div className="facts-grid">{SME_TEXT_FIELDS.map((key) => text(key, 'en'))}</div>
        </details>
      </fieldset>
      <FactsSaveErrors error={form.serverError} onReload={onReload} />
      <p role="status" aria-live="polite" className={dirty ? 'save-status save-status--unsaved' : 'save-status'}>
        {saved && !dirty ? t('drafts.facts.saved') : null}
        {dirty ? t('drafts.facts.unsaved') : null}
      </p>
      {readOnly ? null : (
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {save.isPending ? t('common.saving') : t('drafts.smeFacts.save')}
          </button>
        </div>
      )}
    </AppForm>
  );
}
