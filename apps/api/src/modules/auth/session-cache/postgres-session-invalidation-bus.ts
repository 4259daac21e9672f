import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import {
  SessionInvalidationBus,
  type SessionInvalidation,
  type SessionInvalidationHandlers,
} from './session-invalidation-bus';

export const SESSION_INVALIDATION_CHANNEL = 'ipgn_session_invalidations';

type Message = (SessionInvalidation | { kind: 'ping' }) & { id: string };

/** How long a publisher waits for its own notice to come back before answering anyway. */
const ECHO_TIMEOUT_MS = 2_000;
/** A ping per interval proves the LISTEN connection still delivers; a missing echo turns the cache off. */
const HEARTBEAT_MS = 5_000;

/**
 * LISTEN/NOTIFY on a real PostgreSQL server, on the workshop bus's pattern (postgres.js keeps one connection for
 * LISTEN and re-establishes it by itself).
 *
 * Delivery before the answer: `publish` resolves when the notice has come back to this instance's own LISTEN.
 * PostgreSQL signals every listening backend at the same moment, so by then the other instances have been sent it
 * too: a browser that signs out here and sends its next request to another replica is refused there once that
 * replica has read its copy — normally before the request arrives; on a saturated machine a few milliseconds later.
 *
 * Lost notices: when LISTEN is (re)established the cache is emptied (notices sent while it was down are gone), and
 * when a heartbeat does not come back the instance stops caching until one does.
 */
export class PostgresSessionInvalidationBus extends SessionInvalidationBus {
  private readonly logger = new Logger(PostgresSessionInvalidationBus.name);
  private readonly sql: postgres.Sql;
  private readonly waiting = new Map<string, () => void>();
  private handlers: SessionInvalidationHandlers | null = null;
  private listening: Promise<void> = Promise.resolve();
  private heartbeat: NodeJS.Timeout | null = null;
  private live = false;

  constructor(databaseUrl: string) {
    super();
    this.sql = postgres(databaseUrl, { max: 2, onnotice: () => undefined });
  }

  start(handlers: SessionInvalidationHandlers): void {
    this.handlers = handlers;
    handlers.reachable(false);
    this.listening = this.sql
      .listen(
        SESSION_INVALIDATION_CHANNEL,
        (payload) => this.receive(payload),
        () => this.setLive(true, true),
      )
      .then(() => undefined);
    this.listening.catch((error: unknown) =>
      this.logger.error(`LISTEN ${SESSION_INVALIDATION_CHANNEL} failed: ${String(error)}`),
    );
    this.heartbeat = setInterval(() => void this.ping(), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  async publish(notice: SessionInvalidation): Promise<void> {
    const message: Message = { ...notice, id: randomUUID() };
    // With our own LISTEN down no echo will come (and this instance caches nothing): send, do not wait.
    if (!this.live) {
      await this.sql
        .notify(SESSION_INVALIDATION_CHANNEL, JSON.stringify(message))
        .catch((error: unknown) =>
          this.logger.error(`NOTIFY ${SESSION_INVALIDATION_CHANNEL} failed: ${String(error)}`),
        );
      return;
    }
    if (!(await this.send(message)))
      this.logger.warn(`session invalidation (${notice.kind}) not confirmed within ${ECHO_TIMEOUT_MS} ms`);
  }

  ready(): Promise<void> {
    return this.listening;
  }

  async close(): Promise<void> {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.handlers = null;
    for (const done of this.waiting.values()) done();
    await this.sql.end({ timeout: 0.5 });
  }

  /** NOTIFY, then wait for the echo. False when it failed or did not come back in time. */
  private async send(message: Message): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const echoed = new Promise<boolean>((resolve) => {
      this.waiting.set(message.id, () => resolve(true));
      timer = setTimeout(() => resolve(false), ECHO_TIMEOUT_MS);
    });
    try {
      await this.sql.notify(SESSION_INVALIDATION_CHANNEL, JSON.stringify(message));
      return await echoed;
    } catch (error) {
      this.logger.error(`NOTIFY ${SESSION_INVALIDATION_CHANNEL} failed: ${String(error)}`);
      return false;
    } finally {
      clearTimeout(timer);
      this.waiting.delete(message.id);
    }
  }

  private async ping(): Promise<void> {
    if (!(await this.send({ kind: 'ping', id: randomUUID() }))) this.setLive(false, false);
  }

  private receive(payload: string): void {
    const message = parseMessage(payload);
    if (!message) {
      this.logger.warn('ignored a malformed session invalidation');
      return;
    }
    if (message.kind !== 'ping') this.handlers?.invalidate(message);
    this.waiting.get(message.id)?.();
    if (!this.live) this.setLive(true, false);
  }

  /** `relisten`: LISTEN was (re)established, so anything cached before may have missed a notice. */
  private setLive(live: boolean, relisten: boolean): void {
    if (this.live === live && !relisten) return;
    this.live = live;
    this.handlers?.reachable(live);
  }
}

function parseMessage(payload: string): Message | null {
  try {
    const m = JSON.parse(payload) as Record<string, unknown>;
    if (typeof m['id'] !== 'string') return null;
    if (m['kind'] === 'ping') return { kind: 'ping', id: m['id'] };
    if (m['kind'] === 'session' && typeof m['sessionId'] === 'string')
      return { kind: 'session', sessionId: m['sessionId'], id: m['id'] };
    if (m['kind'] === 'user' && typeof m['userId'] === 'string')
      return { kind: 'user', userId: m['userId'], id: m['id'] };
    return null;
  } catch {
    return null;
  }
}
