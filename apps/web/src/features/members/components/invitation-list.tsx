import { useTranslation } from 'react-i18next';
import type { Invitation } from '@ipgn/contracts';
import { ConfirmAction } from '../../../shared/components/confirm-action';
import { LoadingState } from '../../../shared/components/loading-state';
import { QueryErrorState } from '../../../shared/components/query-error-state';
import { useInvitations } from '../hooks/use-invitations';
import { LoadMore } from '../../../shared/components/load-more';
import { formatDateTime } from '../../../shared/i18n/format';

export interface InvitationListProps {
  orgId: string;
  canRevoke: boolean;
  revokingId: string | null;
  onRevoke: (invitation: Invitation) => void;
}

export function InvitationList({ orgId, canRevoke, revokingId, onRevoke }: InvitationListProps) {
  const { t } = useTranslation();
  const invitations = useInvitations(orgId, true);
  const pending = invitations.data?.filter((i) => i.status === 'pending') ?? [];
  return (
    <section aria-labelledby="invitations-title" className="panel">
      <h2 id="invitations-title">{t('members.invitations.heading')}</h2>
      {invitations.isPending ? <LoadingState /> : null}
      {invitations.isError ? (
        <QueryErrorState error={invitations.error} onRetry={() => void invitations.refetch()} />
      ) : null}
      {invitations.isSuccess && pending.length === 0 ? <p className="empty">{t('members.invitations.empty')}</p> : null}
      {pending.length > 0 ? (
        <ul className="list" aria-labelledby="invitations-title">
          {pending.map((invitation) => (
            <li key={invitation.id} className="list-item">
              <div className="list-item__main">
                <p className="list-item__title">{invitation.email}</p>
                <p className="list-item__meta">
                  <span className="badge">{t(`roles.${invitation.role}`)}</span>
                  {invitation.invitedBy ? (
                    <span>
                      {' '}
                      {t('members.invitations.invitedBy')}: {invitation.invitedBy.displayName}
                    </span>
                  ) : null}
                </p>
                <p className="list-item__meta">
                  {t('members.invitations.expiresAt')}: {formatDateTime(invitation.expiresAt)}
                </p>
              </div>
              {canRevoke ? (
                <div className="list-item__side">
                  <ConfirmAction
                    label={t('members.invitations.revoke')}
                    accessibleLabel={t('members.revokeLabel', { email: invitation.email })}
                    question={t('members.invitations.revokeConfirm', { email: invitation.email })}
                    confirmLabel={t('members.invitations.confirmRevoke')}
                    pendingLabel={t('members.invitations.revoking')}
                    pending={revokingId === invitation.id}
                    onConfirm={() => onRevoke(invitation)}
                  />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <LoadMore
        shown={invitations.items.length}
        total={invitations.total}
        hasMore={invitations.hasNextPage}
        loading={invitations.isFetchingNextPage}
        onLoadMore={() => void invitations.fetchNextPage()}
      />
    </section>
  );
}
