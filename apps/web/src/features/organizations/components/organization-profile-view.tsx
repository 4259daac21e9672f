import { useTranslation } from 'react-i18next';
import type { OrganizationProfile } from '@ipgn/contracts';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { industryLabel } from '../utils/industry-label';
import { monthLabel } from '../utils/month-label';

export interface OrganizationProfileViewProps {
  profile: OrganizationProfile;
}

/** The profile for roles that may read but not edit it. */
export function OrganizationProfileView({ profile }: OrganizationProfileViewProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const rows: Array<[string, string]> = [
    [t('organization.profile.legalNameJa'), profile.legalNameJa],
    [t('organization.profile.legalNameEn'), profile.legalNameEn ?? t('common.notSet')],
    [t('organization.profile.securitiesCode'), profile.securitiesCode ?? t('common.notSet')],
    [t('organization.profile.listingStatus'), t(`listingStatuses.${profile.listingStatus}`)],
    [t('organization.profile.companySize'), t(`companySizes.${profile.companySize}`)],
    [t('organization.profile.industry'), industryLabel(profile.industry, locale) ?? t('common.notSet')],
    [t('organization.profile.fiscalYearEndMonth'), monthLabel(profile.fiscalYearEndMonth, t, locale)],
  ];
  return (
    <dl className="details">
      {rows.map(([term, value]) => (
        <div key={term} className="details__row">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
