import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { Readiness } from '../src/modules/health/readiness';
import { createTestApp, TestContext, type TestApp } from './test-app';
import { cookieHeader, openSse } from './sse-client';

/**
 * What a rolling restart relies on (issue 15): an instance told to stop first reports itself not ready, then
 * closes even with live event streams open — completing them without an `end` event, so that clients reconnect
 * (to another replica) instead of giving up — and lets a request already in flight finish.
 */
describe('graceful shutdown', () => {
  let t: TestApp;
  let closed = false;

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    if (!closed) await t.close();
  });

  it('drains: health turns 503, live streams complete without `end`, an in-flight request still gets its answer, close() returns', async () => {
    const ctx = new TestContext(t.app);
    const { owner, orgId } = await ctx.newOrganization('再起動検証株式会社');
    const ws = await owner.post(`/api/orgs/${orgId}/workshops`, {
      title: 'rolling restart',
      modules: ['m9'],
      departments: ['ip'],
      anonymity: 'anonymous',
      scheduledAt: '2026-12-10T10:00:00+09:00',
    });
    expect((await owner.post(`/api/orgs/${orgId}/workshops/${ws.body.id}/start`)).status).toBe(200);
    const port = (t.app.getHttpServer().address() as AddressInfo).port;
    const stream = await openSse(`http://127.0.0.1:${port}/api/orgs/${orgId}/workshops/${ws.body.id}/events`, {
      cookie: cookieHeader(owner),
    });
    expect(stream.status).toBe(200);
    await stream.next((e) => e.type === 'state');

    t.app.get(Readiness).beginDraining();
    const health = await request(t.app.getHttpServer()).get('/api/health');
    expect(health.status).toBe(503);
    expect(health.body.code).toBe('SHUTTING_DOWN');
    expect(Number(health.headers['retry-after'])).toBeGreaterThan(0);

    // A request already on its way when close() starts is answered, not cut.
    const inFlight = fetch(`http://127.0.0.1:${port}/api/orgs/${orgId}/workshops/${ws.body.id}`, {
      headers: { cookie: cookieHeader(owner) },
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const closing = t.close().then(() => 'closed' as const);
    const outcome = await Promise.race([
      closing,
      new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 10_000)),
    ]);
    closed = outcome === 'closed';
    expect(outcome).toBe('closed');
    expect((await inFlight).status).toBe(200);
    await stream.ended;
    expect(stream.events.map((e) => e.type)).not.toContain('end');
  }, 30_000);
});
