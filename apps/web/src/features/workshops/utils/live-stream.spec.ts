import { fetchStreamOpener, type LiveStreamHandlers } from './live-stream';

/** Opens one connection and resolves with the events it got once the server ends it. */
function once(open: ReturnType<typeof fetchStreamOpener>): Promise<string[]> {
  const got: string[] = [];
  return new Promise((resolve) => {
    const handlers: LiveStreamHandlers = {
      onOpen: () => undefined,
      onMessage: (type) => got.push(type),
      onClosed: () => resolve(got),
    };
    open(handlers);
  });
}

/** What fetch resolves with: an event stream whose body is `text`, in one chunk (jsdom has no Response). */
function streamResponse(text: string): Response {
  const chunks = [new TextEncoder().encode(text)];
  const reader = {
    read: async () => (chunks.length ? { done: false, value: chunks.shift() } : { done: true, value: undefined }),
  };
  return { ok: true, status: 200, body: { getReader: () => reader } } as unknown as Response;
}

describe('fetchStreamOpener', () => {
  const realFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('sends the last event id it saw as Last-Event-ID when it reconnects (pings repeat it)', async () => {
    const sent: Record<string, string>[] = [];
    const bodies = [
      'id: 41\nevent: state\ndata: {}\n\nid: 41\nevent: ping\ndata: {}\n\n',
      'id: 57\nevent: state\ndata: {}\n\n',
      '',
    ];
    globalThis.fetch = jest.fn(async (_url: string | URL | Request, init?: RequestInit) => {
      sent.push(init?.headers as Record<string, string>);
      return streamResponse(bodies[sent.length - 1]);
    }) as typeof fetch;
    const open = fetchStreamOpener('/api/participant/events', { 'X-Participant-Token': 'token' });
    expect(await once(open)).toEqual(['state', 'ping']);
    expect(await once(open)).toEqual(['state']);
    await once(open);
    expect(sent.map((h) => h['Last-Event-ID'])).toEqual([undefined, '41', '57']);
    expect(sent.every((h) => h['X-Participant-Token'] === 'token')).toBe(true);
  });
});
