import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { serverDatabase, startInstances, type ServerDatabase } from '../../../../test/support/two-instances';
import { DEFAULT_PASSWORD, TestContext, uniqueEmail, type Client } from '../../../../test/test-app';
import { cookieHeader } from '../../../../test/sse-client';
import { PostgresSessionInvalidationBus } from './postgres-session-invalidation-bus';
import { SessionCache } from './session-cache';
import { SessionInvalidationBus } from './session-invalidation-bus';
import { SessionInvalidator } from './session-invalidator.service';

/**
 * Two API instances on one real PostgreSQL server, each caching sessions: a sign-out, password reset, role change,
 * removal or new membership made through instance A holds on instance B as soon as the notice reaches B (no TTL
 * wait; the TTL here is far longer than the test; see `settled`). Needs a real server and fails (never skips) without one:
 * DATABASE_URL when set (CI), otherwise a fresh database created on postgres://postgres@127.0.0.1:5432.
 */
describe('session cache across two API instances (PostgreSQL LISTEN/NOTIFY)', () => {
  let database: ServerDatabase | undefined;
  let a: INestApplication;
  let b: INestApplication;
  let ctx: TestContext;

  beforeAll(async () => {
    database = await serverDatabase('ipgn_sc');
    // Replicas share the CSRF secret; the cache's safety-net TTL is longer than this whole test.
    [a, b] = await startInstances(database.url, 2, {
      CSRF_SECRET: 'two-instances-csrf-secret-0123456789abcdef',
      SESSION_CACHE_TTL_MS: '300000',
    });
    for (const app of [a, b]) {
      expect(app.get(SessionInvalidationBus)).toBeInstanceOf(PostgresSessionInvalidationBus);
      await app.get(SessionInvalidator).ready();
    }
    ctx = new TestContext(a);
  }, 60_000);

  afterAll(async () => {
    for (const app of [a, b]) await app?.close();
    await database?.drop();
  });

  /** A GET on instance B with the cookie a client got from instance A. */
  const onB = (client: Client, path: string) =>
    request(b.getHttpServer()).get(path).set('cookie', cookieHeader(client));

  /**
   * B's answer once the notice has reached it. A answers only after its own copy came back, and PostgreSQL sends
   * every listener its copy at that moment, but B reads its socket on its own turn: on a loaded machine its copy can
   * land a few milliseconds after A's. Allowed: 1 s (the cache's TTL here is 300 s, so a pass is never the TTL).
   */
  async function settled(send: () => Promise<request.Response>, status: number): Promise<request.Response> {
    const deadline = Date.now() + 1_000;
    for (;;) {
      const res = await send();
      if (res.status === status || Date.now() > deadline) return res;
      await new Promise((r) => setTimeout(r, 10));
    }
  }
  const settledOnB = (client: Client, path: string, status: number) => settled(() => onB(client, path), status);

  /** Two requests on B, and B's cache holds the session: what follows is not a first read. */
  async function warmOnB(client: Client, path: string, status: number): Promise<void> {
    expect((await onB(client, path)).status).toBe(status);
    const before = b.get(SessionCache).size;
    expect((await onB(client, path)).status).toBe(status);
    expect(before).toBeGreaterThan(0);
    expect(b.get(SessionCache).size).toBe(before);
  }

  it('refuses a session on B as soon as it was signed out on A', async () => {
    const { owner, orgId } = await ctx.newOrganization('サインアウト株式会社');
    await warmOnB(owner, `/api/orgs/${orgId}/audit`, 200);
    // The browser forgets its cookie on sign-out; a copy taken before (a stolen one, say) must not work anywhere.
    const cookie = cookieHeader(owner);
    expect((await owner.post('/api/auth/logout')).status).toBe(204);
    const after = await settled(
      () => request(b.getHttpServer()).get(`/api/orgs/${orgId}/audit`).set('cookie', cookie),
      401,
    );
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('UNAUTHENTICATED');
  });

  it('refuses every older session on B after a password reset on A', async () => {
    const { owner, orgId } = await ctx.newOrganization('パスワード株式会社');
    const email = owner.user!.email;
    await warmOnB(owner, `/api/orgs/${orgId}/audit`, 200);
    const anon = ctx.client();
    expect((await anon.post('/api/auth/password-reset/request', { email })).status).toBe(202);
    const outbox = readFileSync(join(a.get<AppConfig>(APP_CONFIG).DATA_DIR, 'outbox.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { to: string; kind: string; text: string });
    const mail = outbox.filter((m) => m.to === email && m.kind === 'password-reset').pop();
    const token = decodeURIComponent(String(mail?.text).match(/token=([^\s]+)/)![1]!);
    expect(
      (await anon.post('/api/auth/password-reset/confirm', { token, password: 'a brand new password' })).status,
    ).toBe(204);
    expect((await settledOnB(owner, `/api/orgs/${orgId}/audit`, 401)).status).toBe(401);
  });

  it('applies a role change made on A to the next requests on B, both ways', async () => {
    const { owner, orgId } = await ctx.newOrganization('役割変更株式会社');
    const member = await ctx.newMember(owner, orgId, 'admin');
    const audit = `/api/orgs/${orgId}/audit`;
    await warmOnB(member, audit, 200);

    expect((await owner.patch(`/api/orgs/${orgId}/members/${member.user!.id}`, { role: 'viewer' })).status).toBe(200);
    const demoted = await settledOnB(member, audit, 403);
    expect(demoted.status).toBe(403);
    expect(demoted.body.code).toBe('FORBIDDEN');
    expect((await onB(member, `/api/orgs/${orgId}/members`)).status).toBe(200);

    expect((await owner.patch(`/api/orgs/${orgId}/members/${member.user!.id}`, { role: 'admin' })).status).toBe(200);
    expect((await settledOnB(member, audit, 200)).status).toBe(200);
  });

  it('answers 404 on B to a member removed on A', async () => {
    const { owner, orgId } = await ctx.newOrganization('メンバー削除株式会社');
    const member = await ctx.newMember(owner, orgId, 'contributor');
    await warmOnB(member, `/api/orgs/${orgId}/members`, 200);
    expect((await owner.delete(`/api/orgs/${orgId}/members/${member.user!.id}`)).status).toBe(204);
    const removed = await settledOnB(member, `/api/orgs/${orgId}/members`, 404);
    expect(removed.status).toBe(404);
    // Still signed in (only the membership ended): the own profile answers, without the organization.
    const me = await onB(member, '/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.memberships).toEqual([]);
  });

  it('lets B see a membership gained on A at once: a new organization, an accepted invitation', async () => {
    const { owner, orgId } = await ctx.newOrganization('既存株式会社');
    await warmOnB(owner, `/api/orgs/${orgId}/members`, 200);
    const second = await owner.post('/api/organizations', { legalNameJa: '新設株式会社' });
    expect(second.status).toBe(201);
    expect((await settledOnB(owner, `/api/orgs/${second.body.id}/members`, 200)).status).toBe(200);

    const email = uniqueEmail('joiner');
    const joiner = ctx.client();
    expect(
      (
        await joiner.post('/api/auth/signup', {
          email,
          password: DEFAULT_PASSWORD,
          displayName: 'Joiner',
          accountType: 'company',
        })
      ).status,
    ).toBe(201);
    await warmOnB(joiner, `/api/orgs/${orgId}/members`, 404);
    const inv = await owner.post(`/api/orgs/${orgId}/invitations`, { email, role: 'viewer' });
    expect(inv.status).toBe(201);
    const token = String(inv.body.acceptUrl).split('/invitations/')[1];
    expect((await joiner.post(`/api/invitations/${token}/accept`)).status).toBe(200);
    expect((await settledOnB(joiner, `/api/orgs/${orgId}/members`, 200)).status).toBe(200);
  });
});
