import { useTranslation } from 'react-i18next';
import { useQuestionsSummary } from '../hooks/use-questions-summary';

/** Beside the questions link: how many investor questions wait for an answer (nothing when none). */
export function UnansweredQuestionsBadge({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const summary = useQuestionsSummary(orgId);
  const count = summary.data?.unanswered ?? 0;
  if (count === 0) return null;
  return (
    <span className="count-badge" data-testid="unanswered-questions">
      <span aria-hidden="true">{count}</span>
      <span className="visually-hidden">{t('nav.unansweredCount', { count })}</span>
    </span>
  );
}
