import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../shared/components/loading-state';
import { QueryErrorState } from '../../../shared/components/query-error-state';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { useCurrentMembership } from '../../organizations/hooks/use-current-membership';
import { useOrganizationQuestions } from '../hooks/use-organization-questions';
import { useQuestionsSummary } from '../hooks/use-questions-summary';
import { AnswerQuestionForm } from './answer-question-form';
import { AnsweredQuestion } from './answered-question';
import { LoadMore } from '../../../shared/components/load-more';
import { formatDateTime } from '../../../shared/i18n/format';

/** Investors' questions about the organization's publications; members with dialogue:answer reply. */
export function QuestionsPage() {
  const { t } = useTranslation();
  usePageTitle(t('dialogue.title'));
  const { orgId } = useCurrentMembership();
  const questions = useOrganizationQuestions(orgId);
  const summary = useQuestionsSummary(orgId);
  return (
    <section aria-labelledby="questions-title" className="page">
      <h1 id="questions-title">{t('dialogue.title')}</h1>
      <p className="lead">{t('dialogue.intro')}</p>
      {summary.data ? (
        <p
          role="status"
          className={summary.data.unanswered > 0 ? 'notice notice--info' : 'muted'}
          data-testid="questions-summary"
        >
          {t('dialogue.summary', { unanswered: summary.data.unanswered, total: summary.data.total })}
        </p>
      ) : null}
      {questions.isPending ? <LoadingState /> : null}
      {questions.isError ? <QueryErrorState error={questions.error} onRetry={() => void questions.refetch()} /> : null}
      {questions.data?.length === 0 ? <p className="empty">{t('dialogue.empty')}</p> : null}
      <ul className="list">
        {(questions.data ?? []).map((q) => (
          <li key={q.id} className="panel" data-testid="org-question">
            <article aria-labelledby={`q-${q.id}`}>
              <h2 id={`q-${q.id}`}>
                {t('dialogue.about', { title: q.publicationTitle, version: q.publicationVersion })}
              </h2>
              <p className="muted">
                {t('dialogue.askedBy', {
                  name: q.askedBy?.displayName ?? t('dialogue.unknown'),
                  date: formatDateTime(q.askedAt),
                })}
              </p>
              <p>{q.body}</p>
              {q.answer !== null ? (
                <AnsweredQuestion orgId={orgId} question={q} />
              ) : (
                <AnswerQuestionForm orgId={orgId} questionId={q.id} />
              )}
            </article>
          </li>
        ))}
      </ul>
      <LoadMore
        shown={questions.items.length}
        total={questions.total}
        hasMore={questions.hasNextPage}
        loading={questions.isFetchingNextPage}
        onLoadMore={() => void questions.fetchNextPage()}
      />
    </section>
  );
}
