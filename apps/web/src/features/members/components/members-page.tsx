import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assignableRoles, type Invitation, type Member, type OrganizationRole } from '@ipgn/contracts';
import { FormErrorAlert } from '../../../shared/components/form-error-alert';
import { LoadingState } from '../../../shared/components/loading-state';
import { QueryErrorState } from '../../../shared/components/query-error-state';
import { StatusMessage } from '../../../shared/components/status-message';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { useCurrentUser } from '../../auth/hooks/use-current-user';
import { useCurrentMembership } from '../../organizations/hooks/use-current-membership';
import { useChangeMemberRole } from '../hooks/use-change-member-role';
import { useMembers } from '../hooks/use-members';
import { useRemoveMember } from '../hooks/use-remove-member';
import { useRevokeInvitation } from '../hooks/use-revoke-invitation';
import { InvitationList } from './invitation-list';
import { InviteMemberForm } from './invite-member-form';
import { MemberItem } from './member-item';
import { LoadMore } from '../../../shared/components/load-more';

export function MembersPage() {
  const { t } = useTranslation();
  usePageTitle(t('members.title'));
  const me = useCurrentUser();
  const { orgId, membership, can } = useCurrentMembership();
  const members = useMembers(orgId);
  const changeRole = useChangeMemberRole(orgId);
  const removeMember = useRemoveMember(orgId);
  const revokeInvitation = useRevokeInvitation(orgId);
  const [status, setStatus] = useState<string | null>(null);

  const myRole = membership?.role;
  const canManage = can('members:manage');
  const canInvite = can('members:invite');
  const assignable = myRole ? assignableRoles(myRole) : [];
  const actionError = changeRole.error ?? removeMember.error ?? revokeInvitation.error;

  function resetFeedback() {
    setStatus(null);
    changeRole.reset();
    removeMember.reset();
    revokeInvitation.reset();
  }

  function handleChangeRole(member: Member, role: OrganizationRole) {
    resetFeedback();
    changeRole.mutate(
      { userId: member.userId, role },
      { onSuccess: () => setStatus(t('members.roleChanged', { name: member.displayName, role: t(`roles.${role}`) })) },
    );
  }

  function handleRemove(member: Member) {
    resetFeedback();
    removeMember.mutate(member, { onSuccess: () => setStatus(t('members.removed', { name: member.displayName })) });
  }

  function handleRevoke(invitation: Invitation) {
    resetFeedback();
    revokeInvitation.mutate(invitation, {
      onSuccess: () => setStatus(t('members.invitations.revoked', { email: invitation.email })),
    });
  }

  return (
    <section aria-labelledby="members-title" className="page">
      <h1 id="members-title">{t('members.title')}</h1>
      <p className="lead">{t('members.intro')}</p>
      <StatusMessage>{status}</StatusMessage>
      <FormErrorAlert error={actionError} />
      <section aria-labelledby="member-list-title" className="panel">
        <h2 id="member-list-title">
          {t('members.listHeading')}
          {members.data ? (
            <span className="muted heading-count">{t('members.count', { count: members.total })}</span>
          ) : null}
        </h2>
        {members.isPending ? <LoadingState /> : null}
        {members.isError ? <QueryErrorState error={members.error} onRetry={() => void members.refetch()} /> : null}
        {members.data && members.data.length === 0 ? <p className="empty">{t('members.empty')}</p> : null}
        {members.data && members.data.length > 0 ? (
          <ul className="list" aria-labelledby="member-list-title">
            {members.data.map((member) => (
              <MemberItem
                key={`${member.userId}:${member.role}`}
                member={member}
                isSelf={member.userId === me.data?.id}
                assignable={canManage ? assignable : []}
                changing={changeRole.isPending && changeRole.variables?.userId === member.userId}
                removing={removeMember.isPending && removeMember.variables?.userId === member.userId}
                onChangeRole={(role) => handleChangeRole(member, role)}
                onRemove={() => handleRemove(member)}
              />
            ))}
          </ul>
        ) : null}
        <LoadMore
          shown={members.items.length}
          total={members.total}
          hasMore={members.hasNextPage}
          loading={members.isFetchingNextPage}
          onLoadMore={() => void members.fetchNextPage()}
        />
      </section>
      {canInvite && assignable.length > 0 ? <InviteMemberForm orgId={orgId} assignable={assignable} /> : null}
      {can('members:read') ? (
        <InvitationList
          orgId={orgId}
          canRevoke={canInvite}
          revokingId={revokeInvitation.isPending ? (revokeInvitation.variables?.id ?? null) : null}
          onRevoke={handleRevoke}
        />
      ) : null}
    </section>
  );
}
