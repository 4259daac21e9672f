import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiRequestError } from '../../../shared/api/api-request-error';
import { LoadingState } from '../../../shared/components/loading-state';
import { QueryErrorState } from '../../../shared/components/query-error-state';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { useOnline } from '../hooks/use-online';
import { useParticipantLive } from '../hooks/use-participant-live';
import { useParticipantResults } from '../hooks/use-participant-results';
import { useParticipantWorkshop } from '../hooks/use-participant-workshop';
import { useServerCountdown } from '../hooks/use-server-countdown';
import { participantSession } from '../utils/participant-session';
import { ParticipantQuestion } from './participant-question';
import { ParticipantResults } from './participant-results';
import '../workshops.css';

/**
 * The participant's answering screen: follows the facilitator's current question live, counts down with the
 * server's clock (the question locks at zero), shows the results while the facilitator shows them, and says
 * plainly when the phone is offline or reconnecting.
 */
export function ParticipantPage() {
  const { t } = useTranslation();
  const [session, setSession] = useState(() => participantSession.read());
  const token = session?.token ?? null;
  const view = useParticipantWorkshop(token);
  const live = useParticipantLive(view.isError ? null : token);
  usePageTitle(view.data?.workshop.title ?? session?.title ?? t('workshops.join.title'));
  const online = useOnline();
  const state0 = view.data?.state;
  const secondsLeft = useServerCountdown(state0?.timerEndsAt ?? null, state0?.serverNow ?? null);
  const currentId = view.data?.currentQuestion?.id ?? null;
  const results = useParticipantResults(
    token,
    state0?.resultsVisible === true,
    currentId,
    view.data?.currentQuestion?.locked ?? false,
  );
  const refused = !token || (view.isError && isApiRequestError(view.error) && view.error.statusCode === 401);

  useEffect(() => {
    // The stream was refused (token expired, workshop closed): ask once more to learn why.
    if (live === 'stopped' && token && !view.isError) void view.refetch();
  }, [live, token, view]);
  useEffect(() => {
    if (!refused || !token) return;
    // Another tab of this device may have rejoined meanwhile (a fresh token in localStorage): continue with it.
    const fresh = participantSession.read();
    if (fresh && fresh.token !== token) setSession(fresh);
    else participantSession.clear();
  }, [refused, token]);

  if (refused) {
    return (
      <section className="page participant" aria-labelledby="participant-title">
        <h1 id="participant-title">{session?.title ?? t('workshops.join.title')}</h1>
        <p>{token ? t('workshops.participant.expired') : t('workshops.join.intro')}</p>
        <p>
          <Link to="/join" className="button">
            {t('workshops.participant.rejoin')}
          </Link>
        </p>
      </section>
    );
  }
  if (view.isPending) return <LoadingState />;
  if (view.isError) return <QueryErrorState error={view.error} onRetry={() => void view.refetch()} />;
  const { workshop, state, currentQuestion, answers, you } = view.data;
  const current = currentQuestion ? answers.find((a) => a.questionId === currentQuestion.id)?.value : undefined;
  const timeUp = secondsLeft === 0;
  const question = currentQuestion && timeUp ? { ...currentQuestion, locked: true } : currentQuestion;
  const offline = !online || live === 'reconnecting';

  return (
    <section className="page participant" aria-labelledby="participant-title">
      <h1 id="participant-title">{workshop.title}</h1>
      <p className="hint">
        {t('workshops.participant.yourDepartment', { department: t(`workshops.departments.${you.department}`) })} ·{' '}
        {t('workshops.participant.connection', { status: t(`workshops.live.${live}`) })}
      </p>
      {offline ? (
        <p role="alert" className="notice notice--error">
          {t('workshops.participant.offline')}
        </p>
      ) : null}
      {secondsLeft !== null ? (
        <p className="participant__timer" role={timeUp ? 'status' : undefined}>
          {timeUp ? t('workshops.participant.timeUp') : t('workshops.participant.timeLeft', { seconds: secondsLeft })}
        </p>
      ) : null}
      {state.status === 'closed' ? (
        <p role="status">{t('workshops.participant.closed')}</p>
      ) : question && state.status === 'live' ? (
        <>
          <p className="console__counter">
            {t('workshops.participant.questionOf', { n: state.currentQuestionIndex + 1, total: state.questionCount })}
          </p>
          <ParticipantQuestion key={question.id} token={token} question={question} current={current} />
          {state.resultsVisible && results.data?.visible ? (
            <ParticipantResults question={question} result={results.data.question} />
          ) : null}
        </>
      ) : (
        <p role="status">{t('workshops.participant.waiting')}</p>
      )}
    </section>
  );
}
