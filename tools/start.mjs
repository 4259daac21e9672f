#!/usr/bin/env node
// `npm start`: builds the API and the web app (Nx skips what is up to date) and starts the API, which serves
// the web app on the same port. With no DATABASE_URL it runs on the embedded PostgreSQL in ./data.
// `npm start` is the demo command: it seeds the demo data on an empty database unless SEED_DEMO is set (in the
// environment or in .env). The API on its own never seeds unless asked (SEED_DEMO defaults to false).
// Without SMTP_URL it also starts a local SMTP mail catcher and points the API at it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const env = { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false', NX_ISOLATE_PLUGINS: 'false', NX_TUI: 'false' };
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

console.log('Building the API and the web app…');
const build = spawnSync(npx, ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--outputStyle=static'], {
  stdio: 'inherit',
  env: { ...env, NODE_ENV: 'production' },
});
if (build.status !== 0) {
  console.error('\nThe build failed; see the messages above.');
  process.exit(build.status ?? 1);
}

if (existsSync('.env')) process.loadEnvFile('.env');
const apiEnv = { ...process.env, SEED_DEMO: process.env.SEED_DEMO ?? 'true' };

// Mail: with no SMTP_URL, a local catcher receives what the API sends over real SMTP and prints it here
// (tools/mail-catcher.mjs). If it cannot start, the API's log mailer writes mail to the log instead.
if (!apiEnv.SMTP_URL) {
  try {
    const { startMailCatcher } = await import('./mail-catcher.mjs');
    const catcher = await startMailCatcher(apiEnv.DATA_DIR ?? './data');
    apiEnv.SMTP_URL = catcher.url;
    console.log(`Mail is caught locally (${catcher.url}), printed here and saved in ${catcher.dir}.`);
  } catch (error) {
    console.log(
      `The local mail catcher did not start (${error instanceof Error ? error.message : error}); mail goes to the log.`,
    );
  }
}
const api = spawn(process.execPath, ['--enable-source-maps', 'dist/apps/api/main.js'], {
  stdio: 'inherit',
  env: apiEnv,
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
