import { EventEmitter } from 'node:events';
import type { DeliveredWorkshopEvent, WorkshopEventListener } from './workshop-event-bus';

/** This process's subscribers of each workshop: both buses hand their events to one of these. */
export class WorkshopEventFanout {
  private readonly emitter = new EventEmitter();

  constructor() {
    // One listener per open SSE connection: a 300-person workshop must not trip Node's leak warning.
    this.emitter.setMaxListeners(0);
  }

  subscribe(workshopId: string, listener: WorkshopEventListener): () => void {
    this.emitter.on(workshopId, listener);
    return () => this.emitter.off(workshopId, listener);
  }

  deliver(event: DeliveredWorkshopEvent): void {
    this.emitter.emit(event.workshopId, event);
  }
}
