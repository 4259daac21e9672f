import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { LoadingState } from '../../../shared/components/loading-state';
import { QueryErrorState } from '../../../shared/components/query-error-state';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { useCompanyComparison } from '../hooks/use-company-comparison';
import { useHorizontalOverflow } from '../hooks/use-horizontal-overflow';
import { companyName } from '../utils/company-name';
import { NotApplicableMark } from '../../../shared/components/not-applicable-mark';
import { ScoreMeaning } from '../../../shared/components/score-meaning';
import { OrderAgreementNote } from '../../disclosures/components/order-agreement-note';
import '../public-disclosures.css';
import { formatDate } from '../../../shared/i18n/format';

/**
 * Public: 2–4 companies side by side on the rubric criteria (`/companies/compare?slugs=a,b`), with JPX400's floor
 * check and its caveat, and a link per company to why it scored so (its publication page: what the score means and
 * each sentence's role — the comparison itself carries only the scores).
 */
export function ComparePage() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  usePageTitle(t('publicDisclosures.compare.title'));
  const [params] = useSearchParams();
  const slugs = (params.get('slugs') ?? '').split(',').filter((s) => s !== '');
  const comparison = useCompanyComparison(slugs);
  const validCount = slugs.length >= 2 && slugs.length <= 4;
  const scrollRef = useRef<HTMLDivElement>(null);
  // On a narrow screen with more companies than fit, say so in words (the fading edge is only a second cue).
  const overflows = useHorizontalOverflow(scrollRef, comparison.data);
  return (
    <section aria-labelledby="compare-title" className="page">
      <p>
        <Link to="/companies">{t('publicDisclosures.company.browseLink')}</Link>
      </p>
      <h1 id="compare-title">{t('publicDisclosures.compare.title')}</h1>
      <p className="lead">{t('publicDisclosures.compare.intro')}</p>
      <p className="score-label__note">
        <strong>{t('publicDisclosures.company.scoreLabel')}</strong>: {t('publicDisclosures.company.scoreIs')}{' '}
        <strong>{t('publicDisclosures.company.scoreIsNot')}</strong>
      </p>
      {!validCount ? <p className="notice notice--info">{t('publicDisclosures.compare.needCount')}</p> : null}
      {validCount && comparison.isPending ? <LoadingState /> : null}
      {comparison.isError ? <QueryErrorState error={comparison.error} /> : null}
      {comparison.data && overflows ? (
        <p className="compare-scroll-hint" id="compare-scroll-hint" data-testid="compare-scroll-hint">
          <span aria-hidden="true" className="compare-scroll-hint__icon" />
          {t('publicDisclosures.compare.scrollHint', { count: comparison.data.companies.length })}
        </p>
      ) : null}
      {comparison.data ? (
        // Two companies fit a phone; more scroll sideways with the criterion column kept in place (sticky), a fading
        // edge and the hint above. A scrolling region must be reachable by keyboard to be scrolled without a mouse,
        // hence the tabIndex; it has its own name (the page's section is already named by the title: landmark-unique).
        <div
          ref={scrollRef}
          className={
            overflows ? 'table-scroll compare-scroll compare-scroll--overflows' : 'table-scroll compare-scroll'
          }
          role="region"
          aria-label={t('publicDisclosures.compare.table')}
          aria-describedby={overflows ? 'compare-scroll-hint' : undefined}
          tabIndex={0}
          data-testid="compare-scroll"
        >
          <table className="compare-table" data-testid="compare-table">
            <caption className="visually-hidden">{t('publicDisclosures.compare.table')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('publicDisclosures.compare.criterion')}</th>
                {comparison.data.companies.map((c) => (
                  <th scope="col" key={c.company.slug}>
                    <Link to={`/companies/${c.company.slug}`}>{companyName(c.company, locale)}</Link>
                    <br />
                    <span className="muted compare-table__publication">
                      {c.publication
                        ? t('publicDisclosures.compare.published', {
                            title: c.publication.title,
                            date: formatDate(c.publication.publishedAt, locale),
                          })
                        : t('publicDisclosures.compare.none')}
                    </span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{t('publicDisclosures.compare.overall')}</th>
                {comparison.data.companies.map((c) => (
                  <td key={c.company.slug}>
                    {c.publication ? c.publication.overall : t('publicDisclosures.compare.none')}
                  </td>
                ))}
              </tr>
              <tr data-testid="compare-floor-check">
                <th scope="row">{t('publicDisclosures.compare.floorCheck')}</th>
                {comparison.data.companies.map((c) => (
                  <td key={c.company.slug}>{c.publication?.class ?? t('publicDisclosures.compare.none')}</td>
                ))}
              </tr>
              <tr data-testid="compare-why">
                <th scope="row">{t('publicDisclosures.compare.why')}</th>
                {comparison.data.companies.map((c) => (
                  <td key={c.company.slug}>
                    {c.publication ? (
                      <Link
                        to={`/companies/${c.company.slug}/publications/${c.publication.publicationId}`}
                        className="compare-why-link"
                        data-testid="compare-why-link"
                      >
                        {t('publicDisclosures.compare.whyLinkShort')}
                        <span className="visually-hidden">
                          {t('publicDisclosures.compare.whyLinkFor', { name: companyName(c.company, locale) })}
                        </span>
                      </Link>
                    ) : (
                      t('publicDisclosures.compare.none')
                    )}
                  </td>
                ))}
              </tr>
              {comparison.data.criteria.map((criterion) => (
                <tr key={criterion.id}>
                  <th scope="row">{criterion.name[locale]}</th>
                  {comparison.data.companies.map((c) => {
                    const score = c.scores[criterion.id];
                    return (
                      <td key={c.company.slug}>
                        {score === undefined ? (
                          t('publicDisclosures.compare.none')
                        ) : c.notApplicable?.includes(criterion.id) ? (
                          <NotApplicableMark />
                        ) : (
                          t('publicDisclosures.company.level', { score })
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {comparison.data ? (
        <div className="compare-notes">
          {comparison.data.companies.some((c) => c.publication?.class) ? (
            <p className="muted" data-testid="floor-check-note">
              <strong>{t('disclosures.judgement.floorCheck')}</strong>: {t('disclosures.judgement.floorCheckNote')}
            </p>
          ) : null}
          {comparison.data.companies.some((c) => (c.notApplicable?.length ?? 0) > 0) ? (
            <p className="muted" data-testid="not-applicable-note">
              {t('publicDisclosures.company.notApplicableNote')}
            </p>
          ) : null}
          <p className="muted">{t('publicDisclosures.compare.whyNote')}</p>
          {/* How far the order of the published scores can be trusted (v2 judgements only: v1 had no such ratings). */}
          <OrderAgreementNote
            scores={comparison.data.companies.flatMap((c) =>
              c.publication && c.publication.gradeBasis !== null ? [c.publication.overall] : [],
            )}
          />
        </div>
      ) : null}
      <ScoreMeaning />
    </section>
  );
}
