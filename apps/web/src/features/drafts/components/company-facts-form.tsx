import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormErrors } from '../../../shared/hooks/use-form-errors';
import { useUnsavedChangesWarning } from '../../../shared/hooks/use-unsaved-changes-warning';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { formatDateTime } from '../../../shared/utils/format-date-time';
import type { CompanyFactsView } from '../api/draft-api-types';
import type { useSaveCompanyFacts } from '../hooks/use-save-company-facts';
import { factsFormState, type FactsFormState } from '../utils/facts-form-state';
import { factsClientErrors } from '../utils/facts-client-errors';
import { formStateToFacts } from '../utils/form-state-to-facts';
import { clearLocalFactsCopy, readLocalFactsCopy, writeLocalFactsCopy } from '../utils/local-facts-copy';
import { FactsAllocationsSection } from './facts-allocations-section';
import { FactsDisclosureFields } from './facts-disclosure-fields';
import { FactsGovernanceSection } from './facts-governance-section';
import { FactsIntangiblesSection } from './facts-intangibles-section';
import { FactsKpisSection } from './facts-kpis-section';
import { FactsSaveErrors } from './facts-save-errors';
import { FactsSegmentsSection } from './facts-segments-section';

export interface CompanyFactsFormProps {
  orgId: string;
  view: CompanyFactsView;
  readOnly: boolean;
  onReload: () => void;
  /** The save, owned by the page: a save remounts this form (new version), and its outcome must survive that. */
  save: ReturnType<typeof useSaveCompanyFacts>;
}

/** The main structured facts: segments, key intangibles, KPIs with targets, investments and governance. */
export function CompanyFactsForm({ orgId, view, readOnly, onReload, save }: CompanyFactsFormProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const { formRef, fieldError, check } = useFormErrors(save.error);
  // The last saved state, to tell whether there is anything unsaved.
  const [baseline, setBaseline] = useState(() => JSON.stringify(factsFormState(view.facts)));
  // An unsaved copy kept on this device (a failed save, a closed tab) comes back if nobody has saved since.
  const [restored] = useState(() => readLocalFactsCopy(orgId, view.version));
  const [state, setState] = useState<FactsFormState>(() => restored ?? factsFormState(view.facts));
  // Saved just now: the version this form was (re)mounted with is the one the last save produced.
  const [saved, setSaved] = useState(() => save.isSuccess && save.data?.version === view.version);
  const dirty = !readOnly && JSON.stringify(state) !== baseline;
  useUnsavedChangesWarning(dirty, t('drafts.facts.unsavedLeave'));
  useEffect(() => {
    if (dirty) writeLocalFactsCopy(orgId, view.version, state);
    else clearLocalFactsCopy(orgId);
  }, [dirty, orgId, view.version, state]);
  const update = (fn: (s: FactsFormState) => FactsFormState) => {
    setSaved(false);
    setState(fn);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const facts = formStateToFacts(state, view.facts);
    // The same schema as the API: problems show beside their fields before anything is sent.
    if (!check(factsClientErrors(facts, t))) return;
    const sent = JSON.stringify(state);
    save.mutate(
      { facts, expectedVersion: view.version },
      {
        onSuccess: () => {
          setBaseline(sent);
          setSaved(true);
        },
      },
    );
  };
  const err = (path: string) => fieldError(`facts.${path}`);
  const section = { state, update, err, readOnly };
  const s = state;
  return (
    <form ref={formRef} className="form form--wide" onSubmit={submit} noValidate>
      {restored && dirty ? (
        <div className="notice" role="status">
          <p>{t('drafts.facts.restored')}</p>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              clearLocalFactsCopy(orgId);
              setState(factsFormState(view.facts));
            }}
          >
            {t('drafts.facts.discardRestored')}
          </button>
        </div>
      ) : null}
      {view.updatedAt ? (
        <p className="muted">
          {t('drafts.facts.lastSaved', {
            name: view.updatedBy?.displayName ?? t('drafts.comments.unknown'),
            date: formatDateTime(view.updatedAt, locale),
          })}
        </p>
      ) : null}

      <FactsSegmentsSection {...section} />
      <FactsIntangiblesSection {...section} />
      <FactsKpisSection {...section} />
      <FactsAllocationsSection {...section} />
      <FactsGovernanceSection {...section} />

      <FactsDisclosureFields
        url={s.disclosureUrl}
        onUrl={(disclosureUrl) => update((st) => ({ ...st, disclosureUrl }))}
        error={err}
        disabled={readOnly}
      />

      <FactsSaveErrors error={save.error} onReload={onReload} />
      <p role="status" aria-live="polite" className={dirty ? 'save-status save-status--unsaved' : 'save-status'}>
        {saved && !dirty ? t('drafts.facts.saved') : null}
        {dirty ? t('drafts.facts.unsaved') : null}
      </p>
      {readOnly ? null : (
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {save.isPending ? t('common.saving') : t('common.save')}
          </button>
        </div>
      )}
    </form>
  );
}
