import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { BANK_VERSION, type AssessmentResult, type RoundComparison, type AssessmentDetail } from '@ipgn/assessment';
import { LoadingState } from '../../../shared/components/loading-state';
import { QueryErrorState } from '../../../shared/components/query-error-state';
import { useCurrentMembership } from '../../organizations/hooks/use-current-membership';
import { assessmentApi } from '../api/assessment-api';
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
import { ResultsRadarSection } from './results-radar-section';
import { ResultsTargetsSection } from './results-targets-section';
import { ResultsFindingsSection } from './results-findings-section';
import { ResultsQuantification } from './results-quantification';
import { ResultsComparison } from './results-comparison';
import { BenchmarkStanding } from '../../benchmark/components/benchmark-standing';
import '../assessment.css';

/**
 * Scores, radar chart (with a table), targets and scope, where we stand, strengths and gaps, the action plan,
 * quantification, comparison, downloads; each section is a component of its own (results-*.tsx).
 */
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

function Results({ orgId, detail, result, comparison }: ResultsProps) {
  const { t } = useTranslation();
  const questionLink = (id: string) => `/o/${orgId}/assessments/${detail.id}#q-${id}`;
  const bank = useAssessmentBank(detail.track, detail.bankVersion);
  const { can } = useCurrentMembership();
  const manageable = detail.status === 'draft' && can('assessment:manage');
  const overall = formatScore(result.overall.score);
  // The sections name questions by their prompts: wait for the bank rather than flash their ids.
  if (bank.isPending) return <LoadingState />;

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
      <ResultsRadarSection result={result} />
      <ResultsTargetsSection result={result} modules={bank.data?.modules} questions={bank.data?.questions} />
      <BenchmarkStanding orgId={orgId} assessmentId={detail.id} />
      <ResultsFindingsSection result={result} questions={bank.data?.questions} questionLink={questionLink} />
      <ResultsQuantification quantification={result.quantification} />
      {comparison ? <ResultsComparison comparison={comparison} /> : null}

      <h2>{t('assessment.results.downloads')}</h2>
      <ul className="results__downloads">
        {(['pdf', 'xlsx', 'csv'] as const).map((format) => (
          <li key={format}>
            <a href={assessmentApi.exportUrl(orgId, detail.id, format)} download>
              {t(`assessment.results.${format}`)}
            </a>
          </li>
        ))}
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
