/**
 * Sends events one after another, and lets a newer event replace one of the same key that is still waiting for
 * its turn. Used for the live answer counts: each stored answer publishes "question q now has n respondents", and
 * only the newest count matters, so when 100 phones answer within one database round trip the facilitator gets
 * one event with the newest count instead of a queue of 100 that grows faster than it drains. Events without a
 * key (state changes, revokes) are never merged and keep their place in the order.
 */
export class CoalescingPublisher<E> {
  private tail: Promise<void> = Promise.resolve();
  private readonly waiting = new Map<string, { event: E; done: Promise<void> }>();

  constructor(
    private readonly send: (event: E) => Promise<void>,
    private readonly keyOf: (event: E) => string | null,
  ) {}

  /** Resolves once this event, or a newer one that replaced it, has been sent. */
  publish(event: E): Promise<void> {
    const key = this.keyOf(event);
    const queued = key === null ? undefined : this.waiting.get(key);
    if (queued) {
      queued.event = event;
      return queued.done;
    }
    const slot: { event: E; done: Promise<void> } = { event, done: Promise.resolve() };
    slot.done = this.tail.then(() => {
      // From here on a newer event of this key queues behind this one instead of replacing it.
      if (key !== null && this.waiting.get(key) === slot) this.waiting.delete(key);
      return this.send(slot.event);
    });
    if (key !== null) this.waiting.set(key, slot);
    this.tail = slot.done.catch(() => undefined);
    return slot.done;
  }
}
