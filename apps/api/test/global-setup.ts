import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../src/bootstrap/database';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../src/database/embedded-postgres';

declare global {
  var __EMBEDDED_PG__: EmbeddedPostgres | undefined;
}

/** One database for the whole run, migrated once; each test makes its own organizations and users. */
export default async function globalSetup(): Promise<void> {
  let url = process.env['DATABASE_URL'];
  if (!url) {
    const dir = mkdtempSync(join(tmpdir(), 'ipgn-it-'));
    // Two workers, each with a small pool, plus the migration connection.
    const embedded = await startEmbeddedPostgres(join(dir, 'pg'), 24);
    globalThis.__EMBEDDED_PG__ = embedded;
    url = embedded.url;
  }
  await migrate(url);
  process.env['TEST_DATABASE_URL'] = url;
  process.env['TEST_DATABASE_KIND'] = globalThis.__EMBEDDED_PG__ ? 'embedded PGlite' : 'PostgreSQL server';
}
