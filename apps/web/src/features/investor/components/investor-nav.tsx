import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** An investor account's sections: its home (published disclosures, follows, questions), its own checks, companies. */
export function InvestorNav() {
  const { t } = useTranslation();
  const links = [
    { to: '/investor', label: t('investor.nav.home'), end: true },
    { to: '/investor/checks', label: t('nav.checks'), end: false },
    { to: '/companies', label: t('investor.nav.companies'), end: false },
  ];
  return (
    <nav aria-label={t('investor.nav.label')} className="org-nav">
      <ul className="org-nav__list">
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end} className="org-nav__link">
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
