import type { AuthenticatedUser } from '../../../common/http/request-context';

interface Entry {
  user: Readonly<AuthenticatedUser>;
  /** The earlier of the session's own expiry and the cache's safety-net TTL. */
  validUntil: number;
}

/** What a database read of a session is stamped with: a fill is only kept when no invalidation happened during it. */
export type SessionReadTicket = number;

/**
 * A per-process cache of resolved sessions (user + memberships), keyed by the token's hash.
 *
 * Correctness rests on invalidation, not on the TTL: every change of a session, a user or a membership calls
 * `forgetSession`/`forgetUser` here and on every other instance (SessionInvalidation). The TTL is the safety net
 * for a change made behind the API's back. A read that overlaps an invalidation is not cached (`ticket`), so a
 * result read just before a commit cannot outlive the notice that came after it.
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  private generation = 0;
  private enabled: boolean;

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {
    this.enabled = ttlMs > 0;
  }

  get size(): number {
    return this.entries.size;
  }

  get(tokenHash: string): Readonly<AuthenticatedUser> | undefined {
    const entry = this.entries.get(tokenHash);
    if (!entry) return undefined;
    if (entry.validUntil <= this.now()) {
      this.entries.delete(tokenHash);
      return undefined;
    }
    return entry.user;
  }

  /** Taken before the database read whose result may be cached. */
  ticket(): SessionReadTicket {
    return this.generation;
  }

  /** Caches a freshly read session unless caching is off or anything was invalidated since `ticket`. */
  put(
    tokenHash: string,
    user: AuthenticatedUser,
    sessionExpiresAt: Date,
    ticket: SessionReadTicket,
  ): Readonly<AuthenticatedUser> {
    const frozen = freezeUser(user);
    if (!this.enabled || ticket !== this.generation) return frozen;
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(tokenHash, {
      user: frozen,
      validUntil: Math.min(sessionExpiresAt.getTime(), this.now() + this.ttlMs),
    });
    return frozen;
  }

  forgetSession(sessionId: string): void {
    this.generation++;
    for (const [key, entry] of this.entries) if (entry.user.sessionId === sessionId) this.entries.delete(key);
  }

  forgetUser(userId: string): void {
    this.generation++;
    for (const [key, entry] of this.entries) if (entry.user.id === userId) this.entries.delete(key);
  }

  /** Drops everything; with `enabled` false the cache also stops keeping new reads (invalidation not reaching us). */
  reset(enabled: boolean): void {
    this.generation++;
    this.entries.clear();
    this.enabled = enabled && this.ttlMs > 0;
  }
}

/** The same object serves many requests: nothing downstream may change it. */
function freezeUser(user: AuthenticatedUser): Readonly<AuthenticatedUser> {
  return Object.freeze({ ...user, memberships: Object.freeze(user.memberships.map((m) => Object.freeze({ ...m }))) });
}
