import type { Server } from 'node:http';
import { Injectable, type BeforeApplicationShutdown } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';

/** Longer than the usual idle timeout of browsers, HTTP clients and balancers (60 s; HAProxy here: 60 s). */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

/**
 * Node closes an idle keep-alive connection after 5 s by default; a client or balancer that keeps it longer and sends
 * the next request just as the server closes it gets ECONNRESET (seen once in the browser tests on GET
 * /api/auth/csrf). The server keeps idle connections longer than they do, so the client always closes first.
 */
export function keepIdleConnectionsLongerThanClients(server: Server): void {
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  // Must exceed keepAliveTimeout, or a slow first header on a reused connection is cut off.
  server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1_000;
}

/**
 * When the application closes, connections must not wait out the long keep-alive: `server.close()` closes the idle
 * ones, but a connection whose request is still in flight would otherwise stay open 65 s after its answer and hold
 * the shutdown (the graceful-shutdown test saw close() hang). Before the HTTP server closes, a connection closes as soon
 * as its last answer is sent, and the idle ones at once.
 */
@Injectable()
export class CloseConnectionsOnShutdown implements BeforeApplicationShutdown {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  beforeApplicationShutdown(): void {
    const server = this.adapterHost.httpAdapter?.getHttpServer() as Server | undefined;
    if (!server) return;
    server.keepAliveTimeout = 1;
    server.closeIdleConnections();
  }
}
