// Process and database plumbing shared by every benchmark that runs the built API in its own process.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';

export const ROOT = join(__dirname, '../../..');
export const API_MAIN = process.env['BENCH_API_MAIN'] ?? join(ROOT, 'dist/apps/api/main.js');

/** DATABASE_URL when given, else a new database `ipgn_bench_<prefix>_<time>` on the local server (dropped by nobody: benchmarks keep their data for a look afterwards). */
export async function freshDatabase(prefix: string): Promise<{ url: string; name: string }> {
  const given = process.env['DATABASE_URL'];
  if (given) return { url: given, name: new URL(given).pathname.slice(1) };
  const admin = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
  await admin.connect();
  const name = `ipgn_bench_${prefix}_${Date.now()}`;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return { url: `postgres://postgres@127.0.0.1:5432/${name}`, name };
}

/** Starts `node <args>` and resolves when `ready` appears on its stdout or, without `ready`, when `url` answers 200. */
export function startProcess(
  args: string[],
  env: Record<string, string>,
  ready: RegExp | null,
  url: string,
): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}`)));
    if (ready) child.stdout?.on('data', (d: Buffer) => ready.test(d.toString()) && resolve(child));
    else child.stdout?.resume();
    const poll = async () => {
      for (let i = 0; i < 120; i++) {
        try {
          if ((await fetch(url)).ok) return resolve(child);
        } catch {
          // not up yet
        }
        await new Promise((r) => setTimeout(r, 500));
      }
      reject(new Error(`${url} did not come up`));
    };
    if (!ready) void poll();
  });
}

/** The built API (API_MAIN) in its own process, resolved once `health` answers 200. */
export function startApi(env: Record<string, string>, health: string): Promise<ChildProcess> {
  return startProcess([API_MAIN], env, null, health);
}
