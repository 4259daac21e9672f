import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FormErrorAlert } from '../../../shared/components/form-error-alert';
import { LoadingState } from '../../../shared/components/loading-state';
import { QueryErrorState } from '../../../shared/components/query-error-state';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { lazyNamed } from '../../../shared/utils/lazy-named';
import { useCurrentMembership } from '../../organizations/hooks/use-current-membership';
import { useFacilitatorLive } from '../hooks/use-facilitator-live';
import { useWorkshop } from '../hooks/use-workshop';
import { useWorkshopControl } from '../hooks/use-workshop-control';
import { useWorkshopQuestions } from '../hooks/use-workshop-questions';
import { useWorkshopResults } from '../hooks/use-workshop-results';
import { CloseWorkshopButton } from './close-workshop-button';
import { GapHeatMap } from './gap-heat-map';
import { GapRanking } from './gap-ranking';
import { JoinCodePanel } from './join-code-panel';
import { QuestionResults } from './question-results';
import { WorkshopDownloads } from './workshop-downloads';
import { WorkshopTimer } from './workshop-timer';
import '../workshops.css';

// The forms load after the console (react-hook-form is not part of this page's first load: issue 15's budget).
const AgreedAnswerForm = lazyNamed(() => import('./agreed-answer-form'), 'AgreedAnswerForm');
const ApplyToAssessmentForm = lazyNamed(() => import('./apply-to-assessment-form'), 'ApplyToAssessmentForm');

const VIEWER_POLL_MS = 5000;

/**
 * The facilitator console, made for a projector: large type, high contrast, no animation when the system asks
 * for reduced motion. Steps through the questions, shows live counts and distributions, the perception gaps,
 * and records the agreed answers.
 */
