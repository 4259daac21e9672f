import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CurrentUser } from '@ipgn/contracts';
import { useSignOut } from '../../features/auth/hooks/use-sign-out';
import { errorMessage } from '../utils/error-message';

export interface UserMenuProps {
  user: CurrentUser;
}

export function UserMenu({ user }: UserMenuProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  // Advisors work for several client organizations: their dashboard lists every client that invited them.
  const isAdvisor = user.memberships.some((m) => m.role === 'advisor');
  return (
    <div className="user-menu">
      <span className="user-menu__name" title={user.email}>
        <span className="visually-hidden">{t('layout.signedInAs', { name: user.displayName })}</span>
        <span aria-hidden="true">{user.displayName}</span>
      </span>
      {isAdvisor ? (
        <Link className="button button--ghost" to="/advisor">
          {t('nav.advisorClients')}
        </Link>
      ) : null}
      <button
        type="button"
        className="button button--ghost"
        disabled={signOut.isPending}
        onClick={() => signOut.mutate(undefined, { onSuccess: () => void navigate('/sign-in', { replace: true }) })}
      >
        {signOut.isPending ? t('layout.signingOut') : t('layout.signOut')}
      </button>
      {signOut.isError ? (
        <p role="alert" className="user-menu__error">
          {errorMessage(signOut.error, t)}
        </p>
      ) : null}
    </div>
  );
}
