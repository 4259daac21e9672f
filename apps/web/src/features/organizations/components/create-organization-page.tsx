import { useTranslation } from 'react-i18next';
import type { CompanySize, ListingStatus } from '@ipgn/contracts';
import { useNavigate, useSearchParams } from 'react-router';
import { SubmitButton } from '../../../shared/components/submit-button';
import { AppForm } from '../../../shared/forms/app-form';
import { FormTextField } from '../../../shared/forms/form-text-field';
import { useAppForm } from '../../../shared/forms/use-app-form';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import { useCreateOrganization } from '../hooks/use-create-organization';
import { SmeOrganizationForm } from '../../sme/components/sme-organization-form';
import { ListingAndSizeFields } from './listing-and-size-fields';

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
  const form = useAppForm({
    // Asked, not assumed: an organization created here used to start as an unlisted SME whatever it was (walk P2-5).
    defaultValues: { legalNameJa: '', legalNameEn: '', listingStatus: '', companySize: '' },
    serverError: create.error,
    pending: create.isPending,
    onValid: ({ legalNameJa, legalNameEn, listingStatus, companySize }) =>
      create
        .mutateAsync({
          legalNameJa: legalNameJa.trim(),
          ...(legalNameEn.trim() ? { legalNameEn: legalNameEn.trim() } : {}),
          listingStatus: listingStatus as ListingStatus,
          companySize: companySize as CompanySize,
        })
        .then((profile) => void navigate(`/o/${profile.id}/profile`)),
  });
  const { control } = form.form;
  const hasNone = me.data?.memberships.length === 0;

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
      <AppForm form={form} className="form">
        <FormTextField
          control={control}
          label={t('organization.profile.legalNameJa')}
          name="legalNameJa"
          autoComplete="organization"
          required
          lang="ja"
          hint={t('auth.signUp.organizationNameHint')}
          validate={(v) => (!v.trim() ? t('validation.required') : undefined)}
        />
        <FormTextField
          control={control}
          label={t('organization.profile.legalNameEn')}
          name="legalNameEn"
          lang="en"
          hint={t('organization.profile.legalNameEnHint')}
        />
        <ListingAndSizeFields control={control} />
        <SubmitButton pending={create.isPending} pendingLabel={t('organization.create.submitting')}>
          {t('organization.create.submit')}
        </SubmitButton>
      </AppForm>
    </section>
  );
}
