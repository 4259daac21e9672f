import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

const SAFE = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * The request's id: a well-formed `X-Request-Id` from the client, else a new UUID. Assigned by the first
 * middleware (before body parsing, so a 413 carries it too), reused by the logger, echoed as `X-Request-Id`.
 */
export function requestIdOf(req: IncomingMessage & { id?: unknown }, res?: ServerResponse): string {
  if (typeof req.id === 'string' && req.id) return req.id;
  if (typeof req.id === 'number') return String(req.id);
  const header = req.headers['x-request-id'];
  const id = typeof header === 'string' && SAFE.test(header) ? header : randomUUID();
  req.id = id;
  if (res && !res.headersSent) res.setHeader('X-Request-Id', id);
  return id;
}
