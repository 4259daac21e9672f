/** What changed: one session (sign-out) or everything cached for one user (password, roles, memberships, profile). */
export type SessionInvalidation = { kind: 'session'; sessionId: string } | { kind: 'user'; userId: string };

export interface SessionInvalidationHandlers {
  /** An invalidation published by any instance, this one included. */
  invalidate(notice: SessionInvalidation): void;
  /** Whether notices reach this instance; while false, nothing may be cached (and what was cached is dropped). */
  reachable(live: boolean): void;
}

/**
 * Carries session invalidations to every API instance. Two implementations behind this one interface, as for the
 * workshop events: in-process (embedded database, one process) and PostgreSQL LISTEN/NOTIFY (any number of
 * instances on one server).
 */
export abstract class SessionInvalidationBus {
  /** Registers the one consumer (the SessionInvalidator) and starts listening. */
  abstract start(handlers: SessionInvalidationHandlers): void;

  /** Sends the notice to every instance; resolves once it is delivered (or, on the server, once it came back). */
  abstract publish(notice: SessionInvalidation): Promise<void>;

  /** Resolves once notices are received (LISTEN is active); immediate for the in-process bus. */
  abstract ready(): Promise<void>;

  abstract close(): Promise<void>;
}
