import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { DataDirectoryInUseError, startEmbeddedPostgres } from './embedded-postgres';

const API_ROOT = resolve(__dirname, '../..');
const TSX = resolve(API_ROOT, '../../node_modules/.bin/tsx');
const CHILD = join(API_ROOT, 'test/embedded-postgres-child.ts');

interface Opened {
  child: ChildProcess;
  /** `READY <url>`, `IN_USE <message>` or `ERROR <message>`. */
  line: string;
}

/** Opens the embedded database on `dir` in another process, as a second `npm start` would. */
function open(dir: string): Promise<Opened> {
  return new Promise((done, fail) => {
    const child = spawn(TSX, [CHILD, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) done({ child, line: out.split('\n')[0] });
    });
    child.once('error', fail);
    child.once('exit', (code) => fail(new Error(`child exited (${String(code)}) before reporting: ${out}`)));
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((done) => {
    child.once('exit', (code) => done(code));
    child.kill('SIGTERM');
  });
}

async function query<T>(url: string, sql: string): Promise<T> {
  const ds = new DataSource({ type: 'postgres', url, extra: { max: 1 } });
  await ds.initialize();
  try {
    return (await ds.query(sql)) as T;
  } finally {
    await ds.destroy();
  }
}

describe('embedded PostgreSQL (PGlite) data directory', () => {
  const root = mkdtempSync(join(tmpdir(), 'ipgn-embedded-'));
  const dir = join(root, 'pglite');
  const children: ChildProcess[] = [];

  afterAll(async () => {
    for (const child of children) await stop(child);
    rmSync(root, { recursive: true, force: true });
  });

  jest.setTimeout(60_000);

  it('cannot be opened by a second process while the first has it, and opens again with its data once released', async () => {
    const first = await open(dir);
    children.push(first.child);
    expect(first.line).toMatch(/^READY postgres:\/\/postgres@127\.0\.0\.1:\d+\/postgres$/);
    const url = first.line.slice('READY '.length);
    await query(url, "CREATE TABLE kept AS SELECT 'still here'::text AS v");

    // The lock is checked before PGlite is touched, so a second opener here in the test process is refused at once.
    const second = startEmbeddedPostgres(dir, 2);
    await expect(second).rejects.toBeInstanceOf(DataDirectoryInUseError);
    await expect(second).rejects.toThrow(/directory .*pglite is already in use by another process\..*PGLITE_DIR/);

    expect(await stop(first.child)).toBe(0);
    expect(existsSync(`${dir}.lock`)).toBe(false);

    const third = await open(dir);
    children.push(third.child);
    expect(third.line).toMatch(/^READY /);
    expect(await query(third.line.slice('READY '.length), 'SELECT v FROM kept')).toEqual([{ v: 'still here' }]);
  });
});
