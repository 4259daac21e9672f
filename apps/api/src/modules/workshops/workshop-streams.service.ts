import { Injectable, type BeforeApplicationShutdown, type MessageEvent } from '@nestjs/common';
import { Observable, type Subscriber } from 'rxjs';
import { ApiException } from '../../common/errors/api-exception';
import type { WorkshopStateView } from './dto/workshop-views';
import { WorkshopEventBus, type WorkshopEvent } from './workshop-event-bus';

/** The server pings every open stream this often; a phone that hears nothing for 3 pings reconnects. */
export const PING_INTERVAL_MS = 10_000;
/** Open event streams per participant token (tabs of one phone); the oldest is ended when one more opens. */
export const MAX_STREAMS_PER_HOLDER = 4;
/** Open event streams per client address (a whole room behind one NAT fits easily). */
export const MAX_STREAMS_PER_ADDRESS = 2_000;

/** Who holds a stream: a participant or a signed-in user of an organization. */
export type StreamHolder = { kind: 'participant'; participantId: string } | { kind: 'user'; organizationId: string; userId: string };

interface OpenStream {
  holder: string;
  address: string;
  subscriber: Subscriber<MessageEvent>;
}

const holderKey = (h: StreamHolder) => (h.kind === 'participant' ? `p:${h.participantId}` : `u:${h.organizationId}:${h.userId}`);

/**
 * Every open workshop event stream of this instance: caps them per holder and per address, pings them, and
 * ends them at once when their holder loses access (removed member or advisor, closed workshop).
 */
@Injectable()
export class WorkshopStreams implements BeforeApplicationShutdown {
  private readonly open = new Set<OpenStream>();

  constructor(private readonly bus: WorkshopEventBus) {}

  count(): number {
    return this.open.size;
  }

  /**
   * A stream of `workshopId`'s events for `holder`: the current state first, then every event `map` lets
   * through, and a ping every PING_INTERVAL_MS. Refused with 429 beyond MAX_STREAMS_PER_ADDRESS.
   */
  stream(workshopId: string, holder: StreamHolder, address: string, initial: WorkshopStateView, map: (event: WorkshopEvent) => MessageEvent | null): Observable<MessageEvent> {
    const key = holderKey(holder);
    if ([...this.open].filter((s) => s.address === address).length >= MAX_STREAMS_PER_ADDRESS) throw new ApiException(429, 'TOO_MANY_REQUESTS');
    return new Observable<MessageEvent>((subscriber) => {
      const mine = [...this.open].filter((s) => s.holder === key);
      for (const old of mine.slice(0, Math.max(0, mine.length - MAX_STREAMS_PER_HOLDER + 1))) this.end(old, 'replaced');
      const entry: OpenStream = { holder: key, address, subscriber };
      this.open.add(entry);
      subscriber.next({ type: 'state', data: initial });
      const unsubscribe = this.bus.subscribe(workshopId, (event) => {
        if (event.type === 'revoke') {
          const revoked = holder.kind === 'participant' ? event.participantIds.includes(holder.participantId) : event.organizationId === holder.organizationId && event.userIds.includes(holder.userId);
          if (revoked) this.end(entry, 'revoked');
          return;
        }
        const message = map(event);
        if (message) subscriber.next(message);
      });
      const ping = setInterval(() => subscriber.next({ type: 'ping', data: { at: new Date().toISOString() } }), PING_INTERVAL_MS);
      return () => {
        this.open.delete(entry);
        unsubscribe();
        clearInterval(ping);
      };
    });
  }

  /**
   * On shutdown, before the HTTP server stops accepting and waits for open connections: completes every stream
   * without an `end` event, so each client reconnects (through the balancer, to another instance) and gets the
   * current state first. Without this, one open stream would keep the server from closing.
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
    stream.subscriber.next({ type: 'end', data: { reason } });
    stream.subscriber.complete();
  }
}
