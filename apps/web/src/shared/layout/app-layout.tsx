import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useMatch } from 'react-router';
import { useCurrentUser } from '../../features/auth/hooks/use-current-user';
import { LanguageSwitcher } from '../../features/language/components/language-switcher';
import { useSyncUserLocale } from '../../features/language/hooks/use-sync-user-locale';
import { NotificationBell } from '../../features/notifications/components/notification-bell';
import { InvestorNav } from '../../features/investor/components/investor-nav';
import { OrganizationNav } from '../../features/organizations/components/organization-nav';
import { OrganizationSwitcher } from '../../features/organizations/components/organization-switcher';
import { ErrorBoundary } from '../components/error-boundary';
import { usePageLanding } from './use-page-landing';
import { UserMenu } from './user-menu';

/** Skip link, header (brand, organization switcher, language, account), organization menu and main. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  useSyncUserLocale();
  const user = me.data ?? null;
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  // The bell belongs to the organization being viewed (notifications are per member and organization).
  const orgId = useMatch('/o/:orgId/*')?.params.orgId;
  const inOrganization = Boolean(user && orgId && user.memberships.some((m) => m.organizationId === orgId));
  // After the user moves to another page (a link, a form that sends them on, back/forward): the new page starts at the
  // top (except back/forward) with focus on its heading, so screen readers start reading it. Not on first load and
  // not on redirects, so the skip link stays the first stop.
  usePageLanding(mainRef);

  return (
    <div className="app">
      <a
        href="#main-content"
        className="skip-link"
        onClick={(event) => {
          // Focus the main region directly: a plain fragment link would also change the URL the router sees.
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        {t('layout.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__bar">
          <Link to="/" className="brand">
            <span className="brand__mark" aria-hidden="true" />
            {t('app.name')}
          </Link>
          <div className="site-header__tools">
            {user && user.accountType === 'company' ? <OrganizationSwitcher memberships={user.memberships} /> : null}
            {inOrganization && orgId ? <NotificationBell orgId={orgId} /> : null}
            <LanguageSwitcher />
            {user ? (
              <UserMenu user={user} />
            ) : me.isSuccess ? (
              <nav aria-label={t('layout.siteNav')} className="site-nav">
                <Link to="/companies">{t('layout.companies')}</Link>
                <Link to="/sign-in">{t('layout.signIn')}</Link>
                <Link to="/sign-up">{t('layout.signUp')}</Link>
              </nav>
            ) : null}
          </div>
        </div>
        {user?.accountType === 'investor' ? <InvestorNav /> : null}
        {user ? <OrganizationNav memberships={user.memberships} /> : null}
      </header>
      <main id="main-content" ref={mainRef} tabIndex={-1} className="main">
        <ErrorBoundary resetKey={location.pathname}>
          <Outlet />
        </ErrorBoundary>
      </main>
      <footer className="site-footer">
        <p>{t('app.tagline')}</p>
      </footer>
    </div>
  );
}
