import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { FormErrorAlert } from '../../../shared/components/form-error-alert';
import { LoadingState } from '../../../shared/components/loading-state';
import { QueryErrorState } from '../../../shared/components/query-error-state';
import { isApiRequestError } from '../../../shared/api/api-request-error';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import { useAcceptInvitation } from '../hooks/use-accept-invitation';
import { useInvitationPreview } from '../hooks/use-invitation-preview';
import { joinedOrganizationId } from '../utils/joined-organization-id';
import { formatDateTime } from '../../../shared/i18n/format';

export function AcceptInvitationPage() {
  const { t } = useTranslation();
  usePageTitle(t('invitation.title'));
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const preview = useInvitationPreview(token);
  const accept = useAcceptInvitation(token);
  const encodedToken = encodeURIComponent(token);
  const here = `/invitations/${encodedToken}`;

  if (preview.isPending || me.isPending) return <LoadingState />;
  if (preview.isError) {
    const gone = isApiRequestError(preview.error) && [404, 410].includes(preview.error.statusCode);
    return (
      <section className="auth-card" aria-labelledby="invitation-title">
        <h1 id="invitation-title">{t('invitation.title')}</h1>
        {gone ? (
          <div role="alert" className="notice notice--error">
            <p className="notice__title">{t('invitation.invalid')}</p>
          </div>
        ) : (
          <QueryErrorState error={preview.error} onRetry={() => void preview.refetch()} />
        )}
      </section>
    );
  }

  const invitation = preview.data;
  const user = me.data;
  function acceptNow() {
    const before = user?.memberships ?? [];
    accept.mutate(undefined, {
      onSuccess: (updated) => {
        const orgId = joinedOrganizationId(before, updated, invitation.organizationName);
        void navigate(orgId ? `/o/${orgId}` : '/', { replace: true });
      },
    });
  }

  return (
    <section className="auth-card" aria-labelledby="invitation-title">
      <h1 id="invitation-title">{t('invitation.title')}</h1>
      <p className="lead">{t('invitation.intro', { organization: invitation.organizationName })}</p>
      <dl className="details">
        <div className="details__row">
          <dt>{t('invitation.organization')}</dt>
          <dd>{invitation.organizationName}</dd>
        </div>
        <div className="details__row">
          <dt>{t('invitation.role')}</dt>
          <dd>
            <span className="badge">{t(`roles.${invitation.role}`)}</span>{' '}
            <span className="muted">{t(`roleDescriptions.${invitation.role}`)}</span>
          </dd>
        </div>
        <div className="details__row">
          <dt>{t('invitation.email')}</dt>
          <dd>{invitation.email}</dd>
        </div>
        <div className="details__row">
          <dt>{t('invitation.expiresAt')}</dt>
          <dd>{formatDateTime(invitation.expiresAt)}</dd>
        </div>
      </dl>
      {user ? (
        <>
          <p>{t('invitation.signedInAs', { email: user.email })}</p>
          <FormErrorAlert error={accept.error} />
          <button
            type="button"
            className="button button--primary"
            disabled={accept.isPending}
            aria-busy={accept.isPending || undefined}
            onClick={acceptNow}
          >
            {accept.isPending ? t('invitation.accepting') : t('invitation.accept')}
          </button>
        </>
      ) : (
        <>
          <p>{t('invitation.needAccount')}</p>
          <div className="button-row">
            <Link className="button button--primary" to={`/sign-in?next=${encodeURIComponent(here)}`}>
              {t('invitation.signInToAccept')}
            </Link>
            <Link className="button button--secondary" to={`/sign-up?invitation=${encodedToken}`}>
              {t('invitation.signUpToAccept')}
            </Link>
          </div>
        </>
      )}
    </section>
  );
}
