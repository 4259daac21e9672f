import type { Server } from 'node:http';
import { useTestApp } from '../../test/support/use-test-app';
import { KEEP_ALIVE_TIMEOUT_MS } from './create-app';

describe('the HTTP server keeps idle connections longer than clients and balancers do', () => {
  const s = useTestApp();

  it('sets keep-alive above the usual 60 s client idle timeout, with the header timeout above it', () => {
    const server = s.t.app.getHttpServer() as Server;
    expect(server.keepAliveTimeout).toBe(KEEP_ALIVE_TIMEOUT_MS);
    expect(KEEP_ALIVE_TIMEOUT_MS).toBeGreaterThan(60_000);
    expect(server.headersTimeout).toBeGreaterThan(server.keepAliveTimeout);
  });
});
