import type {
  CreateInvitationRequest,
  CreatedInvitation,
  Invitation,
  Member,
  UpdateMemberRequest,
  Page,
} from '@ipgn/contracts';
import type { ApiClient } from '../../../shared/api/api-client';

const org = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}`;

export const membersApi = {
  list: (client: ApiClient, orgId: string, offset = 0) =>
    client.getUnchecked<Page<Member>>(`${org(orgId)}/members?offset=${offset}`),
  updateRole: (client: ApiClient, orgId: string, userId: string, body: UpdateMemberRequest) =>
    client.sendUnchecked<Member>('PATCH', `${org(orgId)}/members/${encodeURIComponent(userId)}`, body),
  remove: (client: ApiClient, orgId: string, userId: string) =>
    client.delete(`${org(orgId)}/members/${encodeURIComponent(userId)}`),
  listInvitations: (client: ApiClient, orgId: string, offset = 0) =>
    client.getUnchecked<Page<Invitation>>(`${org(orgId)}/invitations?offset=${offset}`),
  invite: (client: ApiClient, orgId: string, body: CreateInvitationRequest) =>
    client.sendUnchecked<CreatedInvitation>('POST', `${org(orgId)}/invitations`, body),
  revokeInvitation: (client: ApiClient, orgId: string, invitationId: string) =>
    client.delete(`${org(orgId)}/invitations/${encodeURIComponent(invitationId)}`),
};
