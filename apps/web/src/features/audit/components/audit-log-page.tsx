import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../shared/components/loading-state';
import { QueryErrorState } from '../../../shared/components/query-error-state';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { useCurrentMembership } from '../../organizations/hooks/use-current-membership';
import { useAuditEvents } from '../hooks/use-audit-events';
import { auditActionLabel } from '../utils/audit-action-label';
import { auditTargetLabel } from '../utils/audit-target-label';
import { LoadMore } from '../../../shared/components/load-more';
import { formatDateTime } from '../../../shared/i18n/format';

export function AuditLogPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('audit.title'));
  const { orgId, can } = useCurrentMembership();
  const allowed = can('audit:read');
  const events = useAuditEvents(orgId);
  return (
    <section aria-labelledby="audit-title" className="page">
      <h1 id="audit-title">{t('audit.title')}</h1>
      <p className="lead">{t('audit.intro')}</p>
      {!allowed ? (
        <p className="notice notice--info">{t('organization.notFound.body')}</p>
      ) : (
        <>
          {events.isPending ? <LoadingState /> : null}
          {events.isError ? <QueryErrorState error={events.error} onRetry={() => void events.refetch()} /> : null}
          {events.data && events.data.length === 0 ? <p className="empty">{t('audit.empty')}</p> : null}
          {events.data && events.data.length > 0 ? (
            <ol className="list timeline" aria-labelledby="audit-title">
              {events.data.map((event) => (
                <li key={event.id} className="list-item">
                  <div className="list-item__main">
                    <p className="list-item__title">{auditActionLabel(event.action, i18n)}</p>
                    <dl className="meta-list">
                      <div>
                        <dt>{t('audit.when')}</dt>
                        <dd>
                          <time dateTime={event.createdAt}>{formatDateTime(event.createdAt)}</time>
                        </dd>
                      </div>
                      <div>
                        <dt>{t('audit.actor')}</dt>
                        <dd>{event.actor?.displayName ?? t('audit.system')}</dd>
                      </div>
                      {auditTargetLabel(event, t) ? (
                        <div>
                          <dt>{t('audit.target')}</dt>
                          <dd>{auditTargetLabel(event, t)}</dd>
                        </div>
                      ) : null}
                    </dl>
                  </div>
                </li>
              ))}
            </ol>
          ) : null}
          <LoadMore
            shown={events.items.length}
            total={events.total}
            hasMore={events.hasNextPage}
            loading={events.isFetchingNextPage}
            onLoadMore={() => void events.fetchNextPage()}
          />
        </>
      )}
    </section>
  );
}
