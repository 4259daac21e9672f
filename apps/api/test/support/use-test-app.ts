import type request from 'supertest';
import { createTestApp, TestContext, type TestApp } from '../test-app';

/** The application of one `describe` block: started before its tests, closed after them. */
export interface Suite {
  /** The running app, its config and DataSource. Read inside tests and hooks only (it starts in `beforeAll`). */
  readonly t: TestApp;
  /** Factories for organizations, users and signed-in clients on that app. */
  readonly ctx: TestContext;
}

/**
 * The preamble every API integration spec shares: call it at the top of a `describe` to get the real application
 * (same modules, pipes and guards as production) on the test database, closed when the block ends.
 * `options.database` gives the URL of another database instead (e.g. an empty one: support/empty-database.ts).
 */
export function useTestApp(
  env: Record<string, string> = {},
  options: { database?: () => Promise<string> } = {},
): Suite {
  let app: TestApp | undefined;
  let context: TestContext | undefined;
  beforeAll(async () => {
    app = await createTestApp(env, options.database ? await options.database() : undefined);
    context = new TestContext(app.app);
  });
  afterAll(() => app?.close());
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useTestApp: the app starts in beforeAll; read it inside a test or hook');
    return value;
  };
  return {
    get t() {
      return started(app);
    },
    get ctx() {
      return started(context);
    },
  };
}

/** Parses a binary response body (supertest leaves unknown types unparsed otherwise). */
export function binary(req: request.Test): request.Test {
  return req.buffer(true).parse((res, cb) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => cb(null, Buffer.concat(chunks)));
  });
}
