import type { InvitationPreview } from '@ipgn/contracts';
import { aUser } from '../../../testing/fixtures';
import { describeCheckedCalls, without } from '../../../testing/checked-calls';
import { invitationApi } from './invitation-api';

const preview: InvitationPreview = {
  organizationName: '株式会社サンプル',
  email: 'taro@example.jp',
  role: 'contributor',
  expiresAt: '2026-12-09T00:00:00.000Z',
};
const user = aUser('contributor');

describe('invitation API answers, checked by their schema', () => {
  describeCheckedCalls([
    {
      name: 'preview',
      route: 'GET /api/invitations/tok-1',
      call: (client) => invitationApi.preview(client, 'tok-1'),
      answer: preview,
      drifted: without(preview, 'organizationName'),
      driftPath: 'organizationName',
    },
    {
      name: 'accept',
      route: 'POST /api/invitations/tok-1/accept',
      status: 201,
      call: (client) => invitationApi.accept(client, 'tok-1'),
      answer: user,
      drifted: { ...user, memberships: null },
      driftPath: 'memberships',
    },
  ]);
});
