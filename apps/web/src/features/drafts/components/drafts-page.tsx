import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState } from '../../../shared/components/loading-state';
import { QueryErrorState } from '../../../shared/components/query-error-state';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { useCurrentMembership } from '../../organizations/hooks/use-current-membership';
import { LoadMore } from '../../../shared/components/load-more';
import { useDrafts } from '../hooks/use-drafts';
import { percent } from '../utils/percent';
import { DraftStatusBadge } from './draft-status-badge';
import { NewDraftForm } from './new-draft-form';
import '../drafts.css';
import { formatDateTime } from '../../../shared/i18n/format';

/** The organization's drafts with type, language, status and score; a new draft for roles that may edit. */
export function DraftsPage() {
  const { t } = useTranslation();
  usePageTitle(t('drafts.page.title'));
  const { orgId, can } = useCurrentMembership();
  const drafts = useDrafts(orgId);
  const canEdit = can('draft:edit');
  return (
    <section aria-labelledby="drafts-title" className="page">
      <h1 id="drafts-title">{t('drafts.page.title')}</h1>
      <p className="lead">{t('drafts.page.intro')}</p>
      <p>
        <Link to={`/o/${orgId}/drafts/facts`}>{t('drafts.page.factsLink')}</Link>
      </p>
      {canEdit ? <NewDraftForm orgId={orgId} /> : <p className="notice notice--info">{t('drafts.page.readOnly')}</p>}
      <section aria-labelledby="drafts-list-title">
        <h2 id="drafts-list-title">{t('drafts.page.listHeading')}</h2>
        {drafts.isPending ? <LoadingState /> : null}
        {drafts.isError ? <QueryErrorState error={drafts.error} onRetry={() => void drafts.refetch()} /> : null}
        {drafts.data && drafts.items.length === 0 ? <p className="empty">{t('drafts.page.empty')}</p> : null}
        {drafts.data && drafts.items.length > 0 ? (
          <div className="table-scroll">
            {/* On a phone each row becomes a card: the column names come back beside the values (hidden from
                assistive technology, which keeps reading the header cells the table still has). */}
            <table className="drafts-table">
              <caption className="visually-hidden">{t('drafts.page.listHeading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('drafts.page.columns.title')}</th>
                  <th scope="col">{t('drafts.page.columns.type')}</th>
                  <th scope="col">{t('drafts.page.columns.language')}</th>
                  <th scope="col">{t('drafts.page.columns.status')}</th>
                  <th scope="col">{t('drafts.page.columns.score')}</th>
                  <th scope="col">{t('drafts.page.columns.updated')}</th>
                </tr>
              </thead>
              <tbody>
                {drafts.items.map((d) => (
                  <tr key={d.id} data-testid={`draft-row-${d.id}`}>
                    <th scope="row">
                      <Link to={`/o/${orgId}/drafts/${d.id}`}>{d.title}</Link>
                    </th>
                    <td>
                      <CellLabel>{t('drafts.page.columns.type')}</CellLabel>
                      <span>{t(`drafts.types.${d.type}`)}</span>
                    </td>
                    <td>
                      <CellLabel>{t('drafts.page.columns.language')}</CellLabel>
                      <span className="drafts-table__nowrap">{t(`drafts.languages.${d.language}`)}</span>
                    </td>
                    <td>
                      <CellLabel>{t('drafts.page.columns.status')}</CellLabel>
                      <span>
                        <DraftStatusBadge status={d.status} />
                      </span>
                    </td>
                    <td>
                      <CellLabel>{t('drafts.page.columns.score')}</CellLabel>
                      <span>
                        {d.overall !== null
                          ? d.class
                            ? t('drafts.page.scoreValue', { overall: d.overall, class: d.class })
                            : t('drafts.page.scoreOnly', { overall: d.overall }) // the 〇/△/✕ mark is for CG entries only
                          : d.checklist
                            ? // An SME one-pager is measured by its checklist only: one figure, the one its page shows.
                              t('drafts.page.smeNoScore', { met: d.checklist.met, total: d.checklist.total })
                            : t('drafts.page.scorePending', { percent: percent(d.completeness) })}
                      </span>
                    </td>
                    <td>
                      <CellLabel>{t('drafts.page.columns.updated')}</CellLabel>
                      <span className="drafts-table__nowrap">{formatDateTime(d.updatedAt)}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        <LoadMore
          shown={drafts.items.length}
          total={drafts.total}
          hasMore={drafts.hasNextPage}
          loading={drafts.isFetchingNextPage}
          onLoadMore={() => void drafts.fetchNextPage()}
        />
      </section>
    </section>
  );
}

/** A column's name beside its value, shown only where the table is stacked into cards (a phone). */
function CellLabel({ children }: { children: string }) {
  return (
    <span className="drafts-table__label" aria-hidden="true">
      {children}
    </span>
  );
}
