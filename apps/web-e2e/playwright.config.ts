import { chromium, defineConfig } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Browser tests against the built product: the API (dist/apps/api/main.js) serving the built web app
 * (dist/apps/web) on one port, on a fresh embedded database. Build both first (`nx run web-e2e:e2e` does).
 */
const workspaceRoot = resolve(__dirname, '../..');
const port = Number(process.env['E2E_PORT'] ?? 4310);
const baseURL = `http://127.0.0.1:${port}`;

// One fresh data directory per run; worker processes inherit it through the environment.
const dataDir = (process.env['IPGN_E2E_DATA_DIR'] ??= mkdtempSync(join(tmpdir(), 'ipgn-e2e-')));

function chromiumExecutable(): string | undefined {
  const fromEnv = process.env['CHROME_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, but no browser exists there.`);
    return fromEnv;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return undefined; // Playwright's own browser
  throw new Error(
    "No Chromium found for the browser tests. Install Debian's (`apt-get install -y chromium fonts-noto-cjk`) " +
      'or set CHROME_PATH to a Chromium/Chrome executable.',
  );
}

for (const built of ['dist/apps/api/main.js', 'dist/apps/web/index.html']) {
  if (!existsSync(join(workspaceRoot, built))) {
    throw new Error(`${built} is missing: build first (npx nx run-many -t build -p api web).`);
  }
}

export default defineConfig({
  testDir: './src',
  // Per port, so that two runs side by side (e.g. E2E_PORT=4311) do not delete each other's artifacts.
  outputDir: join(workspaceRoot, `dist/.playwright/web-e2e/test-output-${port}`),
  fullyParallel: false,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  // Every test is a user journey (sign-up, several pages, often a second browser context). On CI's 2 busy cores they
  // take 1–2 minutes; a 60 s default failed journeys that were walking fine (foundation at 1.0 min, form walk at 1.1).
  // Longer journeys raise it further with test.setTimeout; expect() keeps its own 10 s, so a real hang still fails fast.
  timeout: 180_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: join(workspaceRoot, 'dist/e2e-results.json') }]],
  use: {
    baseURL,
    locale: 'ja-JP',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: chromiumExecutable(),
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
  ],
  webServer: {
    // `env -u` so that a DATABASE_URL in the caller's environment cannot point the tests at a real server;
    // the working directory is the temp dir so that no ./.env or ./data of the checkout is used.
    command: `env -u DATABASE_URL node ${join(workspaceRoot, 'dist/apps/api/main.js')}`,
    cwd: dataDir,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      PGLITE_DIR: join(dataDir, 'pglite'),
      DATA_DIR: dataDir,
      SEED_DEMO: 'false',
      WEB_DIST_DIR: join(workspaceRoot, 'dist/apps/web'),
      // The industry benchmark's snapshot job, daily in production, every few seconds here (benchmark.spec.ts).
      BENCHMARK_SNAPSHOT_INTERVAL_SECONDS: '3',
    },
  },
});
