import { Injectable, type BeforeApplicationShutdown, type MessageEvent } from '@nestjs/common';
import { Observable, type Subscriber } from 'rxjs';
import { ApiException } from '../../common/errors/api-exception';
import { WorkshopEventBus, type DeliveredWorkshopEvent, type WorkshopEvent } from './workshop-event-bus';
import { WorkshopEventLog } from './workshop-event-log';
import type { WorkshopStateView } from '@ipgn/contracts';

/** The server pings every open stream this often; a phone that hears nothing for 3 pings reconnects. */
export const PING_INTERVAL_MS = 10_000;
/** Open event streams per participant token (tabs of one phone); the oldest is ended when one more opens. */
export const MAX_STREAMS_PER_HOLDER = 4;
/** Open event streams per client address (a whole room behind one NAT fits easily). */
export const MAX_STREAMS_PER_ADDRESS = 2_000;

/** Who holds a stream: a participant or a signed-in user of an organization. */
export type StreamHolder =
  { kind: 'participant'; participantId: string } | { kind: 'user'; organizationId: string; userId: string };

/** Which workshop a stream follows, where its client left off, and how to read the current state. */
export interface StreamTarget {
  organizationId: string;
  workshopId: string;
  /** The client's Last-Event-ID, if it sent one. */
  lastEventId?: string;
  snapshot: () => Promise<WorkshopStateView>;
}

interface OpenStream {
  holder: string;
  address: string;
  subscriber: Subscriber<MessageEvent>;
  /** The id of the last event this stream passed (sent, or held back by its filter); null while catching up. */
  lastId: string | null;
}

const holderKey = (h: StreamHolder) =>
  h.kind === 'participant' ? `p:${h.participantId}` : `u:${h.organizationId}:${h.userId}`;

/**
 * Every open workshop event stream of this instance: caps them per holder and per address, pings them, and
 * ends them at once when their holder loses access (removed member or advisor, closed workshop).
 */
@Injectable()
export class WorkshopStreams implements BeforeApplicationShutdown {
  private readonly open = new Set<OpenStream>();

  constructor(
    private readonly bus: WorkshopEventBus,
    private readonly log: WorkshopEventLog,
  ) {}

  count(): number {
    return this.open.size;
  }

  /**
   * A stream of one workshop's events for `holder`. It starts where the client left off: with `lastEventId`
   * (the SSE `Last-Event-ID` of a reconnecting client) that is a stored event of this workshop, the events
   * after it that `map` lets through, in order, once; otherwise (a first connection, or an id unknown here,
   * pruned or another workshop's) the current state. Then every live event `map` lets through, each with its
   * global id, and a ping every PING_INTERVAL_MS. Refused with 429 beyond MAX_STREAMS_PER_ADDRESS.
   */
  stream(
    target: StreamTarget,
    holder: StreamHolder,
    address: string,
    map: (event: WorkshopEvent) => MessageEvent | null,
  ): Observable<MessageEvent> {
    const key = holderKey(holder);
    if ([...this.open].filter((s) => s.address === address).length >= MAX_STREAMS_PER_ADDRESS)
      throw new ApiException(429, 'TOO_MANY_REQUESTS');
    return new Observable<MessageEvent>((subscriber) => {
      const mine = [...this.open].filter((s) => s.holder === key);
      for (const old of mine.slice(0, Math.max(0, mine.length - MAX_STREAMS_PER_HOLDER + 1))) this.end(old, 'replaced');
      const entry: OpenStream = { holder: key, address, subscriber, lastId: null };
      this.open.add(entry);
      const pass = (event: DeliveredWorkshopEvent) => {
        if (event.type === 'revoke') {
          const revoked =
            holder.kind === 'participant'
              ? event.participantIds.includes(holder.participantId)
              : event.organizationId === holder.organizationId && event.userIds.includes(holder.userId);
          if (revoked) this.end(entry, 'revoked');
          return;
        }
        if (event.id === undefined || entry.lastId === null) return;
        // Replay and live overlap by design (subscribed before reading the log): each id passes once, in order.
        if (BigInt(event.id) <= BigInt(entry.lastId)) return;
        entry.lastId = event.id;
        const { id, ...published } = event;
        const message = map(published);
        if (message) subscriber.next({ ...message, id });
      };
      // Live events that arrive while the log is read wait here, then pass after the replayed ones.
      let waiting: DeliveredWorkshopEvent[] | null = [];
      const unsubscribe = this.bus.subscribe(target.workshopId, (event) =>
        waiting ? waiting.push(event) : pass(event),
      );
      this.catchUp(target, entry)
        .then((missed) => {
          for (const event of missed) pass(event);
          for (const event of waiting ?? []) pass(event);
          waiting = null;
        })
        .catch((error: unknown) => subscriber.error(error));
      // Every message carries an id (Nest would number the others per connection, and the browser would send
      // that number back): a ping repeats the last one.
      const ping = setInterval(() => {
        if (entry.lastId !== null)
          subscriber.next({ type: 'ping', id: entry.lastId, data: { at: new Date().toISOString() } });
      }, PING_INTERVAL_MS);
      return () => {
        this.open.delete(entry);
        unsubscribe();
        clearInterval(ping);
      };
    });
  }

  /**
   * Where a stream starts: the missed events when its Last-Event-ID is a stored event of this workshop (state
   * events get the current server time, the clock the countdown is drawn with); otherwise the current state,
   * with the id of the workshop's latest event, read before the state so that nothing after it is lost.
   */
  private async catchUp(target: StreamTarget, entry: OpenStream): Promise<DeliveredWorkshopEvent[]> {
    const missed =
      target.lastEventId === undefined
        ? null
        : await this.log.after(target.organizationId, target.workshopId, target.lastEventId);
    if (missed) {
      entry.lastId = target.lastEventId as string;
      const serverNow = new Date().toISOString();
      return missed.map((e) => (e.type === 'state' ? { ...e, serverNow } : e));
    }
    const latest = await this.log.latestId(target.organizationId, target.workshopId);
    const state = await target.snapshot();
    entry.lastId = latest;
    entry.subscriber.next({ type: 'state', id: latest, data: state });
    return [];
  }

  /**
   * On shutdown, before the HTTP server stops accepting and waits for open connections: completes every stream
   * without an `end` event, so each client reconnects (through the balancer, to another instance) and resumes
   * after its Last-Event-ID (or gets the current state first). Without this, one open stream would keep the server from closing.
   */
  beforeApplicationShutdown(): void {
    for (const stream of [...this.open]) {
      this.open.delete(stream);
      stream.subscriber.complete();
    }
  }

  /** Ends every open stream of these holders on this instance now (they get an `end` event, then the connection closes). */
  endFor(holders: readonly StreamHolder[], reason: 'closed' | 'revoked'): number {
    const keys = new Set(holders.map(holderKey));
    const ending = [...this.open].filter((s) => keys.has(s.holder));
    for (const s of ending) this.end(s, reason);
    return ending.length;
  }

  private end(stream: OpenStream, reason: 'closed' | 'revoked' | 'replaced'): void {
    this.open.delete(stream);
    stream.subscriber.next({ type: 'end', id: stream.lastId ?? '0', data: { reason } });
    stream.subscriber.complete();
  }
}
