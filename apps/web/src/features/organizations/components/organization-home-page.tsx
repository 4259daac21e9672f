import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { StartHereCard } from '../../sme/components/start-here-card';
import { useCurrentMembership } from '../hooks/use-current-membership';

/** The organization's start page: where to start (the check that fits), then profile, members, audit log. */
export function OrganizationHomePage() {
  const { t } = useTranslation();
  const { orgId, membership, can } = useCurrentMembership();
  usePageTitle(membership?.organizationName);
  if (!membership) return null;
  const cards = [
    {
      to: `/o/${orgId}/profile`,
      title: t('nav.profile'),
      body: t('organization.home.profileCard'),
      show: can('organization:read'),
    },
    {
      to: `/o/${orgId}/members`,
      title: t('nav.members'),
      body: can('members:invite') ? t('organization.home.membersCard') : t('organization.home.membersCardReadOnly'),
      show: can('members:read'),
    },
    { to: `/o/${orgId}/audit`, title: t('nav.audit'), body: t('organization.home.auditCard'), show: can('audit:read') },
  ].filter((c) => c.show);
  return (
    <section aria-labelledby="org-home-title" className="page">
      <h1 id="org-home-title">{membership.organizationName}</h1>
      <dl className="details details--inline">
        <div className="details__row">
          <dt>{t('organization.home.yourRole')}</dt>
          <dd>
            <span className="badge">{t(`roles.${membership.role}`)}</span>
            <span className="muted"> {t(`roleDescriptions.${membership.role}`)}</span>
          </dd>
        </div>
      </dl>
      {can('assessment:read') ? <StartHereCard orgId={orgId} canStart={can('assessment:manage')} /> : null}
      <p className="lead">{t('organization.home.intro')}</p>
      <ul className="cards">
        {cards.map((card) => (
          <li key={card.to} className="card">
            <h2 className="card__title">
              <Link to={card.to} className="card__link">
                {card.title}
              </Link>
            </h2>
            <p className="card__body">{card.body}</p>
          </li>
        ))}
      </ul>
      <p>
        <Link to="/organizations/new">{t('organization.home.createAnother')}</Link>
      </p>
    </section>
  );
}
