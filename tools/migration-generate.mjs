#!/usr/bin/env node
// `npm run migration:generate -- <name>`: writes a migration for whatever the entities changed, generated
// against DATABASE_URL (a scratch database on a PostgreSQL server with every existing migration applied).
import { spawnSync } from 'node:child_process';

const name = process.argv[2];
if (!name || !process.env.DATABASE_URL) {
  console.error('usage: DATABASE_URL=postgres://… npm run migration:generate -- <kebab-case-name>');
  process.exit(2);
}
const env = { ...process.env, TSX_TSCONFIG_PATH: 'apps/api/tsconfig.app.json' };
const cli = ['tsx', 'node_modules/typeorm/cli.js'];
const ds = ['-d', 'apps/api/src/database/data-source.cli.ts'];
for (const args of [
  [...cli, 'migration:run', ...ds],
  [...cli, 'migration:generate', `apps/api/src/database/migrations/${name}`, ...ds],
]) {
  const r = spawnSync('npx', args, { stdio: 'inherit', env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
console.log('Now add the new class to apps/api/src/database/migrations/index.ts.');
