import { aUser } from '../../../testing/fixtures';
import { describeCheckedCalls, without } from '../../../testing/checked-calls';
import { authApi } from './auth-api';

const user = aUser('owner');
const credentials = { email: 'hanako@example.jp', password: 'correct-horse-battery' };

describe('auth API answers, checked by their schema', () => {
  describeCheckedCalls([
    {
      name: 'me',
      route: 'GET /api/auth/me',
      call: (client) => authApi.me(client),
      answer: user,
      drifted: without(user, 'lastOrganizationId'),
      driftPath: 'lastOrganizationId',
    },
    {
      name: 'signup',
      route: 'POST /api/auth/signup',
      status: 201,
      call: (client) => authApi.signup(client, { ...credentials, displayName: '山田花子' }),
      answer: user,
      drifted: { ...user, memberships: [{ ...user.memberships[0], role: 'superuser' }] },
      driftPath: 'memberships[0].role',
    },
    {
      name: 'login',
      route: 'POST /api/auth/login',
      call: (client) => authApi.login(client, credentials),
      answer: user,
      drifted: { ...user, locale: 'fr' },
      driftPath: 'locale',
    },
    {
      name: 'updateMe',
      route: 'PATCH /api/auth/me',
      call: (client) => authApi.updateMe(client, { displayName: '山田' }),
      answer: { ...user, displayName: '山田' },
      drifted: { ...user, displayName: null },
      driftPath: 'displayName',
    },
  ]);
});
