#!/usr/bin/env node
// `npm test`: the whole suite — lint, type checks, unit tests, API integration tests (PostgreSQL at
// DATABASE_URL, else embedded PGlite), the migration drift check, the production build and the browser tests
// (built app on the embedded database), and with a PostgreSQL server and haproxy a rolling restart of two
// replicas. Ends with one line `N passed, N failed` over every test and check.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const env = {
  ...process.env,
  NX_NO_CLOUD: 'true',
  NX_DAEMON: 'false',
  NX_ISOLATE_PLUGINS: 'false',
  NX_TUI: 'false',
  FORCE_COLOR: '0',
};
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const out = 'dist/test-results';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

let passed = 0;
let failed = 0;
const failures = [];
const timings = [];

function run(title, cmd, args, extraEnv = {}) {
  console.log(`\n━━ ${title}\n`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  timings.push(`${title}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return r.status === 0;
}

/** A check that is not a test runner (lint, type check, build, drift) counts as one test. */
function check(title, cmd, args, extraEnv) {
  if (run(title, cmd, args, extraEnv)) passed++;
  else {
    failed++;
    failures.push(title);
  }
}

function jestSuite(title, configs, file) {
  const ok = run(title, npx, [
    'jest',
    '--ci',
    ...configs.flatMap((c) => ['--projects', c]),
    '--json',
    `--outputFile=${join(out, file)}`,
  ]);
  const path = join(out, file);
  if (!existsSync(path)) {
    failed++;
    failures.push(`${title} (no results written)`);
    return;
  }
  const result = JSON.parse(readFileSync(path, 'utf8'));
  passed += result.numPassedTests;
  failed += result.numFailedTests + result.numRuntimeErrorTestSuites;
  if (!ok || result.numFailedTests > 0 || result.numRuntimeErrorTestSuites > 0) failures.push(title);
}

function findJestConfigs(dir, acc = []) {
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) findJestConfigs(path, acc);
    else if (entry === 'jest.config.cts') acc.push(path);
  }
  return acc;
}

function chromiumPath() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : null;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return 'playwright';
}

const unitConfigs = [
  ...findJestConfigs('libs'),
  ...findJestConfigs('apps').filter((c) => !c.includes('web-e2e')),
].sort();

check('Format check (Prettier)', npx, ['prettier', '--check', '.', '--log-level', 'warn']);
check('Lint', npx, ['nx', 'run-many', '-t', 'lint', '--outputStyle=static']);
check('Type check', npx, ['nx', 'run-many', '-t', 'typecheck', '--outputStyle=static']);
jestSuite('Unit tests', unitConfigs, 'unit.json');
jestSuite(
  `API integration tests (${process.env.DATABASE_URL ? 'PostgreSQL server at DATABASE_URL' : 'embedded PGlite'})`,
  ['apps/api/jest.integration.config.cts'],
  'integration.json',
);
check('Migration drift check', npx, ['tsx', 'tools/migration-check.ts'], {
  TSX_TSCONFIG_PATH: 'apps/api/tsconfig.app.json',
});
check('Production build', npx, ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--outputStyle=static'], {
  NODE_ENV: 'production',
});
// First-load JavaScript per page (gzip) from Vite's manifest; FIRST_LOAD_BUDGET_KB sets the ceiling (docs/benchmarks.md).
check('First-load size budget', 'node', ['tools/check-bundle-budget.mjs']);

// Two API replicas behind HAProxy, each restarted (SIGTERM, drain, start) under steady load with a live event
// stream open: no request may fail (issue 15, docs/deployment.md). Needs a PostgreSQL server and haproxy, which
// .ci/run provides; a laptop without them is told so.
const haproxy = spawnSync('haproxy', ['-v'], { stdio: 'ignore' }).status === 0;
if (process.env.DATABASE_URL && haproxy) {
  check('Rolling restart behind HAProxy (2 replicas)', npx, ['tsx', 'tools/replicas/rolling-restart.ts']);
} else {
  console.log(
    `\n━━ Rolling restart behind HAProxy: not run here (needs ${process.env.DATABASE_URL ? '' : 'DATABASE_URL'}${process.env.DATABASE_URL || haproxy ? '' : ' and '}${haproxy ? '' : 'haproxy'}; .ci/run runs it)`,
  );
}

// Browser tests always run the built app on the embedded database, so both database paths are exercised.
const browser = chromiumPath();
if (browser === null) {
  console.error(`\nCHROME_PATH=${process.env.CHROME_PATH} does not exist: the browser tests cannot run.`);
  failed++;
  failures.push('Browser tests (no browser)');
} else {
  const e2eJson = resolve(out, 'e2e.json');
  const e2eEnv = { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson, DATABASE_URL: '' };
  const ok = run(
    'Browser tests (Playwright, Chromium)',
    npx,
    ['playwright', 'test', '-c', 'apps/web-e2e/playwright.config.ts', '--reporter=list,json'],
    e2eEnv,
  );
  if (existsSync(e2eJson)) {
    const stats = JSON.parse(readFileSync(e2eJson, 'utf8')).stats ?? {};
    passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
    failed += stats.unexpected ?? 0;
    if (!ok || (stats.unexpected ?? 0) > 0) failures.push('Browser tests');
    if (!ok && (stats.unexpected ?? 0) === 0) failed++;
  } else {
    failed++;
    failures.push('Browser tests (no results written)');
  }
}

console.log('\n━━ Summary\n');
for (const t of timings) console.log(`  ${t}`);
if (failures.length) console.log(`\n  Failed: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
