/** What a live connection reports to its owner. */
export interface LiveStreamHandlers {
  onOpen: () => void;
  onMessage: (type: string, data: unknown) => void;
  /** The connection ended or failed; `fatal` means retrying cannot help (e.g. the token was refused). */
  onClosed: (fatal: boolean) => void;
}

/** Opens one connection and returns the function that closes it. Reconnecting is the caller's job. */
export type LiveStreamOpener = (handlers: LiveStreamHandlers) => () => void;

function parseData(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

/** A same-origin EventSource (the session cookie authenticates it), for the given event types. */
export function eventSourceOpener(url: string, types: readonly string[]): LiveStreamOpener {
  return (handlers) => {
    const source = new EventSource(url, { withCredentials: true });
    let done = false;
    source.onopen = () => handlers.onOpen();
    for (const type of types) source.addEventListener(type, (event) => handlers.onMessage(type, parseData((event as MessageEvent<string>).data)));
    source.onerror = () => {
      // Close and let the owner reconnect with backoff: one behaviour for every failure, and a fresh
      // connection re-sends the current state first.
      if (done) return;
      done = true;
      source.close();
      handlers.onClosed(false);
    };
    return () => {
      done = true;
      source.close();
    };
  };
}

/** Splits a text/event-stream buffer into complete events; returns them and the unfinished rest. */
export function parseSseChunk(buffer: string): { events: { type: string; data: string }[]; rest: string } {
  const normalised = buffer.replace(/\r\n?/g, '\n');
  const blocks = normalised.split('\n\n');
  const rest = blocks.pop() ?? '';
  const events: { type: string; data: string }[] = [];
  for (const block of blocks) {
    let type = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') type = value;
      else if (field === 'data') data.push(value);
    }
    if (data.length > 0) events.push({ type, data: data.join('\n') });
  }
  return { events, rest };
}

/**
 * An event stream read with fetch, for routes authenticated by a header (EventSource cannot send one):
 * the workshop participant stream with its X-Participant-Token.
 */
export function fetchStreamOpener(url: string, headers: Record<string, string>): LiveStreamOpener {
  return (handlers) => {
    const controller = new AbortController();
    let closed = false;
    const finish = (fatal: boolean) => {
      if (closed) return;
      closed = true;
      handlers.onClosed(fatal);
    };
    void (async () => {
      try {
        const response = await globalThis.fetch(url, { headers: { Accept: 'text/event-stream', ...headers }, credentials: 'omit', signal: controller.signal });
        if (!response.ok || !response.body) {
          finish(response.status === 401 || response.status === 404);
          return;
        }
        handlers.onOpen();
        const reader = response.body.getReader();
        const decoder = new TextDecoder();
        let buffer = '';
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          buffer += decoder.decode(value, { stream: true });
          const parsed = parseSseChunk(buffer);
          buffer = parsed.rest;
          for (const event of parsed.events) handlers.onMessage(event.type, parseData(event.data));
        }
        finish(false);
      } catch {
        finish(false);
      }
    })();
    return () => {
      closed = true;
      controller.abort();
    };
  };
}
