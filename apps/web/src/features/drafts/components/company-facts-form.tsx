import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppForm } from '../../../shared/forms/app-form';
import { useAppForm } from '../../../shared/forms/use-app-form';
import { useLocalFactsCopy } from '../hooks/use-local-facts-copy';
import type { useSaveCompanyFacts } from '../hooks/use-save-company-facts';
import { factsFormState, type FactsFormState } from '../utils/facts-form-state';
import { factsClientErrors } from '../utils/facts-client-errors';
import { formStateToFacts } from '../utils/form-state-to-facts';
import { clearLocalFactsCopy, readLocalFactsCopy } from '../utils/local-facts-copy';
import { FactsAllocationsSection } from './facts-allocations-section';
import { FactsDisclosureFields } from './facts-disclosure-fields';
import { FactsGovernanceSection } from './facts-governance-section';
import { FactsIntangiblesSection } from './facts-intangibles-section';
import { FactsKpisSection } from './facts-kpis-section';
import { FactsSaveErrors } from './facts-save-errors';
import { FactsSegmentsSection } from './facts-segments-section';
import { RestoredFactsNotice } from './restored-facts-notice';
import type { CompanyFactsView } from '@ipgn/drafting';
import { formatDateTime } from '../../../shared/i18n/format';

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
  const { t } = useTranslation();
  // The last saved state, to tell whether there is anything unsaved.
  const [baseline, setBaseline] = useState(() => JSON.stringify(factsFormState(view.facts)));
  // An unsaved copy kept on this device (a failed save, a closed tab) comes back if nobody has saved since.
  const [restored] = useState(() => readLocalFactsCopy<FactsFormState>(orgId, view.version, 'listed'));
  // Saved just now: the version this form was (re)mounted with is the one the last save produced.
  const [saved, setSaved] = useState(() => save.isSuccess && save.data?.version === view.version);
  const form = useAppForm<FactsFormState>({
    defaultValues: restored ?? factsFormState(view.facts),
    serverError: save.error,
    pending: save.isPending,
    // The same schema as the API: problems show beside their fields before anything is sent.
    check: (state) => factsClientErrors(formStateToFacts(state, view.facts), t),
    onValid: (state) => {
      const sent = JSON.stringify(state);
      return save
        .mutateAsync({ facts: formStateToFacts(state, view.facts), expectedVersion: view.version })
        .then(() => {
          setBaseline(sent);
          setSaved(true);
        });
    },
  });
  const { control, setValue, watch, reset } = form.form;
  const state = watch();
  const dirty = !readOnly && JSON.stringify(state) !== baseline;
  useLocalFactsCopy(orgId, 'listed', view.version, state, dirty);
  useEffect(() => {
    const typing = watch(() => setSaved(false));
    return () => typing.unsubscribe();
  }, [watch]);
  const section = { control, setValue, readOnly };
  return (
    <AppForm form={form} alert={false} className="form form--wide">
      {restored && dirty ? (
        <RestoredFactsNotice
          onDiscard={() => {
            clearLocalFactsCopy(orgId, 'listed');
            reset(factsFormState(view.facts));
          }}
        />
      ) : null}
      {view.updatedAt ? (
        <p className="muted">
          {t('drafts.facts.lastSaved', {
            name: view.updatedBy?.displayName ?? t('drafts.comments.unknown'),
            date: formatDateTime(view.updatedAt),
          })}
        </p>
      ) : null}

      <FactsSegmentsSection {...section} />
      <FactsIntangiblesSection {...section} />
      <FactsKpisSection {...section} />
      <FactsAllocationsSection {...section} />
      <FactsGovernanceSection {...section} />

      <FactsDisclosureFields {...section} />

      <FactsSaveErrors error={form.serverError} onReload={onReload} />
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
    </AppForm>
  );
}
