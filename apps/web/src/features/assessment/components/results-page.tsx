import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  BANK_VERSION,
  getQuestion,
  type AssessmentResult,
  type QuantMetric,
  type RoundComparison,
} from '@ipgn/assessment';
import { LoadingState } from '../../../shared/components/loading-state';
import { QueryErrorState } from '../../../shared/components/query-error-state';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { useCurrentMembership } from '../../organizations/hooks/use-current-membership';
import { assessmentApi } from '../api/assessment-api';
import type { AssessmentDetail } from '../api/assessment-api-types';
import { useAssessment } from '../hooks/use-assessment';
import { useAssessmentResults } from '../hooks/use-assessment-results';
import { useAssessments } from '../hooks/use-assessments';
import { useRoundComparison } from '../hooks/use-round-comparison';
import { SmeResults } from '../../sme/components/sme-results';
import { formatScore } from '../utils/format-score';
import { useAssessmentBank } from '../hooks/use-assessment-bank';
import { ValidationSummary } from './validation-summary';
import { PlanningPanel } from './planning-panel';
import { RoundTransferPanel } from './round-transfer-panel';
import { BenchmarkStanding } from '../../benchmark/components/benchmark-standing';
import '../assessment.css';

/** Scores, radar chart (with a table), strengths and gaps, the action plan, quantification, comparison, downloads. */
// The charts (recharts) load after the page: the numbers are in the tables below each chart anyway.
const ResultsRadarChart = lazy(async () => ({ default: (await import('./results-radar-chart')).ResultsRadarChart }));
const RoundComparisonChart = lazy(async () => ({
  default: (await import('./round-comparison-chart')).RoundComparisonChart,
}));

export function ResultsPage() {
  const { assessmentId = '' } = useParams();
  const { orgId } = useCurrentMembership();
  const detail = useAssessment(orgId, assessmentId);
  const results = useAssessmentResults(orgId, assessmentId);
  const rounds = useAssessments(orgId);
  const previous = detail.data
    ? rounds.data
        ?.filter((r) => r.track === detail.data.track && r.status === 'submitted' && r.round < detail.data.round)
        .sort((a, b) => b.round - a.round)[0]
    : undefined;
  const comparison = useRoundComparison(orgId, assessmentId, previous?.id);
  if (detail.isPending || results.isPending) return <LoadingState />;
  if (detail.isError) return <QueryErrorState error={detail.error} onRetry={() => void detail.refetch()} />;
  // The SME track (current bank) has its own results: strengths, exposure, three steps, free help; no listed metrics.
  if (detail.data.track === 'sme' && detail.data.bankVersion === BANK_VERSION)
    return <SmeResults orgId={orgId} detail={detail.data} />;
  if (results.isError) return <QueryErrorState error={results.error} onRetry={() => void results.refetch()} />;
  return <Results orgId={orgId} detail={detail.data} result={results.data} comparison={comparison.data} />;
}

interface ResultsProps {
  orgId: string;
  detail: AssessmentDetail;
  result: AssessmentResult;
  comparison: RoundComparison | undefined;
}

const GGL_ACTION_ANCHOR = 'https://www.kantei.go.jp/jp/singi/titeki2/tyousakai/tousi_kentokai/index.html';

