import { CoalescingPublisher } from './coalescing-publisher';

type Ev = { key: string | null; n: number };

function recorder(): { sent: Ev[]; release: () => void; send: (e: Ev) => Promise<void> } {
  const sent: Ev[] = [];
  let gate: (() => void) | null = null;
  return {
    sent,
    release: () => gate?.(),
    send: (e) =>
      new Promise<void>((resolve) => {
        sent.push(e);
        gate = resolve;
      }),
  };
}

const flush = (): Promise<void> => new Promise((r) => setImmediate(r));

describe('CoalescingPublisher', () => {
  it('sends one at a time, and a newer event of the same key replaces the one still waiting', async () => {
    const r = recorder();
    const p = new CoalescingPublisher<Ev>(r.send, (e) => e.key);
    const first = p.publish({ key: 'q1', n: 1 });
    await flush();
    expect(r.sent).toEqual([{ key: 'q1', n: 1 }]); // in flight
    const waits = [2, 3, 4, 5].map((n) => p.publish({ key: 'q1', n }));
    r.release();
    await first;
    await flush();
    expect(r.sent).toEqual([
      { key: 'q1', n: 1 },
      { key: 'q1', n: 5 },
    ]);
    r.release();
    await Promise.all(waits); // every caller learns that its count (or a newer one) went out
    expect(r.sent).toHaveLength(2);
  });

  it('never merges events without a key and keeps the order of everything it sends', async () => {
    const r = recorder();
    const p = new CoalescingPublisher<Ev>(r.send, (e) => e.key);
    const first = p.publish({ key: 'q1', n: 1 });
    await flush(); // n:1 is in flight now, so n:2 below cannot replace it
    const all = [
      first,
      p.publish({ key: null, n: 100 }),
      p.publish({ key: null, n: 101 }),
      p.publish({ key: 'q1', n: 2 }),
      p.publish({ key: 'q2', n: 7 }),
    ];
    for (let i = 0; i < 6; i++) {
      await flush();
      r.release();
    }
    await Promise.all(all);
    expect(r.sent.map((e) => e.n)).toEqual([1, 100, 101, 2, 7]);
  });

  it('merges an event into a waiting one of its key even when others queue between them', async () => {
    const r = recorder();
    const p = new CoalescingPublisher<Ev>(r.send, (e) => e.key);
    const all = [
      p.publish({ key: 'x', n: 0 }), // in flight, so the next ones wait
      p.publish({ key: 'q1', n: 1 }),
      p.publish({ key: null, n: 50 }),
      p.publish({ key: 'q1', n: 2 }),
    ];
    for (let i = 0; i < 5; i++) {
      await flush();
      r.release();
    }
    await Promise.all(all);
    expect(r.sent.map((e) => e.n)).toEqual([0, 2, 50]);
  });

  it('passes a failed send to the callers waiting on it and goes on with the next event', async () => {
    const sent: number[] = [];
    const p = new CoalescingPublisher<Ev>(
      async (e) => {
        sent.push(e.n);
        if (e.n === 1) throw new Error('database gone');
      },
      (e) => e.key,
    );
    await expect(p.publish({ key: 'a', n: 1 })).rejects.toThrow('database gone');
    await expect(p.publish({ key: 'a', n: 2 })).resolves.toBeUndefined();
    expect(sent).toEqual([1, 2]);
  });
});
