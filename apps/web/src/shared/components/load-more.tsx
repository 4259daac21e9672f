import { useTranslation } from 'react-i18next';

export interface LoadMoreProps {
  shown: number;
  total: number;
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
}

/** Under a paged list: how many of how many are shown, and a "Load more" button while there are more. */
export function LoadMore({ shown, total, hasMore, loading, onLoadMore }: LoadMoreProps) {
  const { t } = useTranslation();
  if (total === 0) return null;
  return (
    <div className="load-more">
      <p className="muted" aria-live="polite">
        {t('common.shownOfTotal', { shown, total })}
      </p>
      {hasMore ? (
        <button type="button" className="button button--secondary" disabled={loading} onClick={onLoadMore}>
          {loading ? t('common.loadingMore') : t('common.loadMore')}
        </button>
      ) : null}
    </div>
  );
}
