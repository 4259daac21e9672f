import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ConfirmAction } from '../../../shared/components/confirm-action';
import { FormErrorAlert } from '../../../shared/components/form-error-alert';
import { LoadingState } from '../../../shared/components/loading-state';
import { QueryErrorState } from '../../../shared/components/query-error-state';
import { StatusMessage } from '../../../shared/components/status-message';
import { useDeleteDisclosure } from '../hooks/use-delete-disclosure';
import { useDisclosures } from '../hooks/use-disclosures';
import { LoadMore } from '../../../shared/components/load-more';
import type { DisclosureSummary } from '@ipgn/disclosure-scoring';
import { formatDateTime } from '../../../shared/i18n/format';
import { GradedScoreBadge } from './graded-score-badge';
import { HistorySort, useHistorySort } from './history-sort';
import { CompareBar } from './compare-bar';
import { useCompareChoice } from '../hooks/use-compare-choice';

export interface DisclosureHistoryProps {
  orgId: string;
  canDelete: boolean;
}

/**
 * The organization's scored texts, newest first or by score (`?sort=score`, sorted by the API before paging); choose
 * two to compare them (the choice holds across orders and pages).
 */
export function DisclosureHistory({ orgId, canDelete }: DisclosureHistoryProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [sort, setSort] = useHistorySort();
  const list = useDisclosures(orgId, sort);
  const remove = useDeleteDisclosure(orgId);
  const choice = useCompareChoice();
  const [status, setStatus] = useState<string | null>(null);

  function compare() {
    const pair = choice.pair();
    if (pair) void navigate(`/o/${orgId}/disclosures/compare/${pair[0].id}/${pair[1].id}`);
  }

  function handleDelete(d: DisclosureSummary) {
    setStatus(null);
    remove.mutate(d, {
      onSuccess: () => {
        choice.forget(d.id);
        setStatus(t('disclosures.history.deleted', { title: d.title }));
      },
    });
  }

  return (
    <section aria-labelledby="disclosure-history-title" className="panel">
      <h2 id="disclosure-history-title">{t('disclosures.history.heading')}</h2>
      <StatusMessage>{status}</StatusMessage>
      <FormErrorAlert error={remove.error} />
      {list.isPending ? <LoadingState /> : null}
      {list.isError ? <QueryErrorState error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data && list.data.length === 0 ? <p className="empty">{t('disclosures.history.empty')}</p> : null}
      {list.data && list.data.length > 0 ? (
        <>
          <p className="muted" data-testid="grade-list-note">
            {t('disclosures.grade.listNote')}
          </p>
          <p className="muted" id="disclosure-compare-hint">
            {t('disclosures.history.compareHint')}
          </p>
          <HistorySort sort={sort} onChange={setSort} />
          <ul
            className="list"
            aria-labelledby="disclosure-history-title"
            aria-busy={list.isPlaceholderData}
            data-testid="disclosure-history-list"
          >
            {list.data.map((d) => (
              <li key={d.id} className="list-item">
                <div className="list-item__main">
                  <p className="list-item__title">
                    <Link to={`/o/${orgId}/disclosures/${d.id}`}>{d.title}</Link>
                  </p>
                  <p className="list-item__meta">
                    {t(`disclosures.documentTypes.${d.documentType}`)} · {formatDateTime(d.createdAt)}
                    {d.createdBy ? ` · ${t('disclosures.history.by', { name: d.createdBy.displayName })}` : ''}
                  </p>
                </div>
                <div className="list-item__side">
                  <GradedScoreBadge summary={d} />
                  <label className="disclosure-choose">
                    <input
                      type="checkbox"
                      checked={choice.isChosen(d.id)}
                      onChange={(event) => choice.toggle(d, event.target.checked)}
                      aria-label={t('disclosures.history.select', { title: d.title })}
                      aria-describedby="disclosure-compare-hint"
                    />
                    {t('disclosures.history.choose')}
                  </label>
                  {canDelete ? (
                    <ConfirmAction
                      label={t('disclosures.history.delete')}
                      accessibleLabel={t('disclosures.history.deleteLabel', { title: d.title })}
                      question={t('disclosures.history.deleteQuestion', { title: d.title })}
                      confirmLabel={t('disclosures.history.deleteConfirm')}
                      pendingLabel={t('disclosures.history.deleting')}
                      pending={remove.isPending && remove.variables?.id === d.id}
                      onConfirm={() => handleDelete(d)}
                    />
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
          <LoadMore
            shown={list.items.length}
            total={list.total}
            hasMore={list.hasNextPage}
            loading={list.isFetchingNextPage || list.isPlaceholderData}
            onLoadMore={() => void list.fetchNextPage()}
          />
          <CompareBar count={choice.chosen.length} onCompare={compare} replaced={choice.replaced?.title} />
        </>
      ) : null}
    </section>
  );
}
