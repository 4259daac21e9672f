import { useTranslation } from 'react-i18next';
import {
  COMPANY_SIZES,
  LISTING_STATUSES,
  TSE_INDUSTRIES,
  isSecuritiesCode,
  normalizeSecuritiesCode,
  type CompanySize,
  type IndustryCode,
  type ListingStatus,
  type OrganizationProfile,
} from '@ipgn/contracts';
import { FormErrorAlert } from '../../../shared/components/form-error-alert';
import { StatusMessage } from '../../../shared/components/status-message';
import { SubmitButton } from '../../../shared/components/submit-button';
import { AppForm } from '../../../shared/forms/app-form';
import { FormSelectField } from '../../../shared/forms/form-select-field';
import { FormTextField } from '../../../shared/forms/form-text-field';
import { useAppForm } from '../../../shared/forms/use-app-form';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { useUpdateOrganization } from '../hooks/use-update-organization';
import { monthLabel } from '../utils/month-label';

export interface OrganizationProfileFormProps {
  profile: OrganizationProfile;
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

export function OrganizationProfileForm({ profile }: OrganizationProfileFormProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const update = useUpdateOrganization(profile.id);
  const form = useAppForm({
    defaultValues: {
      legalNameJa: profile.legalNameJa,
      legalNameEn: profile.legalNameEn ?? '',
      listingStatus: profile.listingStatus as string,
      companySize: profile.companySize as string,
      industry: profile.industry ?? '',
      fiscalYearEndMonth: String(profile.fiscalYearEndMonth),
      securitiesCode: profile.securitiesCode ?? '',
    },
    serverError: update.error,
    pending: update.isPending,
    onValid: (v) => {
      update.reset();
      return update.mutateAsync({
        legalNameJa: v.legalNameJa.trim(),
        legalNameEn: v.legalNameEn.trim() === '' ? null : v.legalNameEn.trim(),
        listingStatus: v.listingStatus as ListingStatus,
        companySize: v.companySize as CompanySize,
        industry: v.industry === '' ? null : (v.industry as IndustryCode),
        fiscalYearEndMonth: Number(v.fiscalYearEndMonth),
        securitiesCode: v.securitiesCode.trim() === '' ? null : normalizeSecuritiesCode(v.securitiesCode),
      });
    },
  });
  const { control } = form.form;

  return (
    <AppForm form={form} alert={false} className="form form--wide">
      <StatusMessage>{update.isSuccess ? t('organization.profile.saved') : null}</StatusMessage>
      <FormErrorAlert error={form.serverError} invalid={form.invalid} />
      <FormTextField
        control={control}
        label={t('organization.profile.legalNameJa')}
        name="legalNameJa"
        autoComplete="organization"
        required
        lang="ja"
        validate={(v) => (!v.trim() ? t('validation.required') : undefined)}
      />
      <FormTextField
        control={control}
        label={t('organization.profile.legalNameEn')}
        name="legalNameEn"
        lang="en"
        hint={t('organization.profile.legalNameEnHint')}
      />
      <FormTextField
        control={control}
        label={t('organization.profile.securitiesCode')}
        name="securitiesCode"
        inputMode="text"
        autoComplete="off"
        maxLength={4}
        className="field--short"
        hint={t('organization.profile.securitiesCodeHint')}
        validate={(v) =>
          v.trim() !== '' && !isSecuritiesCode(v) ? t('organization.profile.securitiesCodeInvalid') : undefined
        }
      />
      <div className="form__row">
        <FormSelectField
          control={control}
          label={t('organization.profile.listingStatus')}
          name="listingStatus"
          options={LISTING_STATUSES.map((s) => ({ value: s, label: t(`listingStatuses.${s}`) }))}
        />
        <FormSelectField
          control={control}
          label={t('organization.profile.companySize')}
          name="companySize"
          options={COMPANY_SIZES.map((s) => ({ value: s, label: t(`companySizes.${s}`) }))}
        />
      </div>
      <div className="form__row">
        <FormSelectField
          control={control}
          label={t('organization.profile.industry')}
          name="industry"
          placeholder={t('organization.profile.industryPlaceholder')}
          options={TSE_INDUSTRIES.map((i) => ({ value: i.id, label: locale === 'en' ? i.en : i.ja }))}
        />
        <FormSelectField
          control={control}
          label={t('organization.profile.fiscalYearEndMonth')}
          name="fiscalYearEndMonth"
          options={MONTHS.map((m) => ({ value: String(m), label: monthLabel(m, t, locale) }))}
        />
      </div>
      <div className="form__actions">
        <SubmitButton pending={update.isPending} pendingLabel={t('common.saving')}>
          {t('common.save')}
        </SubmitButton>
      </div>
    </AppForm>
  );
}
