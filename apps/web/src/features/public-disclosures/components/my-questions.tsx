import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState } from '../../../shared/components/loading-state';
import { QueryErrorState } from '../../../shared/components/query-error-state';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { useMyQuestions } from '../hooks/use-my-questions';
import { LoadMore } from '../../../shared/components/load-more';
import { formatDate } from '../../../shared/i18n/format';

/** The signed-in investor's own questions and the companies' answers. */
export function MyQuestions() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const questions = useMyQuestions();
  return (
    <section aria-labelledby="my-questions-title">
      <h2 id="my-questions-title">{t('publicDisclosures.mine.title')}</h2>
      {questions.isPending ? <LoadingState /> : null}
      {questions.isError ? <QueryErrorState error={questions.error} onRetry={() => void questions.refetch()} /> : null}
      {questions.data?.length === 0 ? <p>{t('publicDisclosures.mine.empty')}</p> : null}
      <ul className="list">
        {(questions.data ?? []).map((q) => (
          <li key={q.id} className="panel" data-testid="my-question">
            <p className="my-question__company">
              <Link to={`/companies/${q.companySlug}`}>
                {t('publicDisclosures.mine.company', {
                  company: locale === 'en' && q.companyNameEn ? q.companyNameEn : q.companyNameJa,
                })}
              </Link>
            </p>
            <p>
              <Link to={`/companies/${q.companySlug}/publications/${q.publicationId}`}>{q.publicationTitle}</Link>{' '}
              <span className="muted">
                {t('publicDisclosures.mine.asked', { date: formatDate(q.askedAt, locale) })}
              </span>
            </p>
            <p>{q.body}</p>
            {q.answer ? (
              <>
                <p className="muted">
                  {t('publicDisclosures.mine.answered', { date: q.answeredAt ? formatDate(q.answeredAt, locale) : '' })}{' '}
                  · {q.isPublic ? t('publicDisclosures.mine.public') : t('publicDisclosures.mine.private')}
                </p>
                <p>{q.answer}</p>
              </>
            ) : (
              <p className="muted">{t('publicDisclosures.mine.waiting')}</p>
            )}
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
