import { EventEmitter } from 'node:events';
import { WorkshopEventBus, type WorkshopEvent, type WorkshopEventListener } from './workshop-event-bus';

/** The bus for the embedded database: one process, so a plain EventEmitter reaches every subscriber. */
export class InProcessWorkshopEventBus extends WorkshopEventBus {
  private readonly emitter = new EventEmitter();

  constructor() {
    super();
    // One listener per open SSE connection: a 300-person workshop must not trip Node's leak warning.
    this.emitter.setMaxListeners(0);
  }

  async publish(event: WorkshopEvent): Promise<void> {
    this.deliver(event);
  }

  subscribe(workshopId: string, listener: WorkshopEventListener): () => void {
    this.emitter.on(workshopId, listener);
    return () => this.emitter.off(workshopId, listener);
  }

  ready(): Promise<void> {
    return Promise.resolve();
  }

  /** Hands an event to this process's subscribers (also used by the PostgreSQL bus on each notification). */
  deliver(event: WorkshopEvent): void {
    this.emitter.emit(event.workshopId, event);
  }
}
