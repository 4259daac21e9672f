import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source-options';
import { startEmbeddedPostgres } from '../database/embedded-postgres';

export interface Database {
  url: string;
  embedded: boolean;
  /** Connections the app's pool may open: always 1 on the embedded database (see below). */
  poolSize: number;
  stop(): Promise<void>;
}

/**
 * PGlite is one PostgreSQL backend in single-user mode; pglite-socket multiplexes connections onto it, and
 * concurrent extended-protocol queries from different connections can interleave (electric-sql/pglite#1046:
 * wrong results, "unnamed prepared statement does not exist"). One pooled connection serialises them in the
 * pool instead — no throughput is lost, PGlite runs one query at a time anyway.
 */
export const EMBEDDED_POOL_SIZE = 1;

/** A real server when DATABASE_URL is set, else the embedded PostgreSQL on PGLITE_DIR. */
export async function openDatabase(config: AppConfig): Promise<Database> {
  if (config.DATABASE_URL)
    return { url: config.DATABASE_URL, embedded: false, poolSize: config.DB_POOL_SIZE, stop: async () => undefined };
  // One more connection than the pool, for the migration run that happens before the app's pool opens.
  const embedded = await startEmbeddedPostgres(config.PGLITE_DIR, EMBEDDED_POOL_SIZE + 1);
  return { url: embedded.url, embedded: true, poolSize: EMBEDDED_POOL_SIZE, stop: embedded.stop };
}

/** Applies every pending migration; the schema is never synchronised from entities. */
export async function migrate(url: string): Promise<string[]> {
  const ds = new DataSource({ ...dataSourceOptions(url, 1) });
  await ds.initialize();
  try {
    const applied = await ds.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}
