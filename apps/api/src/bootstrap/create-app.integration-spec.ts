import type { Server } from 'node:http';
import { useTestApp } from '../../test/support/use-test-app';
import { CloseConnectionsOnShutdown, KEEP_ALIVE_TIMEOUT_MS } from '../common/http/keep-alive';

describe('the HTTP server keeps idle connections longer than clients and balancers do', () => {
  const s = useTestApp();

  it('sets keep-alive above the usual 60 s client idle timeout, with the header timeout above it', () => {
    const server = s.t.app.getHttpServer() as Server;
    expect(server.keepAliveTimeout).toBe(KEEP_ALIVE_TIMEOUT_MS);
    expect(KEEP_ALIVE_TIMEOUT_MS).toBeGreaterThan(60_000);
    expect(server.headersTimeout).toBeGreaterThan(server.keepAliveTimeout);
  });

  it('closes connections as soon as their last answer is sent once the application starts to shut down', () => {
    const server = s.t.app.getHttpServer() as Server;
    const before = server.keepAliveTimeout;
    s.t.app.get(CloseConnectionsOnShutdown).beforeApplicationShutdown();
    expect(server.keepAliveTimeout).toBeLessThan(100);
    // This suite's app is closed after it; put the setting back for the tests that share nothing else with it.
    server.keepAliveTimeout = before;
  });
});
