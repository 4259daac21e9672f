import type request from 'supertest';
import { CookieAccessInfo } from 'cookiejar';
import { createParser } from 'eventsource-parser';
import type { Client } from './test-app';

export interface SseEvent {
  type: string;
  /** The SSE `id:` field, when the event has one. */
  id?: string;
  data: Record<string, unknown>;
}

/** An open Server-Sent Events stream read with fetch (so headers such as X-Participant-Token can be sent). */
export interface SseStream {
  status: number;
  events: SseEvent[];
  /** Resolves with the first event (already received or coming) that matches, or rejects after `timeoutMs`. */
  next(match: (e: SseEvent) => boolean, timeoutMs?: number): Promise<SseEvent>;
  /** Resolves when the server ends the stream (or it is closed here). */
  ended: Promise<void>;
  close(): void;
}

export function cookieHeader(client: Client): string {
  return client.agent.jar.getCookies(CookieAccessInfo.All).toValueString();
}

export async function openSse(url: string, headers: Record<string, string>): Promise<SseStream> {
  const abort = new AbortController();
  const res = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: abort.signal });
  const events: SseEvent[] = [];
  const waiters: { match: (e: SseEvent) => boolean; resolve: (e: SseEvent) => void }[] = [];
  // The one SSE parser of the house (eventsource-parser), as in the web app.
  const parser = createParser({
    onEvent: (message) => {
      const event: SseEvent = {
        type: message.event ?? 'message',
        id: message.id,
        data: message.data ? (JSON.parse(message.data) as Record<string, unknown>) : {},
      };
      events.push(event);
      for (const w of [...waiters]) {
        if (!w.match(event)) continue;
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(event);
      }
    },
  });
  const ended = (async () => {
    if (!res.body) return;
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        parser.feed(value);
      }
    } catch {
      // aborted
    }
  })();
  return {
    status: res.status,
    events,
    ended,
    next(match, timeoutMs = 5000) {
      const seen = events.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no matching event within ${timeoutMs} ms; got ${JSON.stringify(events)}`)),
          timeoutMs,
        );
        waiters.push({
          match,
          resolve: (e) => {
            clearTimeout(timer);
            resolve(e);
          },
        });
      });
    },
    close: () => abort.abort(),
  };
}

/**
 * For suites that call every route through supertest: ends an event stream after its first event, so a
 * streaming route answers like any other (status and body); an error answer is parsed as JSON.
 */
export async function firstSseResponse(
  test: request.Test,
): Promise<{ status: number; body: { code?: string } & Record<string, unknown> }> {
  const res = await test.buffer(true).parse((stream, callback) => {
    let text = '';
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      let body: unknown = { text };
      try {
        body = JSON.parse(text);
      } catch {
        // an event stream, not JSON
      }
      callback(null, body);
    };
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      text += chunk;
      if (text.includes('\n\n')) {
        finish();
        (stream as unknown as { destroy(): void }).destroy();
      }
    });
    stream.on('end', finish);
  });
  return { status: res.status, body: res.body as { code?: string } & Record<string, unknown> };
}
