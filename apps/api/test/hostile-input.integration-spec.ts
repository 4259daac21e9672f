// Replays the hostile inputs of issue 16 against the real app and asserts the answer AND that /api/health stays
// fast meanwhile. Every hostile file is generated here (no binary fixtures). Timings are printed for the report.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { publicUrl } from '../src/common/http/public-url';
import { SessionEntity } from '../src/modules/auth/entities/session.entity';
import { DatabaseProxy } from './db-proxy';
import { probeHealthDuring } from './health-probe';
import { loopingPagesPdf, manyPagePdf, zipBombDocx } from './hostile-files';
import { createTestApp, DEFAULT_PASSWORD, TestContext, uniqueEmail, type Client } from './test-app';
import { useTestApp } from './support/use-test-app';

// The machine running CI is shared and small, and this client runs in the API's own process: the target is
// p99 < 100 ms (measured by tools/soak); this test fails on a stall (the 25-minute block and the 11.7 s stall it
// replaces), not on scheduler noise.
const HEALTH_P99_BUDGET_MS = 2000;
const measured: Record<string, string> = {};

describe('hostile input (issue 16)', () => {
  // A generous time cap: on a loaded 2-core machine starting a TypeScript child alone can take seconds; the
  // caps under test here are pages, bytes and structure (the time cap has its own test in libs/document-text).
  const s = useTestApp({ EXTRACTION_TIMEOUT_MS: '60000' });
  let owner: Client;
  let orgId: string;

  beforeAll(async () => {
    ({ owner, orgId } = await s.ctx.newOrganization('攻撃耐性テスト株式会社'));
  });
  afterAll(() => {
    process.stdout.write(
      `\nhostile-input measurements:\n${Object.entries(measured)
        .map(([k, v]) => `  ${k}: ${v}`)
        .join('\n')}\n`,
    );
  });

  async function upload(data: Buffer, name: string): Promise<request.Response> {
    const csrf = await owner.refreshCsrf();
    return owner.agent
      .post(`/api/orgs/${orgId}/disclosures/upload`)
      .set('x-csrf-token', csrf)
      .set('accept-language', 'en')
      .field('title', 'hostile')
      .field('documentType', 'other')
      .attach('file', data, name);
  }

  async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    const { result, health } = await probeHealthDuring(s.t.app, work());
    measured[label] =
      `rejected in ${Math.round(performance.now() - started)} ms; health p50 ${health.p50} / p99 ${health.p99} / max ${health.max} ms over ${health.samples} probes`;
    expect(health.failures).toBe(0);
    expect(health.p99).toBeLessThan(HEALTH_P99_BUDGET_MS);
    return result;
  }

  describe('uploads are read off the main thread with caps checked while reading', () => {
    it('refuses a 48,000-page PDF (4.3 MB, one shared content stream) with 413 naming the page cap', async () => {
      const pdf = manyPagePdf(48_000);
      expect(pdf.length).toBeLessThan(5 * 1024 * 1024);
      const res = await timed('48,000-page PDF', () => upload(pdf, 'pages.pdf'));
      expect(res.status).toBe(413);
      expect(res.body).toMatchObject({
        code: 'DOCUMENT_LIMIT_EXCEEDED',
        errors: [{ field: 'file', code: 'fileLimitExceeded' }],
      });
      expect(res.body.message).toContain('500 pages');
      expect(res.body.requestId).toMatch(/\S/);
    }, 60_000);

    it('refuses a ZIP-bomb DOCX (1.3 MB unpacking to 420 MB) with 413 naming the uncompressed cap', async () => {
      const bomb = zipBombDocx(420);
      expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
      const res = await timed('ZIP-bomb DOCX (420 MB)', () => upload(bomb, 'bomb.docx'));
      expect(res.status).toBe(413);
      expect(res.body).toMatchObject({
        code: 'DOCUMENT_LIMIT_EXCEEDED',
        errors: [{ field: 'file', code: 'fileLimitExceeded' }],
      });
      expect(res.body.message).toContain('32 MB per part, uncompressed');
    }, 60_000);

    it('answers 400 for a PDF whose page tree loops and for a text file renamed .pdf', async () => {
      const loop = await timed('looping page tree', () => upload(loopingPagesPdf(), 'loop.pdf'));
      expect(loop.status).toBe(400);
      expect(loop.body.code).toBe('DOCUMENT_CORRUPT');
      const renamed = await upload(Buffer.from('Our patents protect the Xylo device.'), 'report.pdf');
      expect(renamed.status).toBe(400);
      expect(renamed.body).toMatchObject({
        code: 'DOCUMENT_TYPE_MISMATCH',
        errors: [{ field: 'file', code: 'fileTypeMismatch' }],
      });
      expect(renamed.body.message).toMatch(/一致しません/); // the owner's saved language is Japanese
    }, 60_000);

    it('queues a burst of hostile uploads and refuses the excess with 503 and Retry-After', async () => {
      const bomb = zipBombDocx(100);
      const results = await timed('burst of 8 ZIP bombs', () =>
        Promise.all(Array.from({ length: 8 }, () => upload(bomb, 'bomb.docx'))),
      );
      const statuses = results.map((r) => r.status).sort();
      expect(statuses.every((s) => s === 413 || s === 503)).toBe(true);
      const busy = results.filter((r) => r.status === 503);
      expect(busy.length).toBeGreaterThan(0);
      expect(busy[0].body.code).toBe('EXTRACTION_BUSY');
      expect(Number(busy[0].headers['retry-after'])).toBeGreaterThan(0);
      expect(results.filter((r) => r.status === 413).length).toBeGreaterThan(0);
    }, 120_000);
  });

  describe('JSON bodies are bounded before validation', () => {
    const routes = () => [
      { client: s.ctx.client(), path: '/api/public/workshops/join' },
      { client: s.ctx.client(), path: '/api/auth/login' },
      { client: owner, path: `/api/orgs/${orgId}`, method: 'patch' as const },
    ];
    const deep = (levels: number) => `{"code":"ABC123","x":${'['.repeat(levels)}${']'.repeat(levels)}}`;
    const huge = `{"code":"ABC123","unknown":[${'0,'.repeat(499_999)}0]}`;

    async function raw(
      client: Client,
      method: 'post' | 'patch',
      path: string,
      body: string,
    ): Promise<request.Response> {
      const csrf = await client.refreshCsrf();
      return client.agent[method](path)
        .set('x-csrf-token', csrf)
        .set('content-type', 'application/json')
        .set('accept-language', 'en')
        .send(body);
    }

    it('answers 400 JSON_TOO_COMPLEX for deep (64, 10,000, 400,000 levels) and huge (500,000 elements) bodies on every route', async () => {
      for (const { client, path, method } of routes()) {
        for (const body of [deep(64), deep(10_000), deep(400_000).slice(0, 1_000_000), huge]) {
          const res = await raw(client, method ?? 'post', path, body);
          expect({ path, status: res.status, code: res.body.code }).toEqual({
            path,
            status: 400,
            code: 'JSON_TOO_COMPLEX',
          });
          expect(res.body.requestId).toMatch(/\S/);
        }
        const broken = await raw(client, method ?? 'post', path, '{"code":');
        expect(broken.body.code).toBe('INVALID_JSON');
      }
    }, 60_000);

    it('keeps health fast while 20 anonymous huge bodies arrive at once', async () => {
      const results = await timed('20 concurrent 1 MB JSON bodies (500,000 elements)', () =>
        Promise.all(Array.from({ length: 20 }, () => raw(s.ctx.client(), 'post', '/api/public/workshops/join', huge))),
      );
      expect(results.map((r) => r.status)).toEqual(Array(20).fill(400));
    }, 60_000);

    it('answers 413 with a request id for a body over the size limit', async () => {
      const res = await raw(
        s.ctx.client(),
        'post',
        '/api/auth/login',
        JSON.stringify({ email: 'a@example.test', password: 'x'.repeat(2 * 1024 * 1024) }),
      );
      expect(res.status).toBe(413);
      expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
      expect(res.body.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.headers['x-request-id']).toBe(res.body.requestId);
    });
  });

  describe('strings', () => {
    it('refuses NUL and lone surrogates with 400 naming the field, and accepts U+FFFE', async () => {
      const bad = ['名前\u0000', 'a\uD800b', '\uDC00'];
      for (const legalNameJa of bad) {
        const res = await owner.patch(`/api/orgs/${orgId}`, { legalNameJa });
        expect({ status: res.status, code: res.body.code, errors: res.body.errors }).toEqual({
          status: 400,
          code: 'INVALID_CHARACTERS',
          errors: [expect.objectContaining({ field: 'legalNameJa', code: 'invalidCharacters' })],
        });
      }
      for (const displayName of bad) {
        const res = await owner.patch('/api/auth/me', { displayName });
        expect([res.status, res.body.code]).toEqual([400, 'INVALID_CHARACTERS']);
      }
      const join = await s.ctx
        .client()
        .post('/api/public/workshops/join', { code: 'ABC123', department: 'legal', displayName: 'x\u0000' });
      expect([join.status, join.body.code]).toEqual([400, 'INVALID_CHARACTERS']);
      const nonCharacter = await owner.patch(`/api/orgs/${orgId}`, { legalNameJa: '知財\uFFFE株式会社' });
      expect(nonCharacter.status).toBe(200);
      const emoji = await owner.patch('/api/auth/me', { displayName: '知財😀' });
      expect([emoji.status, emoji.body.displayName]).toEqual([200, '知財😀']);
    });
  });

  describe('accounts', () => {
    const outbox = (): Array<{ to: string; kind: string; text: string }> =>
      readFileSync(join(s.t.config.DATA_DIR, 'outbox.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
    const tokenOf = (mail: { text: string }) => decodeURIComponent(String(mail.text).match(/token=([^\s]+)/)![1]);

    it('builds reset links from configuration, never from the Host header', async () => {
      const { owner: victim } = await s.ctx.newOrganization();
      const email = victim.user!.email;
      const csrf = await victim.refreshCsrf();
      const res = await victim.agent
        .post('/api/auth/password-reset/request')
        .set('host', 'evil.example')
        .set('x-forwarded-host', 'evil.example')
        .set('x-csrf-token', csrf)
        .send({ email });
      expect(res.status).toBe(202);
      const mail = outbox()
        .filter((m) => m.to === email && m.kind === 'password-reset')
        .pop()!;
      expect(mail.text).not.toContain('evil.example');
      expect(mail.text).toContain(`${publicUrl(s.t.config)}/reset-password?token=`);
    });

    it('a completed reset revokes every other reset token and every session', async () => {
      const { owner: victim } = await s.ctx.newOrganization();
      const email = victim.user!.email;
      const anon = s.ctx.client();
      expect((await anon.post('/api/auth/password-reset/request', { email })).status).toBe(202);
      const first = tokenOf(
        outbox()
          .filter((m) => m.to === email)
          .pop()!,
      );
      expect((await anon.post('/api/auth/password-reset/request', { email })).status).toBe(202);
      const second = tokenOf(
        outbox()
          .filter((m) => m.to === email)
          .pop()!,
      );
      expect(second).not.toBe(first);
      expect(
        (await anon.post('/api/auth/password-reset/confirm', { token: second, password: 'a new password 1' })).status,
      ).toBe(204);
      const old = await anon.post('/api/auth/password-reset/confirm', {
        token: first,
        password: 'an attacker password',
      });
      expect([old.status, old.body.code]).toEqual([400, 'INVALID_TOKEN']);
      expect((await victim.get('/api/auth/me')).status).toBe(401);
      expect(await s.t.db.getRepository(SessionEntity).countBy({ userId: victim.user!.id })).toBe(0);
      expect((await s.ctx.client().post('/api/auth/login', { email, password: 'a new password 1' })).status).toBe(200);
    });

    it('limits sign-in per account across addresses and per address across accounts, in the shared store', async () => {
      const strict = await createTestApp({ LOGIN_ACCOUNT_LIMIT: '3', LOGIN_ADDRESS_LIMIT: '5' });
      try {
        const c = new TestContext(strict.app).client('en');
        const run = `${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
        const login = async (email: string, from: string) => {
          const csrf = await c.refreshCsrf();
          return c.agent
            .post('/api/auth/login')
            .set('x-forwarded-for', from)
            .set('x-csrf-token', csrf)
            .send({ email, password: 'wrong password' });
        };
        // One account from many addresses.
        const victim = uniqueEmail('victim');
        const perAccount: number[] = [];
        for (let i = 0; i < 5; i++) perAccount.push((await login(victim, `10.${run}.${i + 1}`)).status);
        expect(perAccount).toEqual([401, 401, 401, 429, 429]);
        // One address trying many accounts.
        const perAddress: request.Response[] = [];
        for (let i = 0; i < 7; i++) perAddress.push(await login(uniqueEmail('spray'), `10.${run}.200`));
        expect(perAddress.map((r) => r.status)).toEqual([401, 401, 401, 401, 401, 429, 429]);
        expect(Number(perAddress[5].headers['retry-after'])).toBeGreaterThan(0);
        expect(perAddress[5].body.requestId).toMatch(/\S/);
      } finally {
        await strict.close();
      }
    }, 60_000);
  });

  describe('a database outage', () => {
    it('is 503 with Retry-After for signed-in requests (never 401), and the session works again afterwards', async () => {
      const target = new URL(process.env['TEST_DATABASE_URL']!);
      const proxy = new DatabaseProxy({ host: target.hostname, port: Number(target.port) });
      await proxy.up();
      const app = await createTestApp(
        { DATABASE_URL: proxy.urlFor(target.toString()) },
        proxy.urlFor(target.toString()),
      );
      try {
        const c = new TestContext(app.app).client('en');
        const signup = await c.post('/api/auth/signup', {
          email: uniqueEmail('outage'),
          password: DEFAULT_PASSWORD,
          displayName: 'Outage',
        });
        expect(signup.status).toBe(201);
        expect((await c.get('/api/auth/me')).status).toBe(200);

        await proxy.down();
        const me = await c.get('/api/auth/me');
        expect({ status: me.status, code: me.body.code }).toEqual({ status: 503, code: 'DATABASE_UNAVAILABLE' });
        expect(Number(me.headers['retry-after'])).toBeGreaterThan(0);
        expect(me.body.requestId).toMatch(/\S/);
        const health = await request(app.app.getHttpServer()).get('/api/health');
        expect(health.status).toBe(503);
        expect(health.headers['retry-after']).toBeDefined();

        await proxy.up();
        let again = await c.get('/api/auth/me');
        for (let i = 0; i < 20 && again.status === 503; i++) {
          await new Promise((r) => setTimeout(r, 100));
          again = await c.get('/api/auth/me');
        }
        expect(again.status).toBe(200);
      } finally {
        await app.close();
        await proxy.down();
      }
    }, 60_000);
  });
});