export function WorkshopConsolePage() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const { workshopId = '' } = useParams();
  const { orgId, can } = useCurrentMembership();
  const canRun = can('workshop:run');
  // Facilitators follow the live stream; viewers (assessment:read only) poll.
  const workshop = useWorkshop(orgId, workshopId, canRun ? undefined : VIEWER_POLL_MS);
  const isLive = workshop.data?.status === 'live';
  const live = useFacilitatorLive(orgId, workshopId, canRun && isLive);
  const results = useWorkshopResults(orgId, workshopId, canRun ? undefined : VIEWER_POLL_MS);
  const questions = useWorkshopQuestions();
  const control = useWorkshopControl(orgId, workshopId);
  usePageTitle(workshop.data ? t('workshops.console.pageTitle', { title: workshop.data.title }) : undefined);
  // After closing, the facilitator steps through the questions here only (to record agreements).
  const [reviewIndex, setReviewIndex] = useState<number | null>(null);

  if (workshop.isPending || questions.isPending) return <LoadingState />;
  if (workshop.isError) return <QueryErrorState error={workshop.error} onRetry={() => void workshop.refetch()} />;
  if (questions.isError) return <QueryErrorState error={questions.error} onRetry={() => void questions.refetch()} />;
  const w = workshop.data;
  const closed = w.status === 'closed';
  const index = Math.min(
    closed ? (reviewIndex ?? w.currentQuestionIndex) : w.currentQuestionIndex,
    Math.max(0, w.questionIds.length - 1),
  );
  const published = w.publishedQuestionIds.includes(w.questionIds[index] ?? '');
  const showResults = w.resultsVisible || closed;
  const questionId = w.questionIds[index];
  const question = questionId ? questions.data.find(questionId) : undefined;
  const locked = questionId ? w.lockedQuestionIds.includes(questionId) : false;
  const result = results.data?.questions.find((q) => q.questionId === questionId);
  const respondents = (questionId ? live.respondents[questionId] : undefined) ?? result?.respondents ?? 0;
  const agreed = w.agreedAnswers.find((a) => a.questionId === questionId)?.value;
  const busy = control.isPending;

  return (
    <section className="console" aria-labelledby="console-title">
      <header className="console__header">
        <h1 id="console-title">{w.title}</h1>
        <p className="console__meta">
          {t(`workshops.status.${w.status}`)} · {t('workshops.console.participants', { count: w.participants.total })}
          {canRun && isLive ? <> · {t(`workshops.live.${live.status}`)}</> : null}
        </p>
        <p>
          <Link to={`/o/${orgId}/workshops`}>{t('workshops.console.back')}</Link>
          {w.status !== 'draft' ? (
            <>
              {' · '}
              <Link to={`/o/${orgId}/workshops/${w.id}/present`}>{t('workshops.console.present')}</Link>
            </>
          ) : null}
        </p>
      </header>
      <FormErrorAlert error={control.error} />
      {w.status === 'draft' ? (
        <section className="console__panel" aria-labelledby="console-draft-title">
          <h2 id="console-draft-title">{t('workshops.console.draftTitle')}</h2>
          <p>{t('workshops.console.draftIntro', { count: w.questionIds.length })}</p>
          {canRun ? (
            <button
              type="button"
              className="button console__big-button"
              disabled={busy}
              onClick={() => control.mutate({ kind: 'start' })}
            >
              {t('workshops.console.start')}
            </button>
          ) : null}
        </section>
      ) : null}
      {isLive && w.joinCode ? <JoinCodePanel code={w.joinCode} /> : null}
      {question && w.status !== 'draft' ? (
        <section className="console__panel console__question" aria-labelledby="console-question-title">
          <p className="console__counter">
            {t('workshops.console.questionOf', { n: index + 1, total: w.questionIds.length })}
          </p>
          <h2 id="console-question-title">{question.prompt[locale]}</h2>
          <p className="console__answers" role="status" aria-live="polite">
            {t('workshops.console.answered', { count: respondents, total: w.participants.total })}
          </p>
          {locked ? <p className="console__locked">{t('workshops.console.lockedBadge')}</p> : null}
          {canRun && closed ? (
            <div className="console__controls" role="group" aria-label={t('workshops.console.controls')}>
              <button
                type="button"
                className="button console__big-button"
                disabled={index === 0}
                onClick={() => setReviewIndex(index - 1)}
              >
                {t('workshops.console.previous')}
              </button>
              <button
                type="button"
                className="button console__big-button"
                disabled={index >= w.questionIds.length - 1}
                onClick={() => setReviewIndex(index + 1)}
              >
                {t('workshops.console.next')}
              </button>
            </div>
          ) : null}
          {canRun && isLive ? (
            <div className="console__controls" role="group" aria-label={t('workshops.console.controls')}>
              <button
                type="button"
                className="button console__big-button"
                disabled={busy || index === 0}
                onClick={() => control.mutate({ kind: 'state', input: { currentQuestionIndex: index - 1 } })}
              >
                {t('workshops.console.previous')}
              </button>
              <button
                type="button"
                className="button console__big-button"
                disabled={busy || index >= w.questionIds.length - 1}
                onClick={() => control.mutate({ kind: 'state', input: { currentQuestionIndex: index + 1 } })}
              >
                {t('workshops.console.next')}
              </button>
              <button
                type="button"
                className="button button--secondary console__big-button"
                aria-pressed={w.resultsVisible}
                disabled={busy}
                onClick={() => control.mutate({ kind: 'state', input: { resultsVisible: !w.resultsVisible } })}
              >
                {w.resultsVisible ? t('workshops.console.hideResults') : t('workshops.console.showResults')}
              </button>
              <button
                type="button"
                className="button button--secondary console__big-button"
                aria-pressed={locked}
                disabled={busy}
                onClick={() =>
                  control.mutate({
                    kind: 'state',
                    input: locked ? { unlockQuestionId: question.id } : { lockQuestionId: question.id },
                  })
                }
              >
                {locked ? t('workshops.console.unlock') : t('workshops.console.lock')}
              </button>
            </div>
          ) : null}
          {isLive ? (
            <WorkshopTimer
              endsAt={w.timerEndsAt}
              canControl={canRun}
              pending={busy}
              onSet={(seconds) => control.mutate({ kind: 'state', input: { timerSeconds: seconds } })}
            />
          ) : null}
          {showResults && !published ? <p className="hint">{t('workshops.console.lockToPublish')}</p> : null}
          {showResults ? (
            <QuestionResults
              question={question}
              result={result}
              departments={w.departments}
              minGroupSize={results.data?.minGroupSize ?? 3}
            />
          ) : (
            <p className="hint">{t('workshops.console.resultsHidden')}</p>
          )}
          {canRun ? (
            <Suspense fallback={<LoadingState />}>
              <AgreedAnswerForm
                question={question}
                agreed={agreed}
                pending={busy}
                onSave={(value) => control.mutate({ kind: 'agree', questionId: question.id, value })}
              />
            </Suspense>
          ) : null}
        </section>
      ) : null}
      {w.status !== 'draft' ? (
        <section className="console__panel" aria-labelledby="console-gaps-title">
          <h2 id="console-gaps-title">{t('workshops.gaps.title')}</h2>
          {results.isError ? <QueryErrorState error={results.error} onRetry={() => void results.refetch()} /> : null}
          {!showResults ? <p className="hint">{t('workshops.console.resultsHidden')}</p> : null}
          {showResults && results.data ? (
            <>
              <p>{t('workshops.gaps.respondents', { count: results.data.respondents })}</p>
              <GapHeatMap results={results.data} />
              <GapRanking results={results.data} questionOf={questions.data.find} />
            </>
          ) : null}
        </section>
      ) : null}
      {w.status !== 'draft' ? (
        <WorkshopDownloads orgId={orgId} workshopId={w.id} anonymous={w.anonymity === 'anonymous'} canRun={canRun} />
      ) : null}
      {canRun && w.status !== 'draft' ? (
        <Suspense fallback={<LoadingState />}>
          <ApplyToAssessmentForm orgId={orgId} workshopId={w.id} agreedCount={w.agreedAnswers.length} />
        </Suspense>
      ) : null}
      {canRun && isLive ? (
        <p>
          <CloseWorkshopButton pending={busy} onConfirm={() => control.mutate({ kind: 'close' })} />
        </p>
      ) : null}
      {canRun && closed ? (
        <p>
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => control.mutate({ kind: 'reopen' })}
          >
            {t('workshops.console.reopen')}
          </button>
        </p>
      ) : null}
    </section>
  );
}
