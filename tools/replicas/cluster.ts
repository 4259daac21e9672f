// N API replicas (the built dist/apps/api/main.js) behind HAProxy on one PostgreSQL server (issue 15).
// Used by `npm run replicas` (tools/replicas/run.ts) and the rolling-restart check (tools/replicas/rolling-restart.ts).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
export const API_MAIN = join(ROOT, 'dist/apps/api/main.js');

export interface ClusterOptions {
  replicas: number;
  databaseUrl: string;
  /** The balancer's port; replicas listen on the ports after it. */
  port: number;
  /** How long a replica reports 503 on /api/health before it closes (SHUTDOWN_DRAIN_MS). */
  drainMs: number;
  log?: (line: string) => void;
}

export interface Cluster {
  url: string;
  replicaUrl(i: number): string;
  /** SIGTERM one replica and wait until it has exited (after draining). */
  stop(i: number): Promise<number | null>;
  /** Start replica i again and wait until the balancer sees it healthy. */
  start(i: number): Promise<void>;
  close(): Promise<void>;
}

/** HAProxy: round robin, health checks every 500 ms (out after 2 failures: ~1 s of a replica's 2 s drain), retries a refused connection on another replica, long tunnels for SSE. */
function haproxyConfig(port: number, replicaPorts: number[]): string {
  return [
    'global',
    '  maxconn 4096',
    'defaults',
    '  mode http',
    '  timeout connect 2s',
    '  timeout client 60s',
    '  timeout server 60s',
    // A health check waits behind real requests for a pooled connection: on a loaded box that takes > 500 ms.
    '  timeout check 2s',
    // An event stream is a long-lived response: let it live as long as the client keeps it.
    '  timeout tunnel 1h',
    '  option http-server-close',
    '  retries 3',
    '  option redispatch 1',
    // A replica that refuses or drops a connection before answering (stopping) → the request goes to another one.
    '  retry-on conn-failure empty-response 503',
    'frontend web',
    `  bind 127.0.0.1:${port}`,
    '  default_backend api',
    'backend api',
    '  balance roundrobin',
    '  option httpchk GET /api/health',
    '  http-check expect status 200',
    ...replicaPorts.map((p, i) => `  server api${i + 1} 127.0.0.1:${p} check inter 500ms fall 2 rise 2`),
    '',
  ].join('\n');
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  if (!existsSync(API_MAIN)) throw new Error('dist/apps/api/main.js is missing: build first (npx nx run api:build).');
  if (spawnSync('haproxy', ['-v']).status !== 0)
    throw new Error('haproxy is not installed (Debian: apt-get install haproxy).');
  const log = options.log ?? (() => undefined);
  const replicaPorts = Array.from({ length: options.replicas }, (_, i) => options.port + 1 + i);
  const dir = mkdtempSync(join(tmpdir(), 'ipgn-replicas-'));
  // Shared by every replica: a CSRF token issued by one must hold on the others (sessions are in PostgreSQL).
  const csrfSecret = randomBytes(32).toString('hex');
  const procs: (ChildProcess | null)[] = replicaPorts.map(() => null);
  const replicaUrl = (i: number) => `http://127.0.0.1:${replicaPorts[i]}`;

  const start = async (i: number) => {
    const child = spawn(process.execPath, [API_MAIN], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PORT: String(replicaPorts[i]),
        HOST: '127.0.0.1',
        DATABASE_URL: options.databaseUrl,
        PUBLIC_URL: `http://127.0.0.1:${options.port}`,
        CSRF_SECRET: csrfSecret,
        SEED_DEMO: 'false',
        LOG_LEVEL: 'warn',
        DATA_DIR: join(dir, `replica-${i + 1}`),
        SHUTDOWN_DRAIN_MS: String(options.drainMs),
        LOGIN_ADDRESS_LIMIT: process.env['LOGIN_ADDRESS_LIMIT'] ?? '100000',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    procs[i] = child;
    child.on('exit', (code, signal) => log(`replica ${i + 1} exited (${signal ?? code})`));
    // Boot (Nest, pools, migrations check) took over 60 s once at load average 28 on 2 shared cores.
    await waitFor(async () => (await fetch(`${replicaUrl(i)}/api/health`)).ok, 120_000, `replica ${i + 1}`);
    log(`replica ${i + 1} up on ${replicaUrl(i)}`);
  };

  // One after another: each runs the migrations at boot, and the first one applies them.
  for (let i = 0; i < options.replicas; i++) await start(i);
  const cfg = join(dir, 'haproxy.cfg');
  writeFileSync(cfg, haproxyConfig(options.port, replicaPorts));
  const haproxy = spawn('haproxy', ['-db', '-f', cfg], { stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${options.port}`;
  await waitFor(async () => (await fetch(`${url}/api/health`)).ok, 20_000, 'the balancer');
  log(`balancer up on ${url} (config ${cfg})`);

  return {
    url,
    replicaUrl,
    stop: (i) =>
      new Promise((resolve) => {
        const child = procs[i];
        if (!child || child.exitCode !== null) return resolve(child?.exitCode ?? null);
        child.once('exit', (code) => resolve(code));
        child.kill('SIGTERM');
      }),
    start: async (i) => {
      await start(i);
      // The balancer marks it up after `rise 2` checks.
      await new Promise((r) => setTimeout(r, 1_500));
    },
    close: async () => {
      haproxy.kill('SIGTERM');
      for (const child of procs) if (child && child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
