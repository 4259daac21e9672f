import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadingState } from '../../../shared/components/loading-state';
import { QueryErrorState } from '../../../shared/components/query-error-state';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { SectorDistribution } from '../../benchmark/components/sector-distribution';
import { industryLabel } from '../../organizations/utils/industry-label';
import { draftTypeLabel } from '../utils/draft-type-label';
import { usePublicCompany } from '../hooks/use-public-company';
import { companyName } from '../utils/company-name';
import { CriterionScores } from './criterion-scores';
import { FollowCompanyButton } from './follow-company-button';
import { ScoreLabel } from './score-label';
import { PublicQuestions } from './public-questions';
import { ScoreMeaning } from '../../../shared/components/score-meaning';
import '../public-disclosures.css';
import { formatDate } from '../../../shared/i18n/format';

/** Public, read-only page of one company: its published disclosures with scores, older versions and public Q&A. */
export function CompanyPage() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const { slug = '' } = useParams();
  const page = usePublicCompany(slug);
  usePageTitle(page.data ? companyName(page.data.company, locale) : t('publicDisclosures.browse.title'));
  if (page.isPending) return <LoadingState />;
  if (page.isError) return <QueryErrorState error={page.error} />;
  const { company, disclosures, questions } = page.data;
  return (
    <section aria-labelledby="company-title" className="page">
      <p>
        <Link to="/companies">{t('publicDisclosures.company.browseLink')}</Link>
      </p>
      <h1 id="company-title">{companyName(company, locale)}</h1>
      <p className="muted">
        {t('publicDisclosures.company.meta', {
          industry: industryLabel(company.industry, locale) ?? t('common.notSet'),
          listing: t(`listingStatuses.${company.listingStatus}`),
        })}
        {company.securitiesCode ? ` · ${t('publicDisclosures.company.code', { code: company.securitiesCode })}` : null}
      </p>
      <FollowCompanyButton slug={company.slug} />
      <section aria-labelledby="company-disclosures-title">
        <h2 id="company-disclosures-title">{t('publicDisclosures.company.disclosures')}</h2>
        {disclosures.length === 0 ? <p>{t('publicDisclosures.company.noDisclosures')}</p> : null}
        {disclosures.map((d) => (
          <article
            key={d.publicationId}
            className="panel"
            aria-labelledby={`pub-${d.publicationId}`}
            data-testid="public-disclosure"
          >
            <h3 id={`pub-${d.publicationId}`}>{d.title}</h3>
            <p className="muted">
              {draftTypeLabel(t, d.type)} · {t('publicDisclosures.company.version', { version: d.version })} ·{' '}
              {t('publicDisclosures.company.published', { date: formatDate(d.publishedAt, locale) })}
            </p>
            <ScoreLabel publication={d} />
            <h4>{t('publicDisclosures.company.criteria')}</h4>
            <CriterionScores criteria={d.criteria} />
            <p>
              <Link to={`/companies/${company.slug}/publications/${d.publicationId}`}>
                {t('publicDisclosures.company.read')}
              </Link>
            </p>
            {d.olderVersions.length > 0 ? (
              <details className="details">
                <summary>{t('publicDisclosures.company.older')}</summary>
                <ul className="list">
                  {d.olderVersions.map((o) => (
                    <li key={o.publicationId}>
                      <Link to={`/companies/${company.slug}/publications/${o.publicationId}`}>
                        {t('publicDisclosures.company.version', { version: o.version })} ·{' '}
                        {t('publicDisclosures.company.published', { date: formatDate(o.publishedAt, locale) })}
                      </Link>
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
          </article>
        ))}
      </section>
      <PublicQuestions questions={questions} />
      {/* The sector's anonymous distribution only: the company's own assessment score is not published. */}
      {company.industry ? <SectorDistribution industry={company.industry} /> : null}
      <ScoreMeaning />
    </section>
  );
}
