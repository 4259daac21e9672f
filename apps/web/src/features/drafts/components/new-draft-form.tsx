import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DRAFT_LANGUAGES, DRAFT_TYPES, type DraftLanguage, type DraftType } from '@ipgn/drafting';
import { AppForm } from '../../../shared/forms/app-form';
import { FormSelectField } from '../../../shared/forms/form-select-field';
import { useAppForm } from '../../../shared/forms/use-app-form';
import { useOrganization } from '../../organizations/hooks/use-organization';
import { useCreateDraft } from '../hooks/use-create-draft';

/** Generates a new draft from the latest assessment and opens it in the editor. */
export function NewDraftForm({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateDraft(orgId);
  const organization = useOrganization(orgId);
  // Until the user picks one: an unlisted company starts from the SME one-pager, a listed one from the CG report.
  const suggested: DraftType = organization.data?.listingStatus === 'unlisted' ? 'sme-one-pager' : 'cg-report';
  const form = useAppForm<{ type: DraftType; language: DraftLanguage }>({
    defaultValues: { type: suggested, language: 'ja' },
    serverError: create.error,
    pending: create.isPending,
    onValid: ({ type, language }) =>
      create.mutateAsync({ type, language }).then((detail) => void navigate(`/o/${orgId}/drafts/${detail.id}`)),
  });
  const { control, getFieldState, resetField } = form.form;
  useEffect(() => {
    if (!getFieldState('type').isDirty) resetField('type', { defaultValue: suggested });
  }, [suggested, getFieldState, resetField]);
  return (
    <section aria-labelledby="new-draft-title" className="panel">
      <h2 id="new-draft-title">{t('drafts.create.heading')}</h2>
      <AppForm form={form} className="form">
        <FormSelectField
          control={control}
          name="type"
          label={t('drafts.create.type')}
          options={DRAFT_TYPES.map((value) => ({ value, label: t(`drafts.types.${value}`) }))}
        />
        <FormSelectField
          control={control}
          name="language"
          label={t('drafts.create.language')}
          options={DRAFT_LANGUAGES.map((value) => ({ value, label: t(`drafts.languages.${value}`) }))}
        />
        <p className="muted">{t('drafts.create.source')}</p>
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={create.isPending}>
            {create.isPending ? t('drafts.create.submitting') : t('drafts.create.submit')}
          </button>
        </div>
      </AppForm>
    </section>
  );
}
