// `npm run replicas -- [N]`: N API replicas (default 2) behind HAProxy on http://127.0.0.1:4400, one PostgreSQL
// server (DATABASE_URL, required). Build first: npx nx run-many -t build -p api web. Ctrl-C stops everything.
// A replica can be restarted by hand with `kill -TERM <pid>`; see docs/deployment.md.
import { startCluster } from './cluster';

async function main(): Promise<void> {
  const databaseUrl = process.env['DATABASE_URL'];
  if (!databaseUrl)
    throw new Error('Set DATABASE_URL to a PostgreSQL server (replicas cannot share the embedded database).');
  const replicas = Number(process.argv[2] ?? 2);
  const port = Number(process.env['REPLICAS_PORT'] ?? 4400);
  const cluster = await startCluster({
    replicas,
    databaseUrl,
    port,
    drainMs: Number(process.env['SHUTDOWN_DRAIN_MS'] ?? 2_000),
    log: (l) => console.log(`  ${l}`),
  });
  console.log(`\n  ${replicas} replicas behind ${cluster.url} — Ctrl-C to stop.\n`);
  const stop = () => void cluster.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
