import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { migrate } from '../../src/bootstrap/database';

const API_ROOT = resolve(__dirname, '../..');
const TSX = resolve(API_ROOT, '../../node_modules/.bin/tsx');
const CHILD = join(API_ROOT, 'test/embedded-postgres-child.ts');

export interface EmptyDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A database of its own, migrated and empty, for a spec that needs nothing else in it (the shared test database
 * holds every other spec's organizations): a new database on the server when the run uses one, else a second
 * embedded PostgreSQL in a child process (PGlite cannot load inside Jest's sandbox).
 */
export async function emptyDatabase(): Promise<EmptyDatabase> {
  const server = process.env['TEST_DATABASE_KIND'] === 'PostgreSQL server' ? process.env['TEST_DATABASE_URL'] : '';
  if (server) {
    const name = `ipgn_empty_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    await adminQuery(server, `CREATE DATABASE ${name}`);
    const url = new URL(server);
    url.pathname = `/${name}`;
    await migrate(url.toString());
    return { url: url.toString(), drop: () => adminQuery(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
  }
  const { child, url } = await embeddedInChild(mkdtempSync(join(tmpdir(), 'ipgn-empty-')));
  await migrate(url);
  return { url, drop: () => stop(child) };
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

function embeddedInChild(dir: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((done, fail) => {
    const child = spawn(TSX, [CHILD, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n')[0] ?? '';
      if (!out.includes('\n')) return;
      if (line.startsWith('READY ')) done({ child, url: line.slice('READY '.length) });
      else fail(new Error(`embedded database did not start: ${line}`));
    });
    child.once('error', fail);
    child.once('exit', (code) => fail(new Error(`embedded database exited (${String(code)}): ${out}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}
