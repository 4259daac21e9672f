import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DRAFT_LANGUAGES, DRAFT_TYPES, type DraftLanguage, type DraftType } from '@ipgn/drafting';
import { FormErrorAlert } from '../../../shared/components/form-error-alert';
import { SelectField } from '../../../shared/components/select-field';
import { useOrganization } from '../../organizations/hooks/use-organization';
import { useCreateDraft } from '../hooks/use-create-draft';

/** Generates a new draft from the latest assessment and opens it in the editor. */
export function NewDraftForm({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateDraft(orgId);
  const organization = useOrganization(orgId);
  const [chosenType, setType] = useState<DraftType | null>(null);
  // Until the user picks one: an unlisted company starts from the SME one-pager, a listed one from the CG report.
  const type: DraftType =
    chosenType ?? (organization.data?.listingStatus === 'unlisted' ? 'sme-one-pager' : 'cg-report');
  const [language, setLanguage] = useState<DraftLanguage>('ja');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ type, language }, { onSuccess: (detail) => void navigate(`/o/${orgId}/drafts/${detail.id}`) });
  };
  return (
    <section aria-labelledby="new-draft-title" className="panel">
      <h2 id="new-draft-title">{t('drafts.create.heading')}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <FormErrorAlert error={create.error} />
        <SelectField
          label={t('drafts.create.type')}
          value={type}
          onChange={(v) => setType(v as DraftType)}
          options={DRAFT_TYPES.map((value) => ({ value, label: t(`drafts.types.${value}`) }))}
        />
        <SelectField
          label={t('drafts.create.language')}
          value={language}
          onChange={(v) => setLanguage(v as DraftLanguage)}
          options={DRAFT_LANGUAGES.map((value) => ({ value, label: t(`drafts.languages.${value}`) }))}
        />
        <p className="muted">{t('drafts.create.source')}</p>
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={create.isPending}>
            {create.isPending ? t('drafts.create.submitting') : t('drafts.create.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
