import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoundComparison } from '@ipgn/assessment';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { formatScore } from '../utils/format-score';

// The chart (recharts) loads after the page: the numbers are in the table below it anyway.
const RoundComparisonChart = lazy(async () => ({
  default: (await import('./round-comparison-chart')).RoundComparisonChart,
}));

/** This round against the previous submitted one, by guideline action: chart and table. */
export function ResultsComparison({ comparison }: { comparison: RoundComparison }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const rows = comparison.byGglAction.map((d) => ({
    name: d.id,
    label: d.label[locale],
    before: Math.round(d.before ?? 0),
    after: Math.round(d.after ?? 0),
    d,
  }));
  return (
    <>
      <h2>{t('assessment.results.comparisonTitle')}</h2>
      <figure className="results__chart" aria-hidden="true">
        <Suspense fallback={<div className="results__chart-placeholder" style={{ height: 260 }} />}>
          <RoundComparisonChart
            data={rows}
            beforeLabel={t('assessment.results.before')}
            afterLabel={t('assessment.results.after')}
          />
        </Suspense>
      </figure>
      <div className="table-scroll" role="region" aria-labelledby="results-comparison-caption" tabIndex={0}>
        <table className="table">
          <caption id="results-comparison-caption">{t('assessment.results.comparisonCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('assessment.results.action')}</th>
              <th scope="col">{t('assessment.results.before')}</th>
              <th scope="col">{t('assessment.results.after')}</th>
              <th scope="col">{t('assessment.results.delta')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ d, label }) => (
              <tr key={d.id}>
                <th scope="row">{t('assessment.results.numbered', { n: d.id, label })}</th>
                <td>{formatScore(d.before) ?? '—'}</td>
                <td>{formatScore(d.after) ?? '—'}</td>
                <td>{d.delta === null ? '—' : `${d.delta >= 0 ? '+' : ''}${Math.round(d.delta)}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
