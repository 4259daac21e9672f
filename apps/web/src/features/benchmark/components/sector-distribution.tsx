import { useTranslation } from 'react-i18next';
import type { PublicBenchmarkBandView, PublicBenchmarkRowView } from '@ipgn/contracts';
import { LoadingState } from '../../../shared/components/loading-state';
import { QueryErrorState } from '../../../shared/components/query-error-state';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { industryLabel } from '../../organizations/utils/industry-label';
import { useSectorDistribution } from '../hooks/use-sector-distribution';
import '../benchmark.css';
import { formatDate } from '../../../shared/i18n/format';

export interface SectorDistributionProps {
  industry: string;
}

/**
 * Public company page: the anonymous distribution of its sector's self-assessments (issue 17, investors). Never the
 * company's own score: that is not published.
 */
export function SectorDistribution({ industry }: SectorDistributionProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const distribution = useSectorDistribution(industry);
  return (
    <section
      className="benchmark-standing"
      aria-labelledby="sector-distribution-title"
      data-testid="sector-distribution"
    >
      <h2 id="sector-distribution-title">{t('benchmark.sector.title')}</h2>
      <p>{t('benchmark.sector.intro', { industry: industryLabel(industry, locale) ?? industry })}</p>
      {distribution.isPending ? <LoadingState /> : null}
      {distribution.isError ? (
        <QueryErrorState error={distribution.error} onRetry={() => void distribution.refetch()} />
      ) : null}
      {distribution.data && distribution.data.bands.length === 0 ? (
        <p className="notice notice--info">{t('benchmark.sector.empty')}</p>
      ) : null}
      {distribution.data && distribution.data.bands.length > 0 ? (
        <p className="benchmark-legend" aria-hidden="true">
          <span className="benchmark-legend__range" /> {t('benchmark.sector.legendRange')}
          <span className="benchmark-legend__median" /> {t('benchmark.sector.legendMedian')}
        </p>
      ) : null}
      {distribution.data?.bands.map((band) => (
        <BandTable key={band.sizeBand} band={band} />
      ))}
    </section>
  );
}

function BandTable({ band }: { band: PublicBenchmarkBandView }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const size = t(`companySizes.${band.sizeBand}` as 'companySizes.large');
  const headingId = `sector-band-${band.sizeBand}`;
  return (
    <section aria-labelledby={headingId} data-testid={`sector-band-${band.sizeBand}`}>
      <h3 id={headingId}>
        {t('benchmark.sector.bandTitle', { size, count: band.contributors, date: formatDate(band.computedAt, locale) })}
      </h3>
      <div className="benchmark-table-wrap" role="region" aria-labelledby={`${headingId}-caption`} tabIndex={0}>
        <table className="table benchmark-table">
          <caption id={`${headingId}-caption`} className="visually-hidden">
            {t('benchmark.sector.caption', { size })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('benchmark.sector.dimension')}</th>
              <th scope="col">{t('benchmark.sector.p25')}</th>
              <th scope="col">{t('benchmark.sector.median')}</th>
              <th scope="col">{t('benchmark.sector.p75')}</th>
              <th scope="col" className="benchmark-table__plot-head">
                <span className="visually-hidden">{t('benchmark.sector.legendRange')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {band.rows.map((row) => (
              <DistributionRow key={row.key} row={row} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function DistributionRow({ row }: { row: PublicBenchmarkRowView }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const q = row.quartiles;
  return (
    <tr className={row.key === 'overall' ? 'benchmark-table__overall' : undefined}>
      <th scope="row">{row.label[locale]}</th>
      {q ? (
        <>
          <td>{q.p25}</td>
          <td>{q.median}</td>
          <td>{q.p75}</td>
        </>
      ) : (
        <td colSpan={3} className="benchmark-table__withheld">
          {t('benchmark.sector.withheld')}
        </td>
      )}
      <td className="benchmark-table__plot" aria-hidden="true">
        {q ? (
          <span className="benchmark-plot">
            <span
              className="benchmark-plot__range"
              style={{ left: `${q.p25}%`, width: `${Math.max(1, q.p75 - q.p25)}%` }}
            />
            <span className="benchmark-plot__median" style={{ left: `${q.median}%` }} />
          </span>
        ) : null}
      </td>
    </tr>
  );
}
