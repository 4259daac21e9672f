import type { AuthenticatedUser } from '../../../common/http/request-context';
import { SessionCache } from './session-cache';

const user = (id: string, sessionId: string): AuthenticatedUser => ({
  id,
  email: `${id}@example.test`,
  displayName: id,
  locale: 'ja',
  accountType: 'company',
  sessionId,
  memberships: [{ organizationId: 'org-1', role: 'admin' }],
});

describe('SessionCache', () => {
  let now = 1_000_000;
  const clock = () => now;
  const far = new Date(now + 3600_000);

  it('serves a stored session until the TTL, never past the session expiry', () => {
    const cache = new SessionCache(30_000, 100, clock);
    cache.put('h1', user('u1', 's1'), far, cache.ticket());
    cache.put('h2', user('u2', 's2'), new Date(now + 5_000), cache.ticket());
    expect(cache.get('h1')?.id).toBe('u1');
    now += 6_000;
    expect(cache.get('h2')).toBeUndefined();
    expect(cache.get('h1')?.id).toBe('u1');
    now += 24_000;
    expect(cache.get('h1')).toBeUndefined();
  });

  it('forgets one session, or every session of a user', () => {
    const cache = new SessionCache(30_000, 100, clock);
    cache.put('a1', user('a', 'sa1'), far, cache.ticket());
    cache.put('a2', user('a', 'sa2'), far, cache.ticket());
    cache.put('b1', user('b', 'sb1'), far, cache.ticket());
    cache.forgetSession('sa1');
    expect(cache.get('a1')).toBeUndefined();
    expect(cache.get('a2')?.sessionId).toBe('sa2');
    cache.forgetUser('a');
    expect(cache.get('a2')).toBeUndefined();
    expect(cache.get('b1')?.id).toBe('b');
  });

  it('does not keep a read that overlapped an invalidation (read before the commit, stored after the notice)', () => {
    const cache = new SessionCache(30_000, 100, clock);
    const ticket = cache.ticket();
    cache.forgetUser('someone-else');
    const returned = cache.put('h1', user('u1', 's1'), far, ticket);
    expect(returned.id).toBe('u1');
    expect(cache.get('h1')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('keeps nothing while invalidation cannot reach it, and nothing when the TTL is 0', () => {
    const cache = new SessionCache(30_000, 100, clock);
    cache.put('h1', user('u1', 's1'), far, cache.ticket());
    cache.reset(false);
    expect(cache.get('h1')).toBeUndefined();
    cache.put('h2', user('u2', 's2'), far, cache.ticket());
    expect(cache.size).toBe(0);
    cache.reset(true);
    cache.put('h2', user('u2', 's2'), far, cache.ticket());
    expect(cache.size).toBe(1);

    const off = new SessionCache(0, 100, clock);
    off.reset(true);
    off.put('h1', user('u1', 's1'), far, off.ticket());
    expect(off.size).toBe(0);
  });

  it('stays within its size by dropping the oldest entry', () => {
    const cache = new SessionCache(30_000, 2, clock);
    cache.put('h1', user('u1', 's1'), far, cache.ticket());
    cache.put('h2', user('u2', 's2'), far, cache.ticket());
    cache.put('h3', user('u3', 's3'), far, cache.ticket());
    expect(cache.size).toBe(2);
    expect(cache.get('h1')).toBeUndefined();
    expect(cache.get('h3')?.id).toBe('u3');
  });

  it('hands out a frozen user, so that one request cannot change what the next one sees', () => {
    const cache = new SessionCache(30_000, 100, clock);
    const stored = cache.put('h1', user('u1', 's1'), far, cache.ticket());
    expect(Object.isFrozen(stored)).toBe(true);
    expect(Object.isFrozen(stored.memberships)).toBe(true);
    expect(Object.isFrozen(stored.memberships[0])).toBe(true);
  });
});
