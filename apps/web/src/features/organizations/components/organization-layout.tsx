import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { useCurrentMembership } from '../hooks/use-current-membership';

/** Everything under /o/:orgId: only for members of that organization (the API answers 404 to others too). */
export function OrganizationLayout() {
  const { membership } = useCurrentMembership();
  if (!membership) return <OrganizationNotFound />;
  return <Outlet />;
}

function OrganizationNotFound() {
  const { t } = useTranslation();
  usePageTitle(t('organization.notFound.title'));
  return (
    <section className="page" aria-labelledby="org-not-found-title">
      <h1 id="org-not-found-title">{t('organization.notFound.title')}</h1>
      <p>{t('organization.notFound.body')}</p>
      <p>
        <Link to="/">{t('common.backToHome')}</Link>
      </p>
    </section>
  );
}
