import { accountBodies } from './support/bad-input/account-bodies';
import { declareBadBodies, useBadInputSuite } from './support/bad-input/bad-input-harness';

describe('bad input: accounts, organizations, members and invitations (field errors in the user’s language, nothing written)', () => {
  const suite = useBadInputSuite();

  declareBadBodies(suite, accountBodies);

  it('the reset token survived every bad attempt and still works once', async () => {
    const anon = suite.s.ctx.client();
    expect(
      (
        await anon.post('/api/auth/password-reset/confirm', {
          token: suite.f.resetToken,
          password: 'a brand new password',
        })
      ).status,
    ).toBe(204);
    expect(
      (
        await anon.post('/api/auth/password-reset/confirm', {
          token: suite.f.resetToken,
          password: 'a brand new password',
        })
      ).status,
    ).toBe(400);
  });
});
