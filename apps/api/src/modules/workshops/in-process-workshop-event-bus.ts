import type { Repository } from 'typeorm';
import type { WorkshopEventEntity } from './entities/workshop-event.entity';
import { storeEventStatement } from './workshop-event-log';
import { WorkshopEventFanout } from './workshop-event-fanout';
import { isReplayable, WorkshopEventBus, type WorkshopEvent, type WorkshopEventListener } from './workshop-event-bus';

/**
 * The bus for the embedded database: one process, so delivering to this process's subscribers reaches them
 * all. Each event is stored first (so a reconnecting stream can replay it) and publishes run one after
 * another, so subscribers get ids in increasing order.
 */
export class InProcessWorkshopEventBus extends WorkshopEventBus {
  private readonly fanout = new WorkshopEventFanout();
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly events: Pick<Repository<WorkshopEventEntity>, 'query'>) {
    super();
  }

  publish(event: WorkshopEvent): Promise<void> {
    const run = this.tail.then(async () => {
      if (!isReplayable(event)) return this.fanout.deliver(event);
      const { text, params } = storeEventStatement(event);
      const [row] = (await this.events.query(text, params)) as { id: string }[];
      this.fanout.deliver({ ...event, id: row.id });
    });
    this.tail = run.catch(() => undefined);
    return run;
  }

  subscribe(workshopId: string, listener: WorkshopEventListener): () => void {
    return this.fanout.subscribe(workshopId, listener);
  }

  ready(): Promise<void> {
    return Promise.resolve();
  }
}
