import type { Repository } from 'typeorm';
import type { WorkshopEventEntity } from './entities/workshop-event.entity';
import { CoalescingPublisher } from './coalescing-publisher';
import { storeEventStatement } from './workshop-event-log';
import { WorkshopEventFanout } from './workshop-event-fanout';
import { isReplayable, WorkshopEventBus, type WorkshopEvent, type WorkshopEventListener } from './workshop-event-bus';

/**
 * The bus for the embedded database: one process, so delivering to this process's subscribers reaches them
 * all. Each event is stored first (so a reconnecting stream can replay it) and publishes run one after
 * another, so subscribers get ids in increasing order (counts joined while they wait, see publishCount).
 */
export class InProcessWorkshopEventBus extends WorkshopEventBus {
  private readonly fanout = new WorkshopEventFanout();
  private readonly publisher = new CoalescingPublisher<WorkshopEvent>(async (event) => {
    if (!isReplayable(event)) return this.fanout.deliver(event);
    const { text, params } = storeEventStatement(event);
    const [row] = (await this.events.query(text, params)) as { id: string }[];
    this.fanout.deliver({ ...event, id: row.id });
  });

  constructor(private readonly events: Pick<Repository<WorkshopEventEntity>, 'query'>) {
    super();
  }

  publish(event: WorkshopEvent): Promise<void> {
    return this.publisher.publish(null, () => event);
  }

  publishCount(key: string, make: () => Promise<WorkshopEvent>): Promise<void> {
    return this.publisher.publish(key, make);
  }

  subscribe(workshopId: string, listener: WorkshopEventListener): () => void {
    return this.fanout.subscribe(workshopId, listener);
  }

  ready(): Promise<void> {
    return Promise.resolve();
  }
}
