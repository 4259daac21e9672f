import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { DisclosureSummary } from '@ipgn/disclosure-scoring';
import { ConfirmAction } from '../../../shared/components/confirm-action';
import { FormErrorAlert } from '../../../shared/components/form-error-alert';
import { LoadMore } from '../../../shared/components/load-more';
import { LoadingState } from '../../../shared/components/loading-state';
import { QueryErrorState } from '../../../shared/components/query-error-state';
import { StatusMessage } from '../../../shared/components/status-message';
import { formatDateTime } from '../../../shared/i18n/format';
import { useDeleteDisclosureCheck } from '../hooks/use-delete-disclosure-check';
import { useDisclosureChecks } from '../hooks/use-disclosure-checks';
import { checkTitle } from '../utils/check-title';
import { GradedScoreBadge } from './graded-score-badge';
import { CompareBar } from './compare-bar';
import { useCompareChoice } from '../hooks/use-compare-choice';
import { HistorySort, useHistorySort } from './history-sort';

/**
 * The investor's own checks, newest first or by score (`?sort=score`, sorted by the API before paging): open one, delete it, or choose two to compare (two companies' documents side
 * by side). Nobody else sees this list.
 */
export function DisclosureCheckHistory() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [sort, setSort] = useHistorySort();
  const list = useDisclosureChecks(true, sort);
  const remove = useDeleteDisclosureCheck();
  const choice = useCompareChoice();
  const [status, setStatus] = useState<string | null>(null);

  function handleDelete(d: DisclosureSummary) {
    setStatus(null);
    remove.mutate(d, {
      onSuccess: () => {
        choice.forget(d.id);
        setStatus(t('disclosures.history.deleted', { title: checkTitle(d, t) }));
      },
    });
  }

  function compare() {
    const pair = choice.pair();
    if (pair) void navigate(`/investor/checks/compare/${pair[0].id}/${pair[1].id}`);
  }

  return (
    <section aria-labelledby="disclosure-check-history-title" className="panel">
      <h2 id="disclosure-check-history-title">{t('disclosures.checks.history.heading')}</h2>
      <p className="muted">{t('disclosures.checks.history.private')}</p>
      <StatusMessage>{status}</StatusMessage>
      <FormErrorAlert error={remove.error} />
      {list.isPending ? <LoadingState /> : null}
      {list.isError ? <QueryErrorState error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data && list.data.length === 0 ? <p className="empty">{t('disclosures.checks.history.empty')}</p> : null}
      {list.data && list.data.length > 0 ? (
        <>
          <p className="muted" data-testid="grade-list-note">
            {t('disclosures.grade.listNote')}
          </p>
          <p className="muted" id="disclosure-check-compare-hint">
            {t('disclosures.checks.history.compareHint')}
          </p>
          <HistorySort sort={sort} onChange={setSort} />
          <ul
            className="list"
            aria-labelledby="disclosure-check-history-title"
            aria-busy={list.isPlaceholderData}
            data-testid="disclosure-check-list"
          >
            {list.data.map((d) => (
              <li key={d.id} className="list-item">
                <div className="list-item__main">
                  <p className="list-item__title">
                    <Link to={`/investor/checks/${d.id}`}>{checkTitle(d, t)}</Link>
                  </p>
                  <p className="list-item__meta">
                    {t(`disclosures.documentTypes.${d.documentType}`)} · {formatDateTime(d.createdAt)}
                  </p>
                </div>
                <div className="list-item__side">
                  <GradedScoreBadge summary={d} />
                  <label className="disclosure-choose">
                    <input
                      type="checkbox"
                      checked={choice.isChosen(d.id)}
                      onChange={(event) => choice.toggle(d, event.target.checked)}
                      aria-label={t('disclosures.history.select', { title: checkTitle(d, t) })}
                      aria-describedby="disclosure-check-compare-hint"
                    />
                    {t('disclosures.history.choose')}
                  </label>
                  <ConfirmAction
                    label={t('disclosures.history.delete')}
                    accessibleLabel={t('disclosures.history.deleteLabel', { title: checkTitle(d, t) })}
                    question={t('disclosures.history.deleteQuestion', { title: checkTitle(d, t) })}
                    confirmLabel={t('disclosures.history.deleteConfirm')}
                    pendingLabel={t('disclosures.history.deleting')}
                    pending={remove.isPending && remove.variables?.id === d.id}
                    onConfirm={() => handleDelete(d)}
                  />
                </div>
              </li>
            ))}
          </ul>
          <LoadMore
            shown={list.items.length}
            total={list.total}
            hasMore={list.hasNextPage}
            loading={list.isFetchingNextPage}
            onLoadMore={() => void list.fetchNextPage()}
          />
          <CompareBar
            count={choice.chosen.length}
            onCompare={compare}
            replaced={choice.replaced ? checkTitle(choice.replaced, t) : undefined}
          />
        </>
      ) : null}
    </section>
  );
}
