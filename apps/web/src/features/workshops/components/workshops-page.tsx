import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState } from '../../../shared/components/loading-state';
import { QueryErrorState } from '../../../shared/components/query-error-state';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { lazyNamed } from '../../../shared/utils/lazy-named';
import { useCurrentMembership } from '../../organizations/hooks/use-current-membership';
import { useWorkshops } from '../hooks/use-workshops';
import '../workshops.css';
import { formatDateTime } from '../../../shared/i18n/format';

// The forms load after the page (react-hook-form is not part of this page's first load: issue 15's budget).
const CreateWorkshopForm = lazyNamed(() => import('./create-workshop-form'), 'CreateWorkshopForm');
const JoinAsMemberForm = lazyNamed(() => import('./join-as-member-form'), 'JoinAsMemberForm');

/** The organization's workshops, and creating one (workshop:run). */
export function WorkshopsPage() {
  const { t } = useTranslation();
  const { orgId, can } = useCurrentMembership();
  const workshops = useWorkshops(orgId);
  usePageTitle(t('workshops.list.title'));

  return (
    <section className="page workshops" aria-labelledby="workshops-title">
      <h1 id="workshops-title">{t('workshops.list.title')}</h1>
      <p>{t('workshops.list.intro')}</p>
      {can('workshop:run') ? (
        <Suspense fallback={<LoadingState />}>
          <CreateWorkshopForm orgId={orgId} />
        </Suspense>
      ) : null}
      <h2>{t('workshops.list.heading')}</h2>
      {workshops.isPending ? (
        <LoadingState />
      ) : workshops.isError ? (
        <QueryErrorState error={workshops.error} onRetry={() => void workshops.refetch()} />
      ) : workshops.data.length === 0 ? (
        <p>{t('workshops.list.empty')}</p>
      ) : (
        <ul className="workshops__list">
          {workshops.data.map((w) => (
            <li key={w.id} className="card">
              <h3>
                <Link to={`/o/${orgId}/workshops/${w.id}/console`}>{w.title}</Link>
              </h3>
              <p>
                {t(`workshops.status.${w.status}`)} · {formatDateTime(w.scheduledAt)} ·{' '}
                {t(`workshops.anonymity.${w.anonymity}`)} ·{' '}
                {t('workshops.list.questions', { count: w.questionIds.length })} ·{' '}
                {t('workshops.list.participants', { count: w.participants.total })}
              </p>
              {w.status === 'live' && can('assessment:read') ? (
                <Suspense fallback={<LoadingState />}>
                  <JoinAsMemberForm orgId={orgId} workshopId={w.id} departments={w.departments} />
                </Suspense>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
