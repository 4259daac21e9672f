import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { LISTING_STATUSES, TSE_INDUSTRIES, type IndustryCode, type ListingStatus } from '@ipgn/contracts';
import { LoadingState } from '../../../shared/components/loading-state';
import { QueryErrorState } from '../../../shared/components/query-error-state';
import { LoadMore } from '../../../shared/components/load-more';
import { SelectField } from '../../../shared/components/select-field';
import { TextField } from '../../../shared/components/text-field';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { industryLabel } from '../../organizations/utils/industry-label';
import type { CompanyFilters } from '../api/public-api-types';
import { usePublicCompanies } from '../hooks/use-public-companies';
import { companyName } from '../utils/company-name';
import { formatDate } from '../../../shared/i18n/format';

/** How long typing pauses before the search is sent. */
const SEARCH_DELAY_MS = 300;

/**
 * Companies with published disclosures: searched by name or securities code (on the server, `?q=` in the
 * address so a search can be shared or come from the landing page), filtered by industry and listing, page by
 * page; choose 2–4 to compare.
 */
export function CompanyBrowser({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const [params, setParams] = useSearchParams();
  const searched = params.get('q') ?? '';
  const [text, setText] = useState(searched);
  const [selects, setSelects] = useState<Omit<CompanyFilters, 'q'>>({ industry: '', listingStatus: '' });
  const [chosen, setChosen] = useState<string[]>([]);
  const filters: CompanyFilters = { q: searched, ...selects };
  const companies = usePublicCompanies(filters);

  // The address follows the search box after a short pause (replace: typing is not a history of pages).
  useEffect(() => {
    if (text.trim() === searched) return undefined;
    const timer = setTimeout(() => applySearch(text), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  });

  function applySearch(value: string) {
    const next = new URLSearchParams(params);
    if (value.trim()) next.set('q', value.trim());
    else next.delete('q');
    setParams(next, { replace: true });
  }
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const canCompare = chosen.length >= 2 && chosen.length <= 4;
  return (
    <div className="company-browser">
      <form
        role="search"
        className="company-search"
        aria-label={t('publicDisclosures.browse.searchLabel')}
        onSubmit={(e) => {
          e.preventDefault();
          applySearch(text);
        }}
      >
        <TextField
          label={t('publicDisclosures.browse.search')}
          hint={t('publicDisclosures.browse.searchHint')}
          type="search"
          value={text}
          onChange={setText}
          maxLength={100}
          autoComplete="off"
        />
        <button type="submit" className="button button--secondary">
          {t('publicDisclosures.browse.searchButton')}
        </button>
      </form>
      <form
        className="inline-form"
        aria-label={t('publicDisclosures.browse.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <SelectField
          label={t('publicDisclosures.browse.industry')}
          value={filters.industry}
          placeholder={t('publicDisclosures.browse.all')}
          onChange={(v) => setSelects((f) => ({ ...f, industry: v as IndustryCode | '' }))}
          options={TSE_INDUSTRIES.map((i) => ({ value: i.id, label: locale === 'en' ? i.en : i.ja }))}
        />
        <SelectField
          label={t('publicDisclosures.browse.listingStatus')}
          value={filters.listingStatus}
          placeholder={t('publicDisclosures.browse.all')}
          onChange={(v) => setSelects((f) => ({ ...f, listingStatus: v as ListingStatus | '' }))}
          options={LISTING_STATUSES.map((s) => ({ value: s, label: t(`listingStatuses.${s}`) }))}
        />
      </form>
      {companies.isPending ? <LoadingState /> : null}
      {companies.isError ? <QueryErrorState error={companies.error} onRetry={() => void companies.refetch()} /> : null}
      {companies.data ? (
        <>
          <p role="status">
            {searched
              ? t('publicDisclosures.browse.countFor', { count: companies.total, q: searched })
              : t('publicDisclosures.browse.count', { count: companies.total })}
          </p>
          {companies.data.length === 0 ? (
            <p className="empty">
              {t(searched ? 'publicDisclosures.browse.emptySearch' : 'publicDisclosures.browse.empty')}
            </p>
          ) : null}
          <ul className="cards">
            {companies.data.map((c) => {
              const name = companyName(c, locale);
              return (
                <li key={c.slug} className="card" data-testid={`company-${c.slug}`}>
                  <Heading>
                    <Link to={`/companies/${c.slug}`}>{name}</Link>
                  </Heading>
                  {c.securitiesCode ? (
                    <p className="muted">{t('publicDisclosures.company.code', { code: c.securitiesCode })}</p>
                  ) : null}
                  <p className="muted">
                    {t('publicDisclosures.company.meta', {
                      industry: industryLabel(c.industry, locale) ?? t('common.notSet'),
                      listing: t(`listingStatuses.${c.listingStatus}`),
                    })}
                  </p>
                  <p>
                    {t('publicDisclosures.browse.publications', {
                      count: c.publications,
                      date: formatDate(c.latestPublishedAt, locale),
                    })}
                  </p>
                  <label className="choice">
                    <input
                      type="checkbox"
                      checked={chosen.includes(c.slug)}
                      onChange={(e) =>
                        setChosen((list) => (e.target.checked ? [...list, c.slug] : list.filter((s) => s !== c.slug)))
                      }
                    />
                    {t('publicDisclosures.browse.select', { name })}
                  </label>
                </li>
              );
            })}
          </ul>
          <LoadMore
            shown={companies.items.length}
            total={companies.total}
            hasMore={companies.hasNextPage}
            loading={companies.isFetchingNextPage}
            onLoadMore={() => void companies.fetchNextPage()}
          />
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
