import {
  SessionInvalidationBus,
  type SessionInvalidation,
  type SessionInvalidationHandlers,
} from './session-invalidation-bus';

/** The embedded database is one process: invalidating this process's cache is all there is to do. */
export class InProcessSessionInvalidationBus extends SessionInvalidationBus {
  private handlers: SessionInvalidationHandlers | null = null;

  start(handlers: SessionInvalidationHandlers): void {
    this.handlers = handlers;
    handlers.reachable(true);
  }

  async publish(notice: SessionInvalidation): Promise<void> {
    this.handlers?.invalidate(notice);
  }

  ready(): Promise<void> {
    return Promise.resolve();
  }

  async close(): Promise<void> {
    this.handlers = null;
  }
}
