import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Question, SmeReport, AssessmentDetail } from '@ipgn/assessment';
import { PREFECTURES } from '@ipgn/contracts';
import { LoadingState } from '../../../shared/components/loading-state';
import { QueryErrorState } from '../../../shared/components/query-error-state';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { useAssessmentBank } from '../../assessment/hooks/use-assessment-bank';
import { questionPrompts } from '../../assessment/utils/question-prompts';
import { smeApi } from '../api/sme-api';
import { useSmeReport } from '../hooks/use-sme-report';
import { SmeSupportList } from './sme-support-list';
import { BenchmarkStanding } from '../../benchmark/components/benchmark-standing';
import '../sme.css';

/** SME results: the owner's strengths first, then exposure, exactly three next steps and free help nearby. */
export function SmeResults({ orgId, detail }: { orgId: string; detail: AssessmentDetail }) {
  const report = useSmeReport(orgId, detail.id, true);
  // The prompts behind each exposure come from the bank the API serves (not bundled: first-load budget).
  const bank = useAssessmentBank(detail.track, detail.bankVersion);
  if (report.isPending || bank.isPending) return <LoadingState />;
  if (report.isError) return <QueryErrorState error={report.error} onRetry={() => void report.refetch()} />;
  return <SmeResultsView orgId={orgId} detail={detail} report={report.data} questions={bank.data?.questions} />;
}

interface SmeResultsViewProps {
  orgId: string;
  detail: AssessmentDetail;
  report: SmeReport;
  questions: readonly Question[] | undefined;
}

function SmeResultsView({ orgId, detail, report, questions }: SmeResultsViewProps) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const prompt = questionPrompts(questions, locale);
  const ownWords = report.strengths.find((s) => s.kind === 'own-words');
  const kinds = report.strengths.find((s) => s.kind === 'strength-kind');
  const practices = report.strengths.filter((s) => s.kind === 'good-practice');
  const prefecture = PREFECTURES.find((p) => p.id === report.support.prefecture);
  const questionLink = (id: string) => `/o/${orgId}/assessments/${detail.id}#q-${id}`;

  return (
    <section className="page sme-results" aria-labelledby="sme-results-title">
      <h1 id="sme-results-title">{t('sme.results.title')}</h1>
      {detail.status === 'draft' ? <p className="notice">{t('sme.results.draftNote')}</p> : null}

      <section aria-labelledby="sme-strengths-title" className="sme-results__block">
        <h2 id="sme-strengths-title">{t('sme.results.strengthsTitle')}</h2>
        {report.strengths.length === 0 ? <p>{t('sme.results.strengthsEmpty')}</p> : null}
        {ownWords ? (
          <figure className="sme-quote">
            <blockquote lang="ja">{ownWords.text[locale]}</blockquote>
            <figcaption>{t('sme.results.ownWordsCaption')}</figcaption>
          </figure>
        ) : null}
        {kinds ? <p>{t('sme.results.kinds', { kinds: kinds.text[locale] })}</p> : null}
        {practices.length > 0 ? (
          <>
            <h3>{t('sme.results.alreadyDoing')}</h3>
            <ul className="sme-list" data-testid="sme-good-practice">
              {practices.map((s) => (
                <li key={s.questionId}>
                  <span className="sme-tick" aria-hidden="true">
                    ✓
                  </span>{' '}
                  {s.text[locale]}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section aria-labelledby="sme-exposure-title" className="sme-results__block">
        <h2 id="sme-exposure-title">{t('sme.results.exposureTitle')}</h2>
        {report.exposures.length === 0 ? <p>{t('sme.results.exposureEmpty')}</p> : null}
        <ul className="sme-exposures">
          {report.exposures.map((e) => (
            <li key={e.id} className={`sme-exposure sme-exposure--${e.severity}`}>
              <h3>
                <span className="badge">{t(`sme.results.severity${e.severity}`)}</span> {e.title[locale]}
              </h3>
              <p>{e.why[locale]}</p>
              {/* A list, not a joined line: the prompts end in their own punctuation in either language. */}
              <p className="hint" id={`sme-exposure-${e.id}-from`}>
                {t('sme.results.fromAnswers')}
              </p>
              <ul className="hint sme-exposure__answers" aria-labelledby={`sme-exposure-${e.id}-from`}>
                {e.questionIds.map((id) => (
                  <li key={id}>
                    <Link to={questionLink(id)}>{prompt(id)}</Link>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="sme-steps-title" className="sme-results__block">
        <h2 id="sme-steps-title">{t('sme.results.stepsTitle')}</h2>
        <ol className="sme-steps" data-testid="sme-next-steps">
          {report.nextSteps.map((s) => (
            <li key={s.id} className="sme-step">
              <h3>{s.title[locale]}</h3>
              <dl className="sme-step__facts">
                <dt>{t('sme.results.thisMonth')}</dt>
                <dd>{s.thisMonth[locale]}</dd>
                <dt>{t('sme.results.cost')}</dt>
                <dd>{s.cost[locale]}</dd>
                <dt>{t('sme.results.freeHelp')}</dt>
                <dd>
                  {s.freeHelp
                    .map((id) => report.support.contacts.find((c) => c.programmeId === id)?.name[locale] ?? id)
                    .join('、')}
                </dd>
              </dl>
            </li>
          ))}
        </ol>
      </section>

      <SmeSupportList support={report.support} prefectureName={prefecture ? prefecture[locale] : null} />

      <div className="sme-results__block">
        <BenchmarkStanding orgId={orgId} assessmentId={detail.id} />
      </div>

      <section aria-labelledby="sme-next-title" className="sme-results__block">
        <h2 id="sme-next-title">{t('sme.results.takeItFurther')}</h2>
        <ul className="button-row">
          <li>
            <a
              className="button button--primary"
              href={smeApi.bankSheetsUrl(orgId, detail.id)}
              download
              data-testid="bank-sheets-download"
            >
              {t('sme.results.bankSheets')}
            </a>
          </li>
          <li>
            <a
              className="button"
              href={smeApi.bankSheetsDocxUrl(orgId, detail.id)}
              download
              data-testid="bank-sheets-docx-download"
            >
              {t('sme.results.bankSheetsDocx')}
            </a>
          </li>
          <li>
            <a className="button" href={smeApi.resultsPdfUrl(orgId, detail.id)} download>
              {t('sme.results.resultsPdf')}
            </a>
          </li>
          <li>
            <Link className="button" to={`/o/${orgId}/drafts`}>
              {t('sme.results.onePager')}
            </Link>
          </li>
          {detail.status === 'draft' ? (
            <li>
              <Link className="button" to={`/o/${orgId}/assessments/${detail.id}`}>
                {t('sme.results.backToCheck')}
              </Link>
            </li>
          ) : null}
        </ul>
        <p className="hint">{t('sme.results.bankSheetsHint')}</p>
      </section>
    </section>
  );
}
