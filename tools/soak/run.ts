// Soak test for issue 16 (documented in docs/security.md; NOT part of CI):
//   npm run build first (npx nx run api:build), then
//   SOAK_SECONDS=600 node --import tsx tools/soak/run.ts
// Starts the built API (dist/apps/api/main.js) on a fresh embedded database, then for SOAK_SECONDS runs mixed
// normal traffic (health, me, paste-and-score, list) plus one hostile request per second (48,000-page PDF,
// ZIP-bomb DOCX, looping page tree, deep JSON, huge JSON array, in turn). Prints health p50/p99/max, the API's
// memory high-water mark (VmHWM, children excluded) and restarts (must be 0).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loopingPagesPdf, manyPagePdf, zipBombDocx } from '../../apps/api/test/hostile-files';
import { HttpSession } from '../support/http-session';

const seconds = Number(process.env['SOAK_SECONDS'] ?? 600);
const port = Number(process.env['SOAK_PORT'] ?? 3917);
const base = `http://127.0.0.1:${port}`;

function vmHwmMb(pid: number): number {
  const m = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmHWM:\s+(\d+) kB/);
  return m ? Math.round(Number(m[1]) / 1024) : 0;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ipgn-soak-'));
  const env = {
    ...process.env,
    PORT: String(port),
    PGLITE_DIR: join(dir, 'pg'),
    DATA_DIR: dir,
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    LOGIN_ADDRESS_LIMIT: '100000',
    // The soak's few accounts judge texts in a loop: it measures the API under load, not the per-account budget.
    JUDGE_ACCOUNT_LIMIT: '1000000',
  };
  const api = spawn(process.execPath, ['dist/apps/api/main.js'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  process.on('exit', () => api.kill('SIGKILL'));
  let restarts = 0;
  api.on('exit', (code, signal) => {
    restarts++;
    console.error(`API exited (code ${code}, signal ${signal})`);
  });
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }

  const user = new HttpSession(base);
  const signup = await user.json('POST', '/api/auth/signup', {
    email: `soak-${Date.now()}@example.test`,
    password: 'soak password 123',
    displayName: 'Soak',
    organizationName: '耐久テスト株式会社',
  });
  const orgId = ((await signup.json()) as { memberships: Array<{ organizationId: string }> }).memberships[0]
    .organizationId;

  // Built once: the soak process shares the machine's CPU with the API it measures.
  const pdf = manyPagePdf(48_000);
  const bomb = zipBombDocx(420);
  const loop = loopingPagesPdf();
  const deep = `{"code":"ABC123","x":${'['.repeat(500_000)}}`;
  const huge = `{"code":"ABC123","x":[${'0,'.repeat(499_999)}0]}`;
  const hostile: Array<() => Promise<Response>> = [
    () => upload(user, orgId, pdf, 'pages.pdf'),
    () => upload(user, orgId, bomb, 'bomb.docx'),
    () => upload(user, orgId, loop, 'loop.pdf'),
    () => new HttpSession(base).call('POST', '/api/public/workshops/join', deep, 'application/json'),
    () => new HttpSession(base).call('POST', '/api/public/workshops/join', huge, 'application/json'),
  ];
  // SOAK_HOSTILE=0 gives the baseline (normal traffic only) to compare with.
  if (process.env['SOAK_HOSTILE'] === '0') hostile.length = 0;
  const health: number[] = [];
  const statuses = new Map<string, number>();
  const count = (k: string) => statuses.set(k, (statuses.get(k) ?? 0) + 1);
  const end = Date.now() + seconds * 1000;
  let hwm = 0;
  let n = 0;
  const loops = [
    (async () => {
      while (Date.now() < end) {
        const t = performance.now();
        try {
          const r = await fetch(`${base}/api/health`);
          count(`health ${r.status}`);
        } catch {
          count('health unreachable');
        }
        health.push(performance.now() - t);
        if (api.pid && api.exitCode === null) hwm = Math.max(hwm, vmHwmMb(api.pid));
        await new Promise((r) => setTimeout(r, 50));
      }
    })(),
    (async () => {
      while (Date.now() < end) {
        const r = await user.json('POST', `/api/orgs/${orgId}/disclosures`, {
          title: 'soak',
          documentType: 'other',
          text: '当社は知財戦略委員会を年4回開催し、特許1,200件を保有しています。',
        });
        count(`score ${r.status}`);
        count(`me ${(await user.call('GET', '/api/auth/me')).status}`);
        count(`list ${(await user.call('GET', `/api/orgs/${orgId}/disclosures`)).status}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    })(),
    (async () => {
      while (Date.now() < end && hostile.length > 0) {
        const next = hostile[n++ % hostile.length];
        void next().then(
          (r) => count(`hostile ${r.status}`),
          () => count('hostile error'),
        );
        await new Promise((r) => setTimeout(r, 1000));
      }
    })(),
  ];
  await Promise.all(loops);
  const sorted = health.sort((a, b) => a - b);
  const pct = (p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))]);
  console.log(
    `\nsoak ${seconds} s: health p50 ${pct(0.5)} ms, p99 ${pct(0.99)} ms, max ${pct(1)} ms over ${sorted.length} probes`,
  );
  console.log(`API memory high-water mark (VmHWM): ${hwm} MB; restarts: ${restarts}`);
  console.log([...statuses].map(([k, v]) => `  ${k}: ${v}`).join('\n'));
  api.kill('SIGTERM');
  process.exit(restarts === 0 && pct(0.99) < 100 ? 0 : 1);
}

function upload(s: HttpSession, orgId: string, data: Buffer, name: string): Promise<Response> {
  const form = new FormData();
  form.set('title', 'hostile');
  form.set('documentType', 'other');
  form.set('file', new Blob([data]), name);
  return s.call('POST', `/api/orgs/${orgId}/disclosures/upload`, form);
}

void main();
