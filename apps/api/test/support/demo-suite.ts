import { DemoSeeder, type DemoCredential } from '../../src/modules/demo/demo-seeder';
import { emptyDatabase, type EmptyDatabase } from './empty-database';
import { useTestApp, type Suite } from './use-test-app';

export interface DemoSuite {
  readonly s: Suite;
  /** The accounts the seed printed (read inside tests and hooks). */
  readonly credentials: DemoCredential[];
  /** A persona's printed password. */
  passwordOf(email: string): string;
}

/**
 * `npm start`'s demo on a database of its own: the app on an empty database, seeded through the services in
 * `beforeAll` (the seeding time is printed, to be read off a run), the database dropped after the block.
 */
export function useDemoSuite(): DemoSuite {
  let database: EmptyDatabase | undefined;
  const s = useTestApp({}, { database: async () => (database = await emptyDatabase()).url });
  afterAll(async () => database?.drop());
  let credentials: DemoCredential[] = [];
  beforeAll(async () => {
    const started = Date.now();
    credentials = (await s.t.app.get(DemoSeeder).seedIfEmpty()) ?? [];
    process.stdout.write(`demo seed took ${Date.now() - started} ms\n`);
  }, 120_000);
  return {
    s,
    get credentials() {
      return credentials;
    },
    passwordOf: (email) => credentials.find((c) => c.email === email)?.password ?? '',
  };
}
