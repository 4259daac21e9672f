import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useMatch, useNavigationType } from 'react-router';
import { useCurrentUser } from '../../features/auth/hooks/use-current-user';
import { LanguageSwitcher } from '../../features/language/components/language-switcher';
import { useSyncUserLocale } from '../../features/language/hooks/use-sync-user-locale';
import { NotificationBell } from '../../features/notifications/components/notification-bell';
import { InvestorNav } from '../../features/investor/components/investor-nav';
import { OrganizationNav } from '../../features/organizations/components/organization-nav';
import { OrganizationSwitcher } from '../../features/organizations/components/organization-switcher';
import { ErrorBoundary } from '../components/error-boundary';
import { UserMenu } from './user-menu';

/** Skip link, header (brand, organization switcher, language, account), organization menu and main. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  useSyncUserLocale();
  const user = me.data ?? null;
  const location = useLocation();
  const navigationType = useNavigationType();
  const mainRef = useRef<HTMLElement>(null);
  // The bell belongs to the organization being viewed (notifications are per member and organization).
  const orgId = useMatch('/o/:orgId/*')?.params.orgId;
  const inOrganization = Boolean(user && orgId && user.memberships.some((m) => m.organizationId === orgId));
  const shownPath = useRef(location.pathname);

  // After the user moves to another page (a link, back/forward), move focus to the new page so screen readers
  // start reading it. Not on first load and not on redirects (replace), so the skip link stays the first stop.
  useEffect(() => {
    if (shownPath.current === location.pathname) return;
    shownPath.current = location.pathname;
    if (navigationType !== 'REPLACE') mainRef.current?.focus();
  }, [location.pathname, navigationType]);

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
