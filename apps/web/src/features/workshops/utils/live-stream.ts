import { createParser } from 'eventsource-parser';
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

/** The stream's URL with the last event id seen, for a reopened EventSource (which cannot send Last-Event-ID). */
export function resumeUrl(url: string, lastEventId: string | undefined): string {
  if (!lastEventId) return url;
  return `${url}${url.includes('?') ? '&' : '?'}lastEventId=${encodeURIComponent(lastEventId)}`;
}

/**
 * A same-origin EventSource (the session cookie authenticates it), for the given event types. Each reopened
 * connection passes the last event id seen as `?lastEventId=`, so the server replays what was missed instead
 * of starting over from the current state.
 */
export function eventSourceOpener(url: string, types: readonly string[]): LiveStreamOpener {
  let lastEventId: string | undefined;
  return (handlers) => {
    const source = new EventSource(resumeUrl(url, lastEventId), { withCredentials: true });
    let done = false;
    source.onopen = () => handlers.onOpen();
    for (const type of [...types, 'ping', 'end']) {
      source.addEventListener(type, (event) => {
        const message = event as MessageEvent<string>;
        // Pings repeat the latest id, so this stays current even in a quiet room.
        if (message.lastEventId) lastEventId = message.lastEventId;
        handlers.onMessage(type, parseData(message.data));
        if (type !== 'end' || done) return;
        // Ended for good by the server (access revoked, workshop closed): no reconnect.
        done = true;
        source.close();
        handlers.onClosed(true);
      });
    }
    source.onerror = () => {
      // Close and let the owner reconnect with backoff: one behaviour for every failure; the new connection
      // resumes after the last id seen (or gets the current state when the server cannot resume from it).
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

/**
 * An event stream read with fetch, for routes authenticated by a header (EventSource cannot send one):
 * the workshop participant stream with its X-Participant-Token. Like EventSource, each reconnect sends the last
 * event id seen as Last-Event-ID, so the server replays what was missed instead of starting over.
 */
export function fetchStreamOpener(url: string, headers: Record<string, string>): LiveStreamOpener {
  let lastEventId: string | undefined;
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
        const resume: Record<string, string> = lastEventId ? { 'Last-Event-ID': lastEventId } : {};
        const response = await globalThis.fetch(url, {
          headers: { Accept: 'text/event-stream', ...headers, ...resume },
          credentials: 'omit',
          signal: controller.signal,
        });
        if (!response.ok || !response.body) {
          finish(response.status === 401 || response.status === 404);
          return;
        }
        handlers.onOpen();
        let ended = false;
        // The one SSE parser of the house (eventsource-parser), as in the API's tests.
        const parser = createParser({
          onEvent: (event) => {
            if (event.id) lastEventId = event.id;
            const type = event.event ?? 'message';
            // The server ended the stream for good (workshop closed, access revoked): do not reconnect.
            if (type === 'end') ended = true;
            handlers.onMessage(type, parseData(event.data));
          },
        });
        const reader = response.body.getReader();
        const decoder = new TextDecoder();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          parser.feed(decoder.decode(value, { stream: true }));
        }
        finish(ended);
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
