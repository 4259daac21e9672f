import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiRequestError } from '../../../shared/api/api-request-error';
import { LoadingState } from '../../../shared/components/loading-state';
import { QueryErrorState } from '../../../shared/components/query-error-state';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { useParticipantLive } from '../hooks/use-participant-live';
import { useParticipantWorkshop } from '../hooks/use-participant-workshop';
import { participantSession } from '../utils/participant-session';
import { ParticipantQuestion } from './participant-question';
import '../workshops.css';

/** The participant's answering screen: follows the facilitator's current question live. */
export function ParticipantPage() {
  const { t } = useTranslation();
  const [session] = useState(() => participantSession.read());
  const token = session?.token ?? null;
  const view = useParticipantWorkshop(token);
  const live = useParticipantLive(view.isError ? null : token);
  usePageTitle(view.data?.workshop.title ?? session?.title ?? t('workshops.join.title'));
  const refused = !token || (view.isError && isApiRequestError(view.error) && view.error.statusCode === 401);

  useEffect(() => {
    // The stream was refused (token expired, workshop closed): ask once more to learn why.
    if (live === 'stopped' && token && !view.isError) void view.refetch();
  }, [live, token, view]);
  useEffect(() => {
    if (refused && token) participantSession.clear();
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

  return (
    <section className="page participant" aria-labelledby="participant-title">
      <h1 id="participant-title">{workshop.title}</h1>
      <p className="hint">
        {t('workshops.participant.yourDepartment', { department: t(`workshops.departments.${you.department}`) })} ·{' '}
        {t('workshops.participant.connection', { status: t(`workshops.live.${live}`) })}
      </p>
      {state.status === 'closed' ? (
        <p role="status">{t('workshops.participant.closed')}</p>
      ) : currentQuestion && state.status === 'live' ? (
        <>
          <p className="console__counter">{t('workshops.participant.questionOf', { n: state.currentQuestionIndex + 1, total: state.questionCount })}</p>
          <ParticipantQuestion key={currentQuestion.id} token={token} question={currentQuestion} current={current} />
        </>
      ) : (
        <p role="status">{t('workshops.participant.waiting')}</p>
      )}
    </section>
  );
}
