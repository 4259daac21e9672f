import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../shared/components/loading-state';
import { QueryErrorState } from '../../../shared/components/query-error-state';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { useCurrentMembership } from '../hooks/use-current-membership';
import { useOrganization } from '../hooks/use-organization';
import { OrganizationProfileForm } from './organization-profile-form';
import { OrganizationProfileView } from './organization-profile-view';
import { BenchmarkParticipationPanel } from '../../benchmark/components/benchmark-participation-panel';

export function OrganizationProfilePage() {
  const { t } = useTranslation();
  usePageTitle(t('organization.profile.title'));
  const { orgId, can } = useCurrentMembership();
  const organization = useOrganization(orgId);
  const editable = can('organization:update');
  return (
    <section aria-labelledby="profile-title" className="page">
      <h1 id="profile-title">{t('organization.profile.title')}</h1>
      <p className="lead">{t('organization.profile.intro')}</p>
      {organization.isPending ? <LoadingState /> : null}
      {organization.isError ? (
        <QueryErrorState error={organization.error} onRetry={() => void organization.refetch()} />
      ) : null}
      {organization.data ? (
        editable ? (
          <OrganizationProfileForm profile={organization.data} />
        ) : (
          <>
            <p className="notice notice--info">{t('organization.profile.readOnly')}</p>
            <OrganizationProfileView profile={organization.data} />
          </>
        )
      ) : null}
      {organization.data ? <BenchmarkParticipationPanel orgId={orgId} editable={editable} /> : null}
    </section>
  );
}
