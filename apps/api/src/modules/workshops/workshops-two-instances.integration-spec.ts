import { mkdtempSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import postgres from 'postgres';
import request from 'supertest';
import { createApp } from '../../bootstrap/create-app';
import { migrate } from '../../bootstrap/database';
import { loadConfig } from '../../config/app-config';
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
const SERVER = 'postgres://postgres@127.0.0.1:5432';

describe('workshop live updates across two API instances (PostgreSQL LISTEN/NOTIFY)', () => {
  let url: string;
  let created: string | null = null;
  const apps: INestApplication[] = [];

  beforeAll(async () => {
    if (process.env['DATABASE_URL']) {
      url = process.env['DATABASE_URL'];
    } else {
      created = `ipgn_ws_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
      const admin = postgres(`${SERVER}/postgres`, { max: 1, connect_timeout: 5, onnotice: () => undefined });
      try {
        await admin.unsafe(`CREATE DATABASE ${created}`);
      } catch (error) {
        throw new Error(
          `This test needs a real PostgreSQL server (DATABASE_URL, or ${SERVER} with trust auth): ${String(error)}`,
        );
      } finally {
        await admin.end({ timeout: 5 });
      }
      url = `${SERVER}/${created}`;
      await migrate(url);
    }
    for (let i = 0; i < 2; i++) {
      const config = loadConfig({
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        SEED_DEMO: 'false',
        DB_POOL_SIZE: '4',
        DATABASE_URL: url,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'ipgn-data-')),
        WEB_DIST_DIR: join(tmpdir(), 'no-web-build'),
        LOGIN_THROTTLE_LIMIT: '1000',
        LOGIN_ADDRESS_LIMIT: '100000',
        LOGIN_ACCOUNT_LIMIT: '100000',
      });
      const app = await createApp(config, url, { bufferLogs: false });
      await app.listen(0, '127.0.0.1');
      apps.push(app);
    }
  }, 60_000);

  afterAll(async () => {
    for (const app of apps) await app.close();
    if (created) {
      const admin = postgres(`${SERVER}/postgres`, { max: 1, onnotice: () => undefined });
      await admin.unsafe(`DROP DATABASE IF EXISTS ${created} WITH (FORCE)`);
      await admin.end({ timeout: 5 });
    }
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
