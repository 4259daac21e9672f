import type { CreatedInvitation, Invitation } from '@ipgn/contracts';
import { page } from '../../../testing/mock-api';
import { aMember, ORG_ID } from '../../../testing/fixtures';
import { describeCheckedCalls, without } from '../../../testing/checked-calls';
import { membersApi } from './members-api';

const member = aMember('user-2', '佐藤太郎', 'contributor');
const invitation: Invitation = {
  id: 'inv-1',
  email: 'jiro@example.jp',
  role: 'reviewer',
  invitedBy: { userId: 'user-1', displayName: '山田花子' },
  createdAt: '2026-11-20T00:00:00.000Z',
  expiresAt: '2026-11-27T00:00:00.000Z',
  status: 'pending',
};
const created: CreatedInvitation = { ...invitation, acceptUrl: 'https://example.jp/invitations/tok-1' };
const org = `/api/orgs/${ORG_ID}`;

describe('members API answers, checked by their schema', () => {
  describeCheckedCalls([
    {
      name: 'list',
      route: `GET ${org}/members`,
      call: (client) => membersApi.list(client, ORG_ID),
      answer: page([aMember('user-1', '山田花子', 'owner'), member]),
      drifted: page([without(member, 'joinedAt')]),
      driftPath: 'items[0].joinedAt',
    },
    {
      name: 'updateRole',
      route: `PATCH ${org}/members/user-2`,
      call: (client) => membersApi.updateRole(client, ORG_ID, 'user-2', { role: 'reviewer' }),
      answer: { ...member, role: 'reviewer' },
      drifted: { ...member, role: 'Reviewer' },
      driftPath: 'role',
    },
    {
      name: 'listInvitations',
      route: `GET ${org}/invitations`,
      call: (client) => membersApi.listInvitations(client, ORG_ID),
      answer: page([invitation, { ...invitation, id: 'inv-2', invitedBy: null, status: 'expired' }]),
      drifted: page([{ ...invitation, status: 'sent' }]),
      driftPath: 'items[0].status',
    },
    {
      name: 'invite',
      route: `POST ${org}/invitations`,
      status: 201,
      call: (client) => membersApi.invite(client, ORG_ID, { email: invitation.email, role: invitation.role }),
      answer: created,
      drifted: invitation,
      driftPath: 'acceptUrl',
    },
  ]);
});
