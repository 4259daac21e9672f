/**
 * Sends events one after another, in call order. An event with a key is made (`make`) only when its turn comes,
 * and a call whose key already waits joins that waiting one instead of queueing again. Used for the live answer
 * counts: each stored answer asks for "question q now has n respondents"; when 100 phones answer within one
 * database round trip, the facilitator gets one event counted at sending time — never an older count after a
 * newer one — instead of a queue of 100 that grows faster than it drains. Events without a key (state changes,
 * revokes, joins) are never joined and keep their place in the order.
 */
export class CoalescingPublisher<E> {
  private tail: Promise<void> = Promise.resolve();
  private readonly waiting = new Map<string, Promise<void>>();

  constructor(private readonly send: (event: E) => Promise<void>) {}

  /** Resolves once this event, or the one it joined, has been made and sent. */
  publish(key: string | null, make: () => E | Promise<E>): Promise<void> {
    const queued = key === null ? undefined : this.waiting.get(key);
    if (queued) return queued;
    const done = this.tail.then(async () => {
      // From here on a new call with this key queues behind this one: what it counted may come after `make` ran.
      if (key !== null) this.waiting.delete(key);
      await this.send(await make());
    });
    if (key !== null) this.waiting.set(key, done);
    this.tail = done.catch(() => undefined);
    return done;
  }
}
