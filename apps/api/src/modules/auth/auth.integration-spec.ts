import { createTestApp, DEFAULT_PASSWORD, TestContext, uniqueEmail } from '../../../test/test-app';
import { UserEntity } from './entities/user.entity';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useTestApp } from '../../../test/support/use-test-app';

describe('auth (HTTP, real database)', () => {
  const s = useTestApp();

  it('signs up a company user who owns a new organization, and keeps them signed in by cookie', async () => {
    const c = s.ctx.client();
    const email = uniqueEmail('signup');
    const res = await c.post('/api/auth/signup', {
      email,
      password: DEFAULT_PASSWORD,
      displayName: '山田',
      organizationName: '山田製作所',
    });
    expect(res.status).toBe(201);
    expect(res.body.memberships).toEqual([expect.objectContaining({ organizationName: '山田製作所', role: 'owner' })]);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/ipgn_session=.+HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await c.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.email).toBe(email);
  });

  it('creates the organization on the path chosen at sign-up: a listed company starts listed, not as an SME', async () => {
    const listed = s.ctx.client();
    const res = await listed.post('/api/auth/signup', {
      email: uniqueEmail('listed'),
      password: DEFAULT_PASSWORD,
      displayName: '知財部',
      organizationName: 'カイロ化成株式会社',
      listingStatus: 'prime',
      companySize: 'large',
    });
    expect(res.status).toBe(201);
    const orgId = res.body.memberships[0].organizationId as string;
    expect((await listed.get(`/api/orgs/${orgId}`)).body).toMatchObject({
      legalNameJa: 'カイロ化成株式会社',
      listingStatus: 'prime',
      companySize: 'large',
    });

    // Without a choice (an API client of before), an organization still starts unlisted and SME.
    const plain = s.ctx.client();
    const before = await plain.post('/api/auth/signup', {
      email: uniqueEmail('plain'),
      password: DEFAULT_PASSWORD,
      displayName: '社長',
      organizationName: '山田工業',
    });
    expect(before.status).toBe(201);
    expect((await plain.get(`/api/orgs/${before.body.memberships[0].organizationId}`)).body).toMatchObject({
      listingStatus: 'unlisted',
      companySize: 'sme',
    });
  });

  it('refuses a market or size that is not one, or that no organization is created for, and creates nobody', async () => {
    const email = uniqueEmail('badtrack');
    const base = { email, password: DEFAULT_PASSWORD, displayName: 'X' };
    const wrong = await s.ctx
      .client()
      .post('/api/auth/signup', { ...base, organizationName: 'X社', listingStatus: 'tokyo', companySize: 'huge' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toEqual([
      { field: 'listingStatus', code: 'isIn', message: '選択肢の中から選んでください。' },
      { field: 'companySize', code: 'isIn', message: '選択肢の中から選んでください。' },
    ]);
    const noOrganization = await s.ctx.client('en').post('/api/auth/signup', { ...base, listingStatus: 'prime' });
    expect(noOrganization.status).toBe(400);
    expect(noOrganization.body.errors).toEqual([
      {
        field: 'listingStatus',
        code: 'needsOrganizationName',
        message: 'Only given when an organization is created (with its legal name).',
      },
    ]);
    const investor = await s.ctx
      .client()
      .post('/api/auth/signup', { ...base, accountType: 'investor', companySize: 'large' });
    expect(investor.status).toBe(400);
    expect(investor.body.code).toBe('INVESTOR_NO_ORGANIZATION');
    expect(investor.body.errors).toEqual([expect.objectContaining({ field: 'companySize' })]);
    expect(await s.t.db.getRepository(UserEntity).countBy({ email })).toBe(0);
  });

  it('stores an argon2id hash, never the password', async () => {
    const email = uniqueEmail('hash');
    await s.ctx
      .client()
      .post('/api/auth/signup', { email, password: DEFAULT_PASSWORD, displayName: 'H', organizationName: 'H社' });
    const user = await s.t.db.getRepository(UserEntity).findOneByOrFail({ email });
    expect(user.passwordHash.startsWith('$argon2id$')).toBe(true);
    expect(user.passwordHash).not.toContain(DEFAULT_PASSWORD);
  });

  it('signs in, signs out, and the old cookie stops working', async () => {
    const { owner } = await s.ctx.newOrganization();
    const c = s.ctx.client();
    const bad = await c.post('/api/auth/login', { email: owner.user!.email, password: 'wrong password!!' });
    expect(bad.status).toBe(401);
    expect(bad.body.code).toBe('INVALID_CREDENTIALS');
    const ok = await c.post('/api/auth/login', { email: owner.user!.email.toUpperCase(), password: DEFAULT_PASSWORD });
    expect(ok.status).toBe(200);
    expect((await c.get('/api/auth/me')).status).toBe(200);
    expect((await c.post('/api/auth/logout')).status).toBe(204);
    const after = await c.get('/api/auth/me');
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a state-changing request without a valid CSRF token', async () => {
    const res = await s.ctx.client().agent.post('/api/auth/login').send({ email: 'a@example.test', password: 'x' });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('CSRF_INVALID');
  });

  it('rejects a duplicate e-mail with a field error and creates nothing', async () => {
    const email = uniqueEmail('dup');
    await s.ctx
      .client()
      .post('/api/auth/signup', { email, password: DEFAULT_PASSWORD, displayName: 'A', organizationName: 'A社' });
    const res = await s.ctx
      .client()
      .post('/api/auth/signup', { email, password: DEFAULT_PASSWORD, displayName: 'B', organizationName: 'B社' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('EMAIL_TAKEN');
    // The field says what the banner says (taken, not 「値が正しくありません」), with what to do, in the request's language.
    expect(res.body.errors).toEqual([
      {
        field: 'email',
        code: 'emailTaken',
        message: 'このメールアドレスは既に登録されています。ログインするか、パスワードを再設定してください。',
      },
    ]);
    const en = await s.ctx
      .client('en')
      .post('/api/auth/signup', { email, password: DEFAULT_PASSWORD, displayName: 'C', organizationName: 'C社' });
    expect(en.body.message).toBe('This e-mail address is already registered.');
    expect(en.body.errors).toEqual([
      {
        field: 'email',
        code: 'emailTaken',
        message: 'This e-mail address is already registered. Sign in, or reset your password.',
      },
    ]);
    expect(await s.t.db.getRepository(UserEntity).countBy({ email })).toBe(1);
  });

  it('resets a forgotten password with a one-time token from the mail, and ends other sessions', async () => {
    const { owner } = await s.ctx.newOrganization();
    const email = owner.user!.email;
    const anon = s.ctx.client();
    expect((await anon.post('/api/auth/password-reset/request', { email })).status).toBe(202);
    expect((await anon.post('/api/auth/password-reset/request', { email: uniqueEmail('nobody') })).status).toBe(202);
    const outbox = readFileSync(join(s.t.config.DATA_DIR, 'outbox.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const mail = outbox.filter((m) => m.to === email && m.kind === 'password-reset').pop();
    const token = decodeURIComponent(String(mail.text).match(/token=([^\s]+)/)![1]);

    const newPassword = 'a brand new password';
    expect((await anon.post('/api/auth/password-reset/confirm', { token, password: newPassword })).status).toBe(204);
    const reuse = await anon.post('/api/auth/password-reset/confirm', { token, password: 'another password 2' });
    expect(reuse.status).toBe(400);
    expect(reuse.body.code).toBe('INVALID_TOKEN');
    expect((await owner.get('/api/auth/me')).status).toBe(401);
    expect((await s.ctx.client().post('/api/auth/login', { email, password: newPassword })).status).toBe(200);
  });

  it('persists the language choice and answers errors in it', async () => {
    const { owner } = await s.ctx.newOrganization();
    const res = await owner.patch('/api/auth/me', { locale: 'en' });
    expect(res.body.locale).toBe('en');
    const err = await owner.patch('/api/auth/me', { locale: 'fr' });
    expect(err.status).toBe(400);
    expect(err.body.errors[0]).toMatchObject({
      field: 'locale',
      code: 'isIn',
      message: 'Choose one of the allowed values.',
    });
  });

  it('throttles repeated sign-in attempts for one address', async () => {
    const strict = await createTestApp({ LOGIN_THROTTLE_LIMIT: '3' });
    try {
      const c = new TestContext(strict.app).client();
      const email = uniqueEmail('throttle');
      const codes: number[] = [];
      for (let i = 0; i < 5; i++)
        codes.push((await c.post('/api/auth/login', { email, password: 'wrong password' })).status);
      expect(codes).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await strict.close();
    }
  });
});
