import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  COMPANY_SIZES,
  LISTING_STATUSES,
  TSE_INDUSTRIES,
  type CompanySize,
  type IndustryCode,
  type ListingStatus,
  type OrganizationProfile,
} from '@ipgn/contracts';
import { FormErrorAlert } from '../../../shared/components/form-error-alert';
import { SelectField } from '../../../shared/components/select-field';
import { StatusMessage } from '../../../shared/components/status-message';
import { SubmitButton } from '../../../shared/components/submit-button';
import { TextField } from '../../../shared/components/text-field';
import { useFormErrors } from '../../../shared/hooks/use-form-errors';
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
  const { formRef, fieldError, clientErrors, check } = useFormErrors(update.error);
  const [legalNameJa, setLegalNameJa] = useState(profile.legalNameJa);
  const [legalNameEn, setLegalNameEn] = useState(profile.legalNameEn ?? '');
  const [listingStatus, setListingStatus] = useState<ListingStatus>(profile.listingStatus);
  const [companySize, setCompanySize] = useState<CompanySize>(profile.companySize);
  const [industry, setIndustry] = useState<string>(profile.industry ?? '');
  const [fiscalYearEndMonth, setFiscalYearEndMonth] = useState(String(profile.fiscalYearEndMonth));
  const [securitiesCode, setSecuritiesCode] = useState(profile.securitiesCode ?? '');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update.reset();
    const valid = check({ legalNameJa: !legalNameJa.trim() ? t('validation.required') : undefined });
    if (!valid) return;
    update.mutate({
      legalNameJa: legalNameJa.trim(),
      legalNameEn: legalNameEn.trim() === '' ? null : legalNameEn.trim(),
      listingStatus,
      companySize,
      industry: industry === '' ? null : (industry as IndustryCode),
      fiscalYearEndMonth: Number(fiscalYearEndMonth),
      securitiesCode: securitiesCode.trim() === '' ? null : securitiesCode.trim(),
    });
  }

  return (
    <form ref={formRef} noValidate onSubmit={submit} className="form form--wide">
      <StatusMessage>{update.isSuccess ? t('organization.profile.saved') : null}</StatusMessage>
      <FormErrorAlert error={update.error} invalid={Object.keys(clientErrors).length > 0} />
      <TextField
        label={t('organization.profile.legalNameJa')}
        name="legalNameJa"
        autoComplete="organization"
        required
        lang="ja"
        value={legalNameJa}
        onChange={setLegalNameJa}
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
      <TextField
        label={t('organization.profile.securitiesCode')}
        name="securitiesCode"
        inputMode="text"
        autoComplete="off"
        maxLength={4}
        className="field--short"
        value={securitiesCode}
        onChange={setSecuritiesCode}
        hint={t('organization.profile.securitiesCodeHint')}
        error={fieldError('securitiesCode')}
      />
      <div className="form__row">
        <SelectField
          label={t('organization.profile.listingStatus')}
          name="listingStatus"
          value={listingStatus}
          onChange={(v) => setListingStatus(v as ListingStatus)}
          options={LISTING_STATUSES.map((s) => ({ value: s, label: t(`listingStatuses.${s}`) }))}
          error={fieldError('listingStatus')}
        />
        <SelectField
          label={t('organization.profile.companySize')}
          name="companySize"
          value={companySize}
          onChange={(v) => setCompanySize(v as CompanySize)}
          options={COMPANY_SIZES.map((s) => ({ value: s, label: t(`companySizes.${s}`) }))}
          error={fieldError('companySize')}
        />
      </div>
      <div className="form__row">
        <SelectField
          label={t('organization.profile.industry')}
          name="industry"
          value={industry}
          onChange={setIndustry}
          placeholder={t('organization.profile.industryPlaceholder')}
          options={TSE_INDUSTRIES.map((i) => ({ value: i.id, label: locale === 'en' ? i.en : i.ja }))}
          error={fieldError('industry')}
        />
        <SelectField
          label={t('organization.profile.fiscalYearEndMonth')}
          name="fiscalYearEndMonth"
          value={fiscalYearEndMonth}
          onChange={setFiscalYearEndMonth}
          options={MONTHS.map((m) => ({ value: String(m), label: monthLabel(m, t, locale) }))}
          error={fieldError('fiscalYearEndMonth')}
        />
      </div>
      <div className="form__actions">
        <SubmitButton pending={update.isPending} pendingLabel={t('common.saving')}>
          {t('common.save')}
        </SubmitButton>
      </div>
    </form>
  );
}
