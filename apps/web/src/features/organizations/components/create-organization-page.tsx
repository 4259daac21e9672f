import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { FormErrorAlert } from '../../../shared/components/form-error-alert';
import { SubmitButton } from '../../../shared/components/submit-button';
import { TextField } from '../../../shared/components/text-field';
import { useFormErrors } from '../../../shared/hooks/use-form-errors';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import { useCreateOrganization } from '../hooks/use-create-organization';
import { SmeOrganizationForm } from '../../sme/components/sme-organization-form';

export function CreateOrganizationPage() {
  const [params] = useSearchParams();
  // Owners coming from the SME sign-up answer four questions and go straight into the SME check.
  return params.get('track') === 'sme' ? <SmeOrganizationForm /> : <GeneralCreateOrganization />;
}

function GeneralCreateOrganization() {
  const { t } = useTranslation();
  usePageTitle(t('organization.create.title'));
  const navigate = useNavigate();
  const me = useCurrentUser();
  const create = useCreateOrganization();
  const { formRef, fieldError, clientErrors, check } = useFormErrors(create.error);
  const [legalNameJa, setLegalNameJa] = useState('');
  const [legalNameEn, setLegalNameEn] = useState('');
  const hasNone = me.data?.memberships.length === 0;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!check({ legalNameJa: !legalNameJa.trim() ? t('validation.required') : undefined })) return;
    create.mutate(
      { legalNameJa: legalNameJa.trim(), ...(legalNameEn.trim() ? { legalNameEn: legalNameEn.trim() } : {}) },
      { onSuccess: (profile) => void navigate(`/o/${profile.id}/profile`) },
    );
  }

  return (
    <section aria-labelledby="create-org-title" className="page page--narrow">
      {hasNone ? (
        <div className="notice notice--info">
          <h2 className="notice__heading">{t('organization.none.title')}</h2>
          <p>{t('organization.none.body')}</p>
        </div>
      ) : null}
      <h1 id="create-org-title">{t('organization.create.title')}</h1>
      <p className="lead">{t('organization.create.intro')}</p>
      <form ref={formRef} noValidate onSubmit={submit} className="form">
        <FormErrorAlert error={create.error} invalid={Object.keys(clientErrors).length > 0} />
        <TextField
          label={t('organization.profile.legalNameJa')}
          name="legalNameJa"
          autoComplete="organization"
          required
          lang="ja"
          value={legalNameJa}
          onChange={setLegalNameJa}
          hint={t('auth.signUp.organizationNameHint')}
          error={fieldError('legalNameJa')}
        />
        <TextField
          label={t('organization.profile.legalNameEn')}
          name="legalNameEn"
          lang="en"
          value={legalNameEn}
          onChange={setLegalNameEn}
          hint={t('organization.profile.legalNameEnHint')}
          error={fieldError('legalNameEn')}
        />
        <SubmitButton pending={create.isPending} pendingLabel={t('organization.create.submitting')}>
          {t('organization.create.submit')}
        </SubmitButton>
      </form>
    </section>
  );
}
