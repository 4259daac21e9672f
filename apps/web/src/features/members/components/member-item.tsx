import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member, OrganizationRole } from '@ipgn/contracts';
import { ConfirmAction } from '../../../shared/components/confirm-action';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { formatDate } from '../../../shared/i18n/format';

export interface MemberItemProps {
  member: Member;
  isSelf: boolean;
  /** Roles the current user may hand out; empty when they may not manage members. */
  assignable: readonly OrganizationRole[];
  changing: boolean;
  removing: boolean;
  onChangeRole: (role: OrganizationRole) => void;
  onRemove: () => void;
}

export function MemberItem({
  member,
  isSelf,
  assignable,
  changing,
  removing,
  onChangeRole,
  onRemove,
}: MemberItemProps) {
  const { t, i18n } = useTranslation();
  const selectId = useId();
  const [role, setRole] = useState<OrganizationRole>(member.role);
  // Nobody manages themselves here, and an admin cannot touch an owner.
  const manageable = !isSelf && assignable.includes(member.role);
  const name = member.displayName;
  return (
    <li className="list-item">
      <div className="list-item__main">
        <p className="list-item__title">
          {name}
          {isSelf ? <span className="tag">{t('common.you')}</span> : null}
        </p>
        <p className="list-item__meta">
          <span className="visually-hidden">{t('members.email')}: </span>
          {member.email}
        </p>
        <p className="list-item__meta">
          {t('members.joinedAt')}: {formatDate(member.joinedAt, currentLocale(i18n))}
        </p>
      </div>
      <div className="list-item__side">
        {manageable ? (
          <form
            className="inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              if (role !== member.role) onChangeRole(role);
            }}
          >
            <label htmlFor={selectId} className="visually-hidden">
              {t('members.changeRole', { name })}
            </label>
            <select
              id={selectId}
              className="field__input field__select field__select--compact"
              value={role}
              disabled={changing}
              onChange={(event) => setRole(event.target.value as OrganizationRole)}
            >
              {assignable.map((r) => (
                <option key={r} value={r}>
                  {t(`roles.${r}`)}
                </option>
              ))}
            </select>
            {role !== member.role ? (
              <button
                type="submit"
                className="button button--secondary"
                disabled={changing}
                aria-label={t('members.applyRoleLabel', { name })}
              >
                {changing ? t('members.applyingRole') : t('members.applyRole')}
              </button>
            ) : null}
          </form>
        ) : (
          <p className="badge" data-testid="member-role">
            <span className="visually-hidden">{t('members.role')}: </span>
            {t(`roles.${member.role}`)}
          </p>
        )}
        {manageable ? (
          <ConfirmAction
            label={t('members.remove')}
            accessibleLabel={t('members.removeLabel', { name })}
            question={t('members.removeConfirm', { name })}
            confirmLabel={t('members.confirmRemove')}
            pendingLabel={t('members.removing')}
            pending={removing}
            onConfirm={onRemove}
          />
        ) : null}
      </div>
    </li>
  );
}
