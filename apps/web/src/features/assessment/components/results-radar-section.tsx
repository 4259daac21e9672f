import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentResult } from '@ipgn/assessment';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { formatScore } from '../utils/format-score';

// The chart (recharts) loads after the page: the numbers are in the table below it anyway.
const ResultsRadarChart = lazy(async () => ({ default: (await import('./results-radar-chart')).ResultsRadarChart }));

/** Scores by the guideline's seven actions: the radar (current and target) and the same numbers as a table. */
export function ResultsRadarSection({ result }: { result: AssessmentResult }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const score = (s: number | null) => formatScore(s) ?? t('assessment.results.noScore');
  const actionTarget = (id: string) => result.targets.find((x) => x.dimension === 'ggl-action' && x.id === id);
  const hasActionTargets = result.targets.some((x) => x.dimension === 'ggl-action');
  const radar = result.byGglAction.map((d) => ({
    id: d.id,
    label: d.label[locale],
    score: Math.round(d.score ?? 0),
    target: Math.round(actionTarget(d.id)?.target ?? 0),
  }));
  return (
    <>
      <h2>{t('assessment.results.radarTitle')}</h2>
      <figure className="results__chart" aria-hidden="true" data-testid="radar-chart">
        <Suspense fallback={<div className="results__chart-placeholder" style={{ height: 320 }} />}>
          <ResultsRadarChart
            data={radar}
            currentLabel={t('assessment.targets.radarCurrent')}
            targetLabel={t('assessment.targets.radarTarget')}
            showTarget={hasActionTargets}
          />
        </Suspense>
      </figure>
      <div className="table-scroll" role="region" aria-labelledby="results-action-caption" tabIndex={0}>
        <table className="table results__score-table">
          <caption id="results-action-caption">{t('assessment.results.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('assessment.results.action')}</th>
              <th scope="col">{t('assessment.results.score')}</th>
              {hasActionTargets ? <th scope="col">{t('assessment.targets.target')}</th> : null}
              <th scope="col">{t('assessment.results.coverage')}</th>
            </tr>
          </thead>
          <tbody>
            {result.byGglAction.map((d) => (
              <tr key={d.id}>
                <th scope="row">{t('assessment.results.numbered', { n: d.id, label: d.label[locale] })}</th>
                <td>{score(d.score)}</td>
                {hasActionTargets ? <td>{score(actionTarget(d.id)?.target ?? null)}</td> : null}
                <td>
                  {t('assessment.results.coverageValue', {
                    answered: d.coverage.answered,
                    scorable: d.coverage.scorable,
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>{t('assessment.results.moduleTitle')}</h2>
      <ul className="results__bars">
        {result.byModule.map((d) => (
          <li key={d.id}>
            <span className="results__bar-label">{d.label[locale]}</span>
            <span className="results__bar" aria-hidden="true">
              <span className="results__bar-fill" style={{ width: `${Math.round(d.score ?? 0)}%` }} />
            </span>
            <span className="results__bar-value">{score(d.score)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
