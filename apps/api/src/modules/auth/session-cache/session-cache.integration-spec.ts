import { InProcessSessionInvalidationBus } from './in-process-session-invalidation-bus';
import { SessionCache } from './session-cache';
import { SessionInvalidationBus } from './session-invalidation-bus';
import { useTestApp } from '../../../../test/support/use-test-app';

/**
 * One instance with the in-process invalidation (the embedded database's case, and any instance configured without
 * DATABASE_URL): the services that change roles and memberships reach the very cache the session guard reads.
 */
describe('session cache in one process', () => {
  const s = useTestApp({ SESSION_CACHE_TTL_MS: '300000' });

  it('serves a warm session from the cache and still sees a role change and a removal on the next request', async () => {
    expect(s.t.app.get(SessionInvalidationBus)).toBeInstanceOf(InProcessSessionInvalidationBus);
    const cache = s.t.app.get(SessionCache);
    const { owner, orgId } = await s.ctx.newOrganization('単一プロセス株式会社');
    const member = await s.ctx.newMember(owner, orgId, 'admin');
    const audit = `/api/orgs/${orgId}/audit`;
    expect((await member.get(audit)).status).toBe(200);
    const cached = cache.size;
    expect((await member.get(audit)).status).toBe(200);
    expect(cache.size).toBe(cached);
    expect(cached).toBeGreaterThan(0);

    expect((await owner.patch(`/api/orgs/${orgId}/members/${member.user!.id}`, { role: 'viewer' })).status).toBe(200);
    expect((await member.get(audit)).status).toBe(403);
    expect((await owner.delete(`/api/orgs/${orgId}/members/${member.user!.id}`)).status).toBe(204);
    expect((await member.get(`/api/orgs/${orgId}/members`)).status).toBe(404);
  });
});
