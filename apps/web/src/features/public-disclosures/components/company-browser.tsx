import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LISTING_STATUSES, TSE_INDUSTRIES, type IndustryCode, type ListingStatus } from '@ipgn/contracts';
import { LoadingState } from '../../../shared/components/loading-state';
import { QueryErrorState } from '../../../shared/components/query-error-state';
import { SelectField } from '../../../shared/components/select-field';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { formatDate } from '../../../shared/utils/format-date';
import { industryLabel } from '../../organizations/utils/industry-label';
import type { CompanyFilters } from '../api/public-api-types';
import { usePublicCompanies } from '../hooks/use-public-companies';
import { companyName } from '../utils/company-name';

/** Companies with published disclosures, filtered by industry and listing; choose 2–4 to compare. */
export function CompanyBrowser({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const [filters, setFilters] = useState<CompanyFilters>({ industry: '', listingStatus: '' });
  const [chosen, setChosen] = useState<string[]>([]);
  const companies = usePublicCompanies(filters);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const canCompare = chosen.length >= 2 && chosen.length <= 4;
  return (
    <div className="company-browser">
      <form className="inline-form" aria-label={t('publicDisclosures.browse.filters')} onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label={t('publicDisclosures.browse.industry')}
          value={filters.industry}
          placeholder={t('publicDisclosures.browse.all')}
          onChange={(v) => setFilters((f) => ({ ...f, industry: v as IndustryCode | '' }))}
          options={TSE_INDUSTRIES.map((i) => ({ value: i.id, label: locale === 'en' ? i.en : i.ja }))}
        />
        <SelectField
          label={t('publicDisclosures.browse.listingStatus')}
          value={filters.listingStatus}
          placeholder={t('publicDisclosures.browse.all')}
          onChange={(v) => setFilters((f) => ({ ...f, listingStatus: v as ListingStatus | '' }))}
          options={LISTING_STATUSES.map((s) => ({ value: s, label: t(`listingStatuses.${s}`) }))}
        />
      </form>
      {companies.isPending ? <LoadingState /> : null}
      {companies.isError ? <QueryErrorState error={companies.error} onRetry={() => void companies.refetch()} /> : null}
      {companies.data ? (
        <>
          <p role="status">{t('publicDisclosures.browse.count', { count: companies.data.length })}</p>
          {companies.data.length === 0 ? <p className="empty">{t('publicDisclosures.browse.empty')}</p> : null}
          <ul className="cards">
            {companies.data.map((c) => {
              const name = companyName(c, locale);
              return (
                <li key={c.slug} className="card" data-testid={`company-${c.slug}`}>
                  <Heading>
                    <Link to={`/companies/${c.slug}`}>{name}</Link>
                  </Heading>
                  <p className="muted">
                    {t('publicDisclosures.company.meta', { industry: industryLabel(c.industry, locale) ?? t('common.notSet'), listing: t(`listingStatuses.${c.listingStatus}`) })}
                  </p>
                  <p>{t('publicDisclosures.browse.publications', { count: c.publications, date: formatDate(c.latestPublishedAt, locale) })}</p>
                  <label className="choice">
                    <input
                      type="checkbox"
                      checked={chosen.includes(c.slug)}
                      onChange={(e) => setChosen((list) => (e.target.checked ? [...list, c.slug] : list.filter((s) => s !== c.slug)))}
                    />
                    {t('publicDisclosures.browse.select', { name })}
                  </label>
                </li>
              );
            })}
          </ul>
          {canCompare ? (
            <p>
              <Link className="button button--primary" to={`/companies/compare?slugs=${chosen.join(',')}`}>
                {t('publicDisclosures.browse.compare', { count: chosen.length })}
              </Link>
            </p>
          ) : (
            <p className="muted">{t('publicDisclosures.browse.compareHint')}</p>
          )}
        </>
      ) : null}
    </div>
  );
}
