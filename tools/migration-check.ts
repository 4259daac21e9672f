// Fails when the TypeORM entities and the committed migrations disagree (schema drift): applies every
// migration to an empty database, then asks TypeORM what it would still change. Uses a fresh database on
// the server at DATABASE_URL when set (dropped afterwards), otherwise a throwaway embedded PGlite.
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../apps/api/src/database/data-source-options';
import { startEmbeddedPostgres } from '../apps/api/src/database/embedded-postgres';

async function withDatabase<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const serverUrl = process.env['DATABASE_URL'];
  if (serverUrl) {
    const name = `ipgn_drift_${randomBytes(4).toString('hex')}`;
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    try {
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      return await fn(url.toString());
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'ipgn-drift-'));
  const embedded = await startEmbeddedPostgres(join(dir, 'pg'), 2);
  try {
    return await fn(embedded.url);
  } finally {
    await embedded.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const pending = await withDatabase(async (url) => {
    const ds = new DataSource(dataSourceOptions(url, 1));
    await ds.initialize();
    try {
      await ds.runMigrations({ transaction: 'each' });
      const sql = await ds.driver.createSchemaBuilder().log();
      return sql.upQueries.map((q) => q.query);
    } finally {
      await ds.destroy();
    }
  });
  if (pending.length > 0) {
    console.error(
      'Schema drift: the entities need changes that no migration makes:\n' + pending.map((q) => `  ${q}`).join('\n'),
    );
    console.error('\nGenerate a migration: npm run migration:generate -- <name>');
    process.exit(1);
  }
  console.log('migration check: entities and migrations agree');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
