import { useTranslation } from 'react-i18next';
import type { AssessmentResult, QuantMetric } from '@ipgn/assessment';
import { currentLocale } from '../../../shared/i18n/current-locale';

/** The intangible share, PBR and R&D intensity with formula, definition and limits, and the national target. */
export function ResultsQuantification({ quantification }: { quantification: AssessmentResult['quantification'] }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const target = quantification.nationalTarget;
  return (
    <>
      <h2>{t('assessment.results.quantTitle')}</h2>
      <dl className="results__quant">
        {[quantification.intangibleShare, quantification.pbr, quantification.rdIntensity].map((m) => (
          <QuantMetricView key={m.id} metric={m} />
        ))}
      </dl>
      <p className="hint">
        {t('assessment.results.target', {
          year: target.targetYear,
          share: `${Math.round(target.targetShare * 100)}%`,
          source: target.source[locale],
        })}{' '}
        {target.scope[locale]} {target.caveat[locale]}
      </p>
      {target.note ? <p className="hint">{target.note[locale]}</p> : null}
    </>
  );
}

function QuantMetricView({ metric }: { metric: QuantMetric }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const value =
    metric.value === null
      ? t('assessment.results.quantNotComputable')
      : metric.unit === 'ratio'
        ? `${(metric.value * 100).toFixed(1)}%`
        : `${metric.value.toFixed(2)}×`;
  return (
    <div className="results__metric">
      <dt>{metric.label[locale]}</dt>
      <dd>
        <strong>{value}</strong>
        {metric.reasonText ? ` — ${metric.reasonText[locale]}` : null}
        <br />
        {t('assessment.results.formulaLabel')}: {metric.formula[locale]}
        <br />
        {t('assessment.results.definition')}: {metric.definition[locale]}
        <br />
        {t('assessment.results.limits')}: {metric.limits[locale]}
      </dd>
    </div>
  );
}
