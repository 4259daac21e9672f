import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What one request to the fake endpoint carried. */
export interface FakeLlmRequest {
  url: string;
  authorization: string | undefined;
  body: { model: string; messages: { role: string; content: string }[] };
}

/** The fake endpoint's answer to one request: a status and a JSON body. */
export interface FakeLlmReply {
  status: number;
  json: unknown;
}

export interface FakeLlm {
  /** The chat-completions URL to set as AI_REWRITE_URL. */
  readonly url: string;
  /** Every request received, in order: a test counts them to see whether anything left the API. */
  readonly received: FakeLlmRequest[];
  close(): Promise<void>;
}

/** A chat-completions answer whose assistant message is `content`. */
export function chatAnswer(content: string): FakeLlmReply {
  return { status: 200, json: { choices: [{ message: { role: 'assistant', content } }] } };
}

/**
 * A local OpenAI-compatible chat-completions endpoint on 127.0.0.1 that records what it is sent and answers with
 * `reply` (chosen per request, so a test can make it fail).
 */
export async function startFakeLlm(reply: (request: FakeLlmRequest) => FakeLlmReply): Promise<FakeLlm> {
  const received: FakeLlmRequest[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as FakeLlmRequest['body'];
      const request = { url: req.url ?? '', authorization: req.headers.authorization, body };
      received.push(request);
      const { status, json } = reply(request);
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1/chat/completions`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
