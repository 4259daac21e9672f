import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BenchmarkStandingRowView, BenchmarkStandingView } from '@ipgn/contracts';
import { LoadingState } from '../../../shared/components/loading-state';
import { QueryErrorState } from '../../../shared/components/query-error-state';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { industryLabel } from '../../organizations/utils/industry-label';
import { useBenchmarkStanding } from '../hooks/use-benchmark-standing';
import '../benchmark.css';
import { formatDate } from '../../../shared/i18n/format';

export interface BenchmarkStandingProps {
  orgId: string;
  assessmentId: string;
}

/** Results page: "where we stand" — the round's own scores against its industry's quartiles, or why not (yet). */
export function BenchmarkStanding({ orgId, assessmentId }: BenchmarkStandingProps) {
  const { t } = useTranslation();
  const standing = useBenchmarkStanding(orgId, assessmentId);
  return (
    <section className="benchmark-standing" aria-labelledby="benchmark-standing-title" data-testid="benchmark-standing">
      <h2 id="benchmark-standing-title">{t('benchmark.standing.title')}</h2>
      {standing.isPending ? <LoadingState /> : null}
      {standing.isError ? <QueryErrorState error={standing.error} onRetry={() => void standing.refetch()} /> : null}
      {standing.data ? <StandingBody orgId={orgId} view={standing.data} /> : null}
    </section>
  );
}

function StandingBody({ orgId, view }: { orgId: string; view: BenchmarkStandingView }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const settings = <Link to={`/o/${orgId}/profile`}>{t('benchmark.standing.settingsLink')}</Link>;
  switch (view.status) {
    case 'not-opted-in':
      return (
        <p className="notice notice--info">
          {t('benchmark.standing.notOptedIn')} {settings}
        </p>
      );
    case 'no-industry':
      return (
        <p className="notice notice--info">
          {t('benchmark.standing.noIndustry')} {settings}
        </p>
      );
    case 'no-snapshot':
      return <p className="notice notice--info">{t('benchmark.standing.noSnapshot')}</p>;
    case 'not-enough':
      return (
        <p className="notice notice--info" data-testid="benchmark-not-enough">
          {t('benchmark.standing.notEnough')}
        </p>
      );
    case 'shown':
      return (
        <>
          <p>
            {t('benchmark.standing.intro', {
              count: view.contributors,
              industry: industryLabel(view.industry, locale) ?? view.industry,
              size: t(`companySizes.${view.sizeBand}` as 'companySizes.large'),
              date: formatDate(view.computedAt, locale),
            })}
          </p>
          <p className="benchmark-legend" aria-hidden="true">
            <span className="benchmark-legend__range" /> {t('benchmark.standing.legendRange')}
            <span className="benchmark-legend__median" /> {t('benchmark.standing.legendMedian')}
            <span className="benchmark-legend__own" /> {t('benchmark.standing.legendOwn')}
          </p>
          <div className="benchmark-table-wrap" role="region" aria-labelledby="benchmark-standing-caption" tabIndex={0}>
            <table className="table benchmark-table" data-testid="benchmark-table">
              <caption id="benchmark-standing-caption">{t('benchmark.standing.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('benchmark.standing.dimension')}</th>
                  <th scope="col">{t('benchmark.standing.own')}</th>
                  <th scope="col">{t('benchmark.standing.p25')}</th>
                  <th scope="col">{t('benchmark.standing.median')}</th>
                  <th scope="col">{t('benchmark.standing.p75')}</th>
                  <th scope="col" className="benchmark-table__band">
                    {t('benchmark.standing.band')}
                  </th>
                  <th scope="col" className="benchmark-table__plot-head">
                    <span className="visually-hidden">{t('benchmark.standing.legendRange')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {/* A module the round did not score and the industry withholds says nothing: left out. */}
                {view.rows
                  .filter((row) => row.own !== null || row.industry !== null)
                  .map((row) => (
                    <StandingRow key={row.key} row={row} />
                  ))}
              </tbody>
            </table>
          </div>
        </>
      );
  }
}

function StandingRow({ row }: { row: BenchmarkStandingRowView }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const value = (n: number | null | undefined) =>
    n === null || n === undefined ? t('benchmark.standing.noScore') : String(n);
  return (
    <tr className={row.key === 'overall' ? 'benchmark-table__overall' : undefined}>
      <th scope="row">{row.label[locale]}</th>
      <td>{value(row.own)}</td>
      {row.industry ? (
        <>
          <td>{row.industry.p25}</td>
          <td>{row.industry.median}</td>
          <td>{row.industry.p75}</td>
        </>
      ) : (
        <td colSpan={3} className="benchmark-table__withheld">
          {t('benchmark.standing.withheld')}
        </td>
      )}
      <td className="benchmark-table__band">
        {row.position ? t(`benchmark.standing.bands.${row.position}`) : t('benchmark.standing.noScore')}
      </td>
      <td className="benchmark-table__plot" aria-hidden="true">
        {row.industry ? (
          <span className="benchmark-plot">
            <span
              className="benchmark-plot__range"
              style={{ left: `${row.industry.p25}%`, width: `${Math.max(1, row.industry.p75 - row.industry.p25)}%` }}
            />
            <span className="benchmark-plot__median" style={{ left: `${row.industry.median}%` }} />
            {row.own !== null ? <span className="benchmark-plot__own" style={{ left: `${row.own}%` }} /> : null}
          </span>
        ) : null}
      </td>
    </tr>
  );
}
