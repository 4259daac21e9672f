import { Logger } from '@nestjs/common';
import postgres from 'postgres';
import { storeEventStatement } from './workshop-event-log';
import { CoalescingPublisher } from './coalescing-publisher';
import { WorkshopEventFanout } from './workshop-event-fanout';
import {
  isReplayable,
  WorkshopEventBus,
  type DeliveredWorkshopEvent,
  type WorkshopEvent,
  type WorkshopEventListener,
} from './workshop-event-bus';

export const WORKSHOP_EVENTS_CHANNEL = 'ipgn_workshop_events';

/**
 * The bus for a real PostgreSQL server: every instance LISTENs on one channel and a publish is one statement
 * that stores the event (workshop_events, for replay on any instance) and NOTIFYs it with its id in the same
 * transaction, so an answer stored by one instance reaches facilitators connected to any other, in id order.
 * The instance's own notifications come back through LISTEN too, so local delivery needs no special case.
 * (pglite-socket does not carry NOTIFY, hence the in-process bus in embedded mode.)
 */
export class PostgresWorkshopEventBus extends WorkshopEventBus {
  private readonly logger = new Logger(PostgresWorkshopEventBus.name);
  private readonly sql: postgres.Sql;
  private readonly fanout = new WorkshopEventFanout();
  private readonly listening: Promise<void>;

  constructor(databaseUrl: string) {
    super();
    // Two connections at most: postgres.js keeps one dedicated to LISTEN and reconnects it by itself.
    this.sql = postgres(databaseUrl, { max: 2, onnotice: () => undefined });
    this.listening = this.sql.listen(WORKSHOP_EVENTS_CHANNEL, (payload) => this.receive(payload)).then(() => undefined);
    this.listening.catch((error: unknown) =>
      this.logger.error(`LISTEN ${WORKSHOP_EVENTS_CHANNEL} failed: ${String(error)}`),
    );
  }

  /** One event at a time through the one query connection, counts joined while they wait (see publishCount). */
  private readonly publisher = new CoalescingPublisher<WorkshopEvent>((event) => this.store(event));

  publish(event: WorkshopEvent): Promise<void> {
    return this.publisher.publish(null, () => event);
  }

  publishCount(key: string, make: () => Promise<WorkshopEvent>): Promise<void> {
    return this.publisher.publish(key, make);
  }

  private async store(event: WorkshopEvent): Promise<void> {
    if (!isReplayable(event)) {
      await this.sql.notify(WORKSHOP_EVENTS_CHANNEL, JSON.stringify(event));
      return;
    }
    const { text, params } = storeEventStatement(event, WORKSHOP_EVENTS_CHANNEL);
    await this.sql.unsafe(text, params as postgres.ParameterOrJSON<never>[]);
  }

  subscribe(workshopId: string, listener: WorkshopEventListener): () => void {
    return this.fanout.subscribe(workshopId, listener);
  }

  ready(): Promise<void> {
    return this.listening;
  }

  /** Called after the HTTP server has closed (nothing left to publish); the LISTEN connection never turns idle,
   * so a long grace period would only delay every shutdown by its full length. */
  async close(): Promise<void> {
    await this.sql.end({ timeout: 0.5 });
  }

  private receive(payload: string): void {
    try {
      this.fanout.deliver(JSON.parse(payload) as DeliveredWorkshopEvent);
    } catch (error) {
      this.logger.warn(`ignored a malformed workshop event: ${String(error)}`);
    }
  }
}
