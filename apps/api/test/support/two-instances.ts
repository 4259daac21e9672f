import { mkdtempSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import postgres from 'postgres';
import { createApp } from '../../src/bootstrap/create-app';
import { migrate } from '../../src/bootstrap/database';
import { loadConfig } from '../../src/config/app-config';

const SERVER = 'postgres://postgres@127.0.0.1:5432';

export interface ServerDatabase {
  url: string;
  /** Drops the database if this run created it. */
  drop(): Promise<void>;
}

/**
 * A database on a real PostgreSQL server, for specs that need LISTEN/NOTIFY between instances: DATABASE_URL when set
 * (CI), otherwise a fresh migrated database on postgres://postgres@127.0.0.1:5432. Fails, never skips, without one.
 */
export async function serverDatabase(prefix: string): Promise<ServerDatabase> {
  const given = process.env['DATABASE_URL'];
  if (given) return { url: given, drop: async () => undefined };
  const name = `${prefix}_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  try {
    await admin(`CREATE DATABASE ${name}`);
  } catch (error) {
    throw new Error(
      `This test needs a real PostgreSQL server (DATABASE_URL, or ${SERVER} with trust auth): ${String(error)}`,
    );
  }
  const url = `${SERVER}/${name}`;
  await migrate(url);
  return { url, drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function admin(sql: string): Promise<void> {
  const sqlClient = postgres(`${SERVER}/postgres`, { max: 1, connect_timeout: 5, onnotice: () => undefined });
  try {
    await sqlClient.unsafe(sql);
  } finally {
    await sqlClient.end({ timeout: 5 });
  }
}

/** `count` API instances on one database, each listening on a free local port (`env` on top of the test settings). */
export async function startInstances(
  url: string,
  count: number,
  env: Record<string, string> = {},
): Promise<INestApplication[]> {
  const apps: INestApplication[] = [];
  for (let i = 0; i < count; i++) {
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      SEED_DEMO: 'false',
      DB_POOL_SIZE: '4',
      DATABASE_URL: url,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'ipgn-data-')),
      WEB_DIST_DIR: join(tmpdir(), 'no-web-build'),
      LOGIN_THROTTLE_LIMIT: '1000',
      LOGIN_ADDRESS_LIMIT: '100000',
      LOGIN_ACCOUNT_LIMIT: '100000',
      ...env,
    });
    const app = await createApp(config, url, { bufferLogs: false });
    await app.listen(0, '127.0.0.1');
    apps.push(app);
  }
  return apps;
}
