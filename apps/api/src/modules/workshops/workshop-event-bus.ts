import type { WorkshopStateView } from '@ipgn/contracts';

/**
 * What a live workshop tells its screens. Events are small signals (they travel through PostgreSQL NOTIFY,
 * limited to 8000 bytes) and never carry an individual's answer, department or name: an answer event says only
 * which question got an answer and how many people have answered it now.
 */
export type WorkshopEvent =
  | { type: 'answer'; organizationId: string; workshopId: string; questionId: string; respondents: number; at: string }
  | { type: 'participants'; organizationId: string; workshopId: string; participants: number; at: string }
  | ({ type: 'state'; organizationId: string; workshopId: string; at: string } & WorkshopStateView)
  /** These participants or users lost access: every instance ends their open streams of this workshop. */
  | {
      type: 'revoke';
      organizationId: string;
      workshopId: string;
      participantIds: string[];
      userIds: string[];
      at: string;
    };

/**
 * An event as subscribers receive it: every event but `revoke` is stored first (workshop_events) and carries
 * its global id there, the SSE `id` a reconnecting stream resumes after. A `revoke` is a command to the
 * instances, never shown nor replayed, so it has none.
 */
export type DeliveredWorkshopEvent = WorkshopEvent & { id?: string };

export type WorkshopEventListener = (event: DeliveredWorkshopEvent) => void;

/** Events that are stored and replayed: what some screen shows. */
export const isReplayable = (event: WorkshopEvent): boolean => event.type !== 'revoke';

/**
 * Fans workshop events out to every API instance. Two implementations behind this one interface: in-process
 * (embedded database, one process) and PostgreSQL LISTEN/NOTIFY (a real server, any number of instances).
 * Both store each replayable event in workshop_events before anyone receives it, and deliver the events of one
 * workshop in id order.
 */
export abstract class WorkshopEventBus {
  /** Stores the event (unless it is a `revoke`) and delivers it to the subscribers of its workshop on every instance (this one included). */
  abstract publish(event: WorkshopEvent): Promise<void>;

  /** Calls `listener` for each event of `workshopId`; returns the unsubscribe function. */
  abstract subscribe(workshopId: string, listener: WorkshopEventListener): () => void;

  /** Resolves once the bus receives events (LISTEN is active); immediate for the in-process bus. */
  abstract ready(): Promise<void>;
}
