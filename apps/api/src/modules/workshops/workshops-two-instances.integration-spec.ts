import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { serverDatabase, startInstances, type ServerDatabase } from '../../../test/support/two-instances';
import { TestContext } from '../../../test/test-app';
import { cookieHeader, openSse } from '../../../test/sse-client';
import { PostgresWorkshopEventBus } from './postgres-workshop-event-bus';
import { WorkshopEventBus } from './workshop-event-bus';
import { JOIN_FAILURES_PER_ADDRESS } from './join-limiter.service';

/**
 * Two API instances against one real PostgreSQL server: an answer sent to instance 1 reaches a facilitator
 * connected to instance 2 through LISTEN/NOTIFY. This needs a real server and fails (never skips) without one:
 * DATABASE_URL when set (CI), otherwise a fresh database created on postgres://postgres@127.0.0.1:5432.
 */
describe('workshop live updates across two API instances (PostgreSQL LISTEN/NOTIFY)', () => {
  let database: ServerDatabase | undefined;
  let apps: INestApplication[] = [];

  beforeAll(async () => {
    database = await serverDatabase('ipgn_ws');
    apps = await startInstances(database.url, 2);
  }, 60_000);

  afterAll(async () => {
    for (const app of apps) await app.close();
    await database?.drop();
  });

  it('delivers an answer sent to instance 1 to a facilitator on instance 2 within 1 s', async () => {
    const [one, two] = apps;
    for (const app of apps) {
      expect(app.get(WorkshopEventBus)).toBeInstanceOf(PostgresWorkshopEventBus);
      await app.get(WorkshopEventBus).ready();
    }
    const ctx = new TestContext(two);
    const { owner, orgId } = await ctx.newOrganization('二台構成株式会社');
    const ws = await owner.post(`/api/orgs/${orgId}/workshops`, {
      title: 'LISTEN/NOTIFY',
      modules: ['m9'],
      departments: ['ip', 'executive'],
      anonymity: 'anonymous',
      scheduledAt: '2026-12-10T10:00:00+09:00',
    });
    const started = await owner.post(`/api/orgs/${orgId}/workshops/${ws.body.id}/start`);
    expect(started.status).toBe(200);

    // The participant joins and answers through instance 1 (a plain HTTP client: no cookies involved).
    const oneCtx = new TestContext(one);
    const joined = await oneCtx
      .client()
      .post('/api/public/workshops/join', { code: started.body.joinCode, department: 'ip' });
    expect(joined.status).toBe(201);

    const port = (two.getHttpServer().address() as AddressInfo).port;
    const facilitator = await openSse(`http://127.0.0.1:${port}/api/orgs/${orgId}/workshops/${ws.body.id}/events`, {
      cookie: cookieHeader(owner),
    });
    try {
      expect(facilitator.status).toBe(200);
      await facilitator.next((e) => e.type === 'state');
      const sent = Date.now();
      const answered = await request(one.getHttpServer())
        .put('/api/participant/answers/m9.management-view')
        .set('x-participant-token', String(joined.body.participantToken))
        .send({ value: 3, clientRequestId: randomUUID() });
      expect(answered.status).toBe(200);
      const event = await facilitator.next((e) => e.type === 'answer', 1000);
      expect(Date.now() - sent).toBeLessThan(1000);
      expect(event.data).toEqual({
        type: 'answer',
        workshopId: ws.body.id,
        questionId: 'm9.management-view',
        respondents: 1,
        at: expect.any(String),
      });
    } finally {
      facilitator.close();
    }
  });

  it('shares the join limit: failures counted on instance 1 slow the same address down on instance 2', async () => {
    const [one, two] = apps;
    const address = `192.0.2.${1 + Math.floor(Math.random() * 250)}`;
    const guess = (app: INestApplication) =>
      request(app.getHttpServer())
        .post('/api/public/workshops/join')
        .set('x-forwarded-for', address)
        .send({ code: 'ZZZZZZ', department: 'ip' });
    for (let i = 0; i < JOIN_FAILURES_PER_ADDRESS; i++) expect((await guess(i % 2 ? two : one)).status).toBe(404);
    // Each instance alone saw only half of the failures; the shared count refuses the next guess on either.
    expect((await guess(two)).status).toBe(429);
    expect((await guess(one)).status).toBe(429);
  });
});
