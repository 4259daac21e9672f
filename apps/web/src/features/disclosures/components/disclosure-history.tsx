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
import { sortDisclosures } from '../utils/sort-disclosures';
import { HistorySort, useHistorySort } from './history-sort';

export interface DisclosureHistoryProps {
  orgId: string;
  canDelete: boolean;
}

/** The organization's scored texts, newest first or by score (`?sort=score`); choose two to compare them. */
export function DisclosureHistory({ orgId, canDelete }: DisclosureHistoryProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = useDisclosures(orgId);
  const remove = useDeleteDisclosure(orgId);
  const [chosen, setChosen] = useState<string[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const [sort, setSort] = useHistorySort();
  const shown = list.data ? sortDisclosures(list.data, sort) : [];

  function toggle(id: string, on: boolean) {
    setChosen((current) => (on ? [...current.filter((c) => c !== id), id].slice(-2) : current.filter((c) => c !== id)));
  }

  function compare() {
    const picked = (list.data ?? []).filter((d) => chosen.includes(d.id));
    if (picked.length !== 2) return;
    // Older first: the comparison reads as "from → to".
    const [from, to] = [...picked].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    void navigate(`/o/${orgId}/disclosures/compare/${from.id}/${to.id}`);
  }

  function handleDelete(d: DisclosureSummary) {
    setStatus(null);
    remove.mutate(d, {
      onSuccess: () => {
        setChosen((c) => c.filter((id) => id !== d.id));
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
          <p className="muted" id="disclosure-compare-hint">
            {t('disclosures.history.compareHint')}
          </p>
          <HistorySort sort={sort} onChange={setSort} shown={list.items.length} total={list.total} />
          <ul className="list" aria-labelledby="disclosure-history-title" data-testid="disclosure-history-list">
            {shown.map((d) => (
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
                  <p className="badge" data-testid="disclosure-score">
                    {t(d.class ? 'disclosures.history.score' : 'disclosures.history.scoreNoClass', {
                      score: d.overall,
                      grade: d.grade,
                      mark: d.class ?? '',
                    })}
                  </p>
                  <label className="disclosure-choose">
                    <input
                      type="checkbox"
                      checked={chosen.includes(d.id)}
                      onChange={(event) => toggle(d.id, event.target.checked)}
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
            loading={list.isFetchingNextPage}
            onLoadMore={() => void list.fetchNextPage()}
          />
          <div className="disclosure-compare-bar">
            <button type="button" className="button button--secondary" disabled={chosen.length !== 2} onClick={compare}>
              {t('disclosures.history.compare')}
            </button>
            <span className="muted" aria-live="polite">
              {t('disclosures.history.compareCount', { count: chosen.length })}
            </span>
          </div>
        </>
      ) : null}
    </section>
  );
}
