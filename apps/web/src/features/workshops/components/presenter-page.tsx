import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FormErrorAlert } from '../../../shared/components/form-error-alert';
import { LoadingState } from '../../../shared/components/loading-state';
import { QueryErrorState } from '../../../shared/components/query-error-state';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { useCurrentMembership } from '../../organizations/hooks/use-current-membership';
import { useFacilitatorLive } from '../hooks/use-facilitator-live';
import { useNow } from '../hooks/use-now';
import { usePresenterKeys } from '../hooks/use-presenter-keys';
import { useWorkshop } from '../hooks/use-workshop';
import { useWorkshopControl } from '../hooks/use-workshop-control';
import { useWorkshopQuestions } from '../hooks/use-workshop-questions';
import { useWorkshopResults } from '../hooks/use-workshop-results';
import { answerChoices } from '../utils/answer-choices';
import { formatClock, remainingSeconds } from '../utils/remaining-seconds';
import { GapHeatMap } from './gap-heat-map';
import { GapRanking } from './gap-ranking';
import '../workshops.css';

const percent = (count: number, total: number) => (total === 0 ? 0 : Math.round((count / total) * 100));

/**
 * The projector's view: full screen, no app chrome, stepped from the keyboard (→/Space, ←, R, L, H, F). One
 * slide shows the question with every option and level meaning, and — once shown and published — each
 * option's share right beside it, so the results are above the fold at 1280×720; the heat map has its own slide.
 */
export function PresenterPage() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const { workshopId = '' } = useParams();
  const { orgId, can } = useCurrentMembership();
  const canRun = can('workshop:run');
  const workshop = useWorkshop(orgId, workshopId, canRun ? undefined : 5000);
  const isLive = workshop.data?.status === 'live';
  const live = useFacilitatorLive(orgId, workshopId, canRun && isLive);
  const results = useWorkshopResults(orgId, workshopId, canRun ? undefined : 5000);
  const questions = useWorkshopQuestions();
  const control = useWorkshopControl(orgId, workshopId);
  const [slide, setSlide] = useState<'question' | 'heatmap'>('question');
  const now = useNow(Boolean(workshop.data?.timerEndsAt));
  usePageTitle(workshop.data?.title);

  const w = workshop.data;
  const index = w ? Math.min(w.currentQuestionIndex, Math.max(0, w.questionIds.length - 1)) : 0;
  const questionId = w?.questionIds[index];
  const locked = questionId ? (w?.lockedQuestionIds.includes(questionId) ?? false) : false;
  const step = (to: number) => {
    if (!w || !canRun || !isLive || control.isPending || to < 0 || to >= w.questionIds.length) return;
    control.mutate({ kind: 'state', input: { currentQuestionIndex: to } });
  };
  usePresenterKeys({
    next: () => (slide === 'heatmap' ? setSlide('question') : step(index + 1)),
    previous: () => (slide === 'heatmap' ? setSlide('question') : step(index - 1)),
    toggleResults: () =>
      w && canRun && isLive && control.mutate({ kind: 'state', input: { resultsVisible: !w.resultsVisible } }),
    toggleLock: () =>
      questionId &&
      canRun &&
      isLive &&
      control.mutate({
        kind: 'state',
        input: locked ? { unlockQuestionId: questionId } : { lockQuestionId: questionId },
      }),
    toggleHeatMap: () => setSlide((s) => (s === 'heatmap' ? 'question' : 'heatmap')),
    fullScreen: () => {
      if (globalThis.document.fullscreenElement) void globalThis.document.exitFullscreen();
      else void globalThis.document.documentElement.requestFullscreen?.().catch(() => undefined);
    },
  });

  if (workshop.isPending || questions.isPending) return <LoadingState />;
  if (workshop.isError || !w) return <QueryErrorState error={workshop.error} onRetry={() => void workshop.refetch()} />;
  if (questions.isError) return <QueryErrorState error={questions.error} onRetry={() => void questions.refetch()} />;
  const question = questionId ? questions.data.find(questionId) : undefined;
  const result = results.data?.questions.find((q) => q.questionId === questionId);
  const showResults = w.resultsVisible || w.status === 'closed';
  const total = showResults ? (result?.total ?? null) : null;
  const respondents = (questionId ? live.respondents[questionId] : undefined) ?? result?.respondents ?? 0;
  const left = remainingSeconds(w.timerEndsAt, now);
  const choices = question ? answerChoices(question, locale, (level) => t('workshops.levelShort', { level })) : [];

  return (
    <main className="presenter" aria-labelledby="presenter-title">
      <header className="presenter__bar">
        <span className="presenter__counter">
          {t('workshops.console.questionOf', { n: index + 1, total: w.questionIds.length })}
        </span>
        <span role="status" aria-live="polite">
          {t('workshops.console.answered', { count: respondents, total: w.participants.total })}
        </span>
        {locked ? <span className="console__locked">{t('workshops.console.lockedBadge')}</span> : null}
        {left !== null ? (
          <span className="presenter__timer">{left === 0 ? t('workshops.timer.done') : formatClock(left)}</span>
        ) : null}
        {w.joinCode ? (
          <span className="presenter__code">{t('workshops.console.joinCodeLabel', { code: w.joinCode })}</span>
        ) : null}
      </header>
      <FormErrorAlert error={control.error} />
      {slide === 'heatmap' ? (
        <section className="presenter__slide" aria-labelledby="presenter-title">
          <h1 id="presenter-title">{t('workshops.gaps.title')}</h1>
          {showResults && results.data ? (
            <>
              <GapHeatMap results={results.data} />
              <GapRanking results={results.data} questionOf={questions.data.find} />
            </>
          ) : (
            <p>{t('workshops.console.resultsHidden')}</p>
          )}
        </section>
      ) : question ? (
        <section className="presenter__slide" aria-labelledby="presenter-title">
          <h1 id="presenter-title" className="presenter__question">
            {question.prompt[locale]}
          </h1>
          <ol className="presenter__choices">
            {choices.map((c) => {
              const count = total?.distribution.find((d) => d.key === c.key)?.count ?? 0;
              return (
                <li key={c.key} className="presenter__choice">
                  <span className="presenter__label">
                    <strong>{c.label}</strong> {c.anchor}
                  </span>
                  {total ? (
                    <>
                      <span className="distribution__bar" aria-hidden="true">
                        <span
                          className="distribution__fill"
                          style={{ width: `${percent(count, total.respondents)}%` }}
                        />
                      </span>
                      <span className="distribution__value">
                        {t('workshops.console.countPercent', { count, percent: percent(count, total.respondents) })}
                      </span>
                    </>
                  ) : null}
                </li>
              );
            })}
          </ol>
          {total && total.mean !== null ? (
            <p className="presenter__mean">{t('workshops.console.mean', { mean: total.mean })}</p>
          ) : null}
          {showResults && !total ? <p className="presenter__hint">{t('workshops.console.lockToPublish')}</p> : null}
          {showResults && result && result.departments.length > 0 ? (
            <p className="presenter__departments">
              {result.departments
                .map((d) => `${t(`workshops.departments.${d.department}`)} ${d.mean ?? t('workshops.console.noValue')}`)
                .join(' · ')}
            </p>
          ) : null}
        </section>
      ) : null}
      <footer className="presenter__footer">
        <span>{t('workshops.present.keys')}</span>
        <Link to={`/o/${orgId}/workshops/${w.id}/console`}>{t('workshops.present.exit')}</Link>
      </footer>
    </main>
  );
}
