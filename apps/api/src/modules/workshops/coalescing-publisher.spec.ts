import { CoalescingPublisher } from './coalescing-publisher';

/** A send that holds each event until released, recording the order. */
function gatedSend(): { sent: string[]; release: () => void; send: (e: string) => Promise<void> } {
  const sent: string[] = [];
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

const tick = (): Promise<void> => new Promise((r) => setImmediate(r));

async function drain(release: () => void, all: Promise<unknown>[]): Promise<void> {
  let done = false;
  void Promise.all(all).then(() => (done = true));
  for (let i = 0; i < 50 && !done; i++) {
    await tick();
    release();
  }
  await Promise.all(all);
}

describe('CoalescingPublisher', () => {
  it('makes a keyed event when its turn comes, and later calls of that key join it while it waits', async () => {
    const g = gatedSend();
    const p = new CoalescingPublisher<string>(g.send);
    let answers = 1;
    const count = () => `q1:${answers}`;
    const first = p.publish('q1', count);
    await tick();
    expect(g.sent).toEqual(['q1:1']); // in flight
    const joined: Promise<void>[] = [];
    for (let i = 0; i < 4; i++) {
      answers++;
      joined.push(p.publish('q1', count));
    }
    await drain(g.release, [first, ...joined]);
    // One more event for the four calls, counted when it was sent: the newest count, never an older one after it.
    expect(g.sent).toEqual(['q1:1', 'q1:5']);
  });

  it('never joins events without a key and keeps the order of everything it sends', async () => {
    const g = gatedSend();
    const p = new CoalescingPublisher<string>(g.send);
    const first = p.publish('q1', () => 'q1:1');
    await tick();
    const all = [
      first,
      p.publish(null, () => 'state:a'),
      p.publish(null, () => 'state:b'),
      p.publish('q1', () => 'q1:2'),
      p.publish('q2', () => 'q2:1'),
    ];
    await drain(g.release, all);
    expect(g.sent).toEqual(['q1:1', 'state:a', 'state:b', 'q1:2', 'q2:1']);
  });

  it('joins a waiting call of the same key even when other events queue between them', async () => {
    const g = gatedSend();
    const p = new CoalescingPublisher<string>(g.send);
    let n = 0;
    const all = [
      p.publish('x', () => 'x'), // in flight first, so the rest wait
      p.publish('q1', () => `q1:${n}`),
      p.publish(null, () => 'state'),
      p.publish('q1', () => `q1:${n}`),
    ];
    n = 2;
    await drain(g.release, all);
    expect(g.sent).toEqual(['x', 'q1:2', 'state']);
  });

  it('passes a failed send to the callers waiting on it and goes on with the next event', async () => {
    const sent: string[] = [];
    const p = new CoalescingPublisher<string>(async (e) => {
      sent.push(e);
      if (e === 'a:1') throw new Error('database gone');
    });
    await expect(p.publish('a', () => 'a:1')).rejects.toThrow('database gone');
    await expect(p.publish('a', () => 'a:2')).resolves.toBeUndefined();
    expect(sent).toEqual(['a:1', 'a:2']);
  });
});
