import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useMatch, useNavigate } from 'react-router';
import type { MembershipSummary } from '@ipgn/contracts';

export interface OrganizationSwitcherProps {
  memberships: MembershipSummary[];
}

/** Lists the user's organizations; choosing one opens its home page. */
export function OrganizationSwitcher({ memberships }: OrganizationSwitcherProps) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const match = useMatch('/o/:orgId/*');
  const current = match?.params.orgId ?? '';
  if (memberships.length === 0) return null;
  return (
    <div className="org-switcher">
      <label htmlFor={id} className="org-switcher__label">
        {t('layout.organizationSwitcher')}
      </label>
      <select
        id={id}
        className="org-switcher__select"
        value={memberships.some((m) => m.organizationId === current) ? current : ''}
        onChange={(event) => {
          if (event.target.value) void navigate(`/o/${event.target.value}`);
        }}
      >
        {current === '' || !memberships.some((m) => m.organizationId === current) ? (
          <option value="">{t('layout.switchOrganization')}</option>
        ) : null}
        {memberships.map((m) => (
          <option key={m.organizationId} value={m.organizationId}>
            {m.organizationName}
          </option>
        ))}
      </select>
    </div>
  );
}