function Results({ orgId, detail, result, comparison }: ResultsProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const score = (s: number | null) => formatScore(s) ?? t('assessment.results.noScore');
  const prompt = (id: string) => getQuestion(id)?.prompt[locale] ?? id;
  const questionLink = (id: string) => `/o/${orgId}/assessments/${detail.id}#q-${id}`;
  const bank = useAssessmentBank(detail.track, detail.bankVersion);
  const { can } = useCurrentMembership();
  const manageable = detail.status === 'draft' && can('assessment:manage');
  const actionTarget = (id: string) => result.targets.find((x) => x.dimension === 'ggl-action' && x.id === id);
  const hasActionTargets = result.targets.some((x) => x.dimension === 'ggl-action');
  const radar = result.byGglAction.map((d) => ({
    action: `${d.id}. ${d.label[locale]}`,
    score: Math.round(d.score ?? 0),
    target: Math.round(actionTarget(d.id)?.target ?? 0),
  }));
  const excludedName = (kind: 'module' | 'question', id: string) =>
    kind === 'module' ? (bank.data?.modules.find((m) => m.id === id)?.title[locale] ?? id) : prompt(id);
  const overall = formatScore(result.overall.score);

  return (
    <section className="page results" aria-labelledby="results-title">
      <h1 id="results-title">
        {t('assessment.results.title', { round: detail.round, track: t(`assessment.track.${detail.track}`) })}
      </h1>
      {detail.status !== 'submitted' ? <p className="notice">{t('assessment.results.draftNote')}</p> : null}
      <p className="results__overall">
        {t('assessment.results.overall')}:{' '}
        <strong data-testid="overall-score">
          {overall ? t('assessment.results.outOf', { score: overall }) : t('assessment.results.noScore')}
        </strong>
      </p>
      <p className="hint">{t('assessment.results.formula')}</p>
      <ValidationSummary detail={detail} bank={bank.data} />

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
      <table className="table">
        <caption>{t('assessment.results.tableCaption')}</caption>
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

      {result.targets.length > 0 ? (
        <>
          <h2>{t('assessment.targets.title')}</h2>
          <table className="table" data-testid="targets-table">
            <thead>
              <tr>
                <th scope="col">{t('assessment.targets.dimension')}</th>
                <th scope="col">{t('assessment.targets.current')}</th>
                <th scope="col">{t('assessment.targets.target')}</th>
                <th scope="col">{t('assessment.targets.gap')}</th>
              </tr>
            </thead>
            <tbody>
              {result.targets.map((x) => (
                <tr key={`${x.dimension}-${x.id}`}>
                  <th scope="row">{x.label[locale]}</th>
                  <td>{score(x.current)}</td>
                  <td>{score(x.target)}</td>
                  <td>{x.gap === null ? t('assessment.results.noScore') : Math.round(x.gap)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      {result.excluded.length > 0 ? (
        <>
          <h2>{t('assessment.targets.excludedTitle')}</h2>
          <ul data-testid="excluded-list">
            {result.excluded.map((x) => (
              <li key={`${x.kind}-${x.id}`}>
                {t('assessment.targets.excludedItem', {
                  what: excludedName(x.kind, x.id),
                  reason: x.reason,
                  count: x.questionIds.length,
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <BenchmarkStanding orgId={orgId} assessmentId={detail.id} />

      <div className="results__columns">
        <div>
          <h2>{t('assessment.results.strengths')}</h2>
          {result.strengths.length === 0 ? <p>{t('assessment.results.noStrengths')}</p> : null}
          <ul>
            {result.strengths.map((s) => (
              <li key={`${s.dimension}-${s.id}`}>
                <strong>{s.label[locale]}</strong>
                {t('assessment.results.scoreInline', { score: score(s.score) })}
                {t('assessment.results.basedOn')} {s.questionIds.map(prompt).join(' / ')}
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h2>{t('assessment.results.gaps')}</h2>
          {result.gaps.length === 0 ? <p>{t('assessment.results.noGaps')}</p> : null}
          <ul>
            {result.gaps.map((s) => (
              <li key={`${s.dimension}-${s.id}`}>
                <strong>{s.label[locale]}</strong>
                {t('assessment.results.scoreInline', { score: score(s.score) })}
                {t('assessment.results.basedOn')} {s.questionIds.map(prompt).join(' / ')}
              </li>
            ))}
          </ul>
        </div>
      </div>

      <h2>{t('assessment.results.planTitle')}</h2>
      {result.actionPlan.length === 0 ? <p>{t('assessment.results.noPlan')}</p> : null}
      <ol className="results__plan" data-testid="action-plan">
        {result.actionPlan.map((item) => {
          const action =
            item.gglAction === null ? undefined : result.byGglAction.find((a) => a.id === String(item.gglAction));
          return (
            <li key={item.ruleId} className="card">
              <h3>{item.title[locale]}</h3>
              <p>
                {t('assessment.results.priority')}: {t(`assessment.results.priorityValue.${item.priority}`)} ·{' '}
                {t('assessment.results.effort')}: {t(`assessment.results.effortValue.${item.effort}`)}
              </p>
              {action ? (
                <p>
                  <a href={GGL_ACTION_ANCHOR} target="_blank" rel="noreferrer">
                    {t('assessment.results.gglAction', { id: action.id, label: action.label[locale] })}
                  </a>
                </p>
              ) : null}
              <p>
                <strong>{t('assessment.results.nextStep')}:</strong> {item.nextStep[locale]}
              </p>
              {item.targetGap !== null ? (
                <p>{t('assessment.targets.planGap', { gap: Math.round(item.targetGap) })}</p>
              ) : null}
              {item.triggeredBy.length > 0 ? (
                <details>
                  <summary>{t('assessment.results.triggeredBy')}</summary>
                  <ul>
                    {item.triggeredBy.map((trigger) => (
                      <li key={trigger.questionId}>
                        <Link to={questionLink(trigger.questionId)}>{prompt(trigger.questionId)}</Link> (
                        {score(trigger.maturity)})
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </li>
          );
        })}
      </ol>

      {result.findings.length > 0 ? (
        <>
          <h2>{t('assessment.results.findings')}</h2>
          <ul>
            {result.findings.map((f) => (
              <li key={f.ruleId}>{f.message[locale]}</li>
            ))}
          </ul>
        </>
      ) : null}

      <h2>{t('assessment.results.quantTitle')}</h2>
      <dl className="results__quant">
        {[result.quantification.intangibleShare, result.quantification.pbr, result.quantification.rdIntensity].map(
          (m) => (
            <QuantMetricView key={m.id} metric={m} />
          ),
        )}
      </dl>
      <p className="hint">
        {t('assessment.results.target', {
          year: result.quantification.nationalTarget.targetYear,
          share: `${Math.round(result.quantification.nationalTarget.targetShare * 100)}%`,
          source: result.quantification.nationalTarget.source[locale],
        })}{' '}
        {result.quantification.nationalTarget.scope[locale]} {result.quantification.nationalTarget.caveat[locale]}
      </p>
      {result.quantification.nationalTarget.note ? (
        <p className="hint">{result.quantification.nationalTarget.note[locale]}</p>
      ) : null}

      {comparison ? <ComparisonView comparison={comparison} /> : null}

      <h2>{t('assessment.results.downloads')}</h2>
      <ul className="results__downloads">
        <li>
          <a href={assessmentApi.exportUrl(orgId, detail.id, 'pdf')} download>
            {t('assessment.results.pdf')}
          </a>
        </li>
        <li>
          <a href={assessmentApi.exportUrl(orgId, detail.id, 'xlsx')} download>
            {t('assessment.results.xlsx')}
          </a>
        </li>
        <li>
          <a href={assessmentApi.exportUrl(orgId, detail.id, 'csv')} download>
            {t('assessment.results.csv')}
          </a>
        </li>
      </ul>
      {bank.data ? (
        <PlanningPanel
          orgId={orgId}
          assessmentId={detail.id}
          modules={bank.data.modules}
          questions={bank.data.questions}
          editable={manageable}
        />
      ) : null}
      <RoundTransferPanel orgId={orgId} assessmentId={detail.id} canImport={manageable} />
      {detail.status !== 'submitted' ? (
        <Link to={`/o/${orgId}/assessments/${detail.id}`}>{t('assessment.results.backToQuestions')}</Link>
      ) : null}
    </section>
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

function ComparisonView({ comparison }: { comparison: RoundComparison }) {
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
      <table className="table">
        <caption>{t('assessment.results.comparisonCaption')}</caption>
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
    </>
  );
}
