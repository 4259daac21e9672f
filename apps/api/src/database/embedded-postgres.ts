import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import * as lockfile from 'proper-lockfile';

export interface EmbeddedPostgres {
  /** A postgres:// URL that TypeORM's ordinary `postgres` driver connects to. */
  url: string;
  stop(): Promise<void>;
}

export class DataDirectoryInUseError extends Error {
  constructor(dir: string) {
    super(
      `The embedded database directory ${dir} is already in use by another process. ` +
        'Stop the other instance, or set PGLITE_DIR to another directory (or DATABASE_URL to a PostgreSQL server).',
    );
  }
}

/**
 * Starts PostgreSQL compiled to WASM (PGlite) on `dir` and serves it over a loopback socket, so the API uses
 * the same driver, SQL and migrations as against a real server. PGlite itself does not stop a second process
 * from opening the same directory (which corrupts it), so we hold a lock file for as long as we run.
 */
export async function startEmbeddedPostgres(dir: string, maxConnections: number): Promise<EmbeddedPostgres> {
  const dataDir = resolve(dir);
  mkdirSync(dataDir, { recursive: true });
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(dataDir, { stale: 15_000, update: 5_000, lockfilePath: `${dataDir}.lock` });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw new DataDirectoryInUseError(dataDir);
    throw error;
  }
  try {
    const db = await PGlite.create(dataDir);
    // Each socket connection is a session; the pool must never open more than the server accepts.
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections });
    await server.start();
    const conn = server.getServerConn(); // "127.0.0.1:PORT"
    return {
      url: `postgres://postgres@${conn}/postgres`,
      async stop() {
        await server.stop();
        await db.close();
        await release();
      },
    };
  } catch (error) {
    await release();
    throw error;
  }
}
