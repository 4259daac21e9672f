import { useTranslation } from 'react-i18next';
import { NavLink, useMatch } from 'react-router';
import { roleHasPermission, type MembershipSummary } from '@ipgn/contracts';
import { UnansweredQuestionsBadge } from '../../dialogue/components/unanswered-questions-badge';

export interface OrganizationNavProps {
  memberships: MembershipSummary[];
}

/** Sections of the current organization, limited to what the user's role may see. */
export function OrganizationNav({ memberships }: OrganizationNavProps) {
  const { t } = useTranslation();
  const match = useMatch('/o/:orgId/*');
  const orgId = match?.params.orgId;
  const membership = memberships.find((m) => m.organizationId === orgId);
  if (!orgId || !membership) return null;
  const links = [
    { to: `/o/${orgId}`, label: t('nav.home'), show: true, end: true },
    {
      to: `/o/${orgId}/profile`,
      label: t('nav.profile'),
      show: roleHasPermission(membership.role, 'organization:read'),
      end: false,
    },
    {
      to: `/o/${orgId}/assessments`,
      label: t('nav.assessment'),
      show: roleHasPermission(membership.role, 'assessment:read'),
      end: false,
    },
    {
      to: `/o/${orgId}/workshops`,
      label: t('nav.workshops'),
      show: roleHasPermission(membership.role, 'assessment:read'),
      end: false,
    },
    {
      to: `/o/${orgId}/members`,
      label: t('nav.members'),
      show: roleHasPermission(membership.role, 'members:read'),
      end: false,
    },
    {
      to: `/o/${orgId}/disclosures`,
      label: t('nav.disclosures'),
      show: roleHasPermission(membership.role, 'disclosure:read'),
      end: false,
    },
    {
      to: `/o/${orgId}/drafts`,
      label: t('nav.drafts'),
      show: roleHasPermission(membership.role, 'draft:read'),
      end: false,
    },
    {
      to: `/o/${orgId}/questions`,
      label: t('nav.questions'),
      show: roleHasPermission(membership.role, 'dialogue:answer'),
      end: false,
    },
    {
      to: `/o/${orgId}/audit`,
      label: t('nav.audit'),
      show: roleHasPermission(membership.role, 'audit:read'),
      end: false,
    },
  ].filter((l) => l.show);
  return (
    <nav aria-label={t('layout.organizationNav')} className="org-nav">
      <ul className="org-nav__list">
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end} className="org-nav__link">
              {link.label}
              {link.to === `/o/${orgId}/questions` ? <UnansweredQuestionsBadge orgId={orgId} /> : null}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
