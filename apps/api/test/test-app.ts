import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { CurrentUser, OrganizationRole } from '@ipgn/contracts';
import { loadConfig, type AppConfig } from '../src/config/app-config';
import { createApp } from '../src/bootstrap/create-app';
import { DataSource } from 'typeorm';

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  db: DataSource;
  close(): Promise<void>;
}

/** The real application (same module, pipes, guards, filters as production) on the test database. */
export async function createTestApp(env: Record<string, string> = {}, databaseUrl?: string): Promise<TestApp> {
  const url = databaseUrl ?? process.env['TEST_DATABASE_URL'];
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run through jest.integration.config.cts');
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    // On the embedded database one connection, as in production (see bootstrap/database.ts).
    DB_POOL_SIZE: process.env['TEST_DATABASE_KIND'] === 'embedded PGlite' ? '1' : '4',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'ipgn-data-')),
    WEB_DIST_DIR: join(tmpdir(), 'no-web-build'),
    LOGIN_THROTTLE_LIMIT: '1000',
    // The shared counters live in the database and every test signs in from 127.0.0.1.
    LOGIN_ACCOUNT_LIMIT: '100000',
    LOGIN_ADDRESS_LIMIT: '100000',
    // Tests run the benchmark snapshot job themselves.
    BENCHMARK_SNAPSHOT_INTERVAL_SECONDS: '0',
    ...env,
  });
  const app = await createApp(config, url, { bufferLogs: false });
  await app.init();
  const db = app.get(DataSource);
  return { app, config, db, close: () => app.close() };
}

type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';

/**
 * A browser-like client: keeps cookies, fetches a CSRF token and sends it on every state-changing request,
 * re-fetching it after the session changes (as the web app does).
 */
export class Client {
  readonly agent: ReturnType<typeof request.agent>;
  private csrfToken: string | null = null;
  user: CurrentUser | null = null;

  constructor(
    private readonly app: INestApplication,
    private readonly acceptLanguage = 'ja',
  ) {
    this.agent = request.agent(app.getHttpServer());
  }

  async refreshCsrf(): Promise<string> {
    const res = await this.agent.get('/api/auth/csrf').set('accept-language', this.acceptLanguage);
    this.csrfToken = res.body.csrfToken as string;
    return this.csrfToken;
  }

  async send(method: Method, path: string, body?: unknown): Promise<request.Response> {
    if (method !== 'get' && !this.csrfToken) await this.refreshCsrf();
    let req = this.agent[method](path).set('accept-language', this.acceptLanguage);
    if (method !== 'get') req = req.set('x-csrf-token', this.csrfToken ?? '');
    const res = body === undefined ? await req : await req.send(body as object);
    if (path.startsWith('/api/auth/') || path.includes('/accept')) this.csrfToken = null;
    return res;
  }

  get(path: string) {
    return this.send('get', path);
  }
  post(path: string, body?: unknown) {
    return this.send('post', path, body ?? {});
  }
  patch(path: string, body?: unknown) {
    return this.send('patch', path, body ?? {});
  }
  delete(path: string) {
    return this.send('delete', path);
  }
}

export const DEFAULT_PASSWORD = 'correct horse battery';

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}-${randomUUID().slice(0, 12)}@example.test`;
}

/** Factories: organizations and users in given roles, signed in and ready to call the API. */
export class TestContext {
  constructor(readonly app: INestApplication) {}

  client(lang = 'ja'): Client {
    return new Client(this.app, lang);
  }

  /** A new company account that owns a new organization. */
  async newOrganization(name = 'テスト株式会社'): Promise<{ owner: Client; orgId: string }> {
    const owner = this.client();
    const res = await owner.post('/api/auth/signup', {
      email: uniqueEmail('owner'),
      password: DEFAULT_PASSWORD,
      displayName: 'オーナー',
      organizationName: name,
    });
    if (res.status !== 201) throw new Error(`signup failed: ${res.status} ${JSON.stringify(res.body)}`);
    owner.user = res.body as CurrentUser;
    return { owner, orgId: owner.user.memberships[0].organizationId };
  }

  /** A new user joined to `orgId` with `role` through a real invitation. */
  async newMember(owner: Client, orgId: string, role: OrganizationRole): Promise<Client> {
    const email = uniqueEmail(role);
    const inv = await owner.post(`/api/orgs/${orgId}/invitations`, { email, role });
    if (inv.status !== 201) throw new Error(`invite failed: ${inv.status} ${JSON.stringify(inv.body)}`);
    const token = String(inv.body.acceptUrl).split('/invitations/')[1];
    const member = this.client();
    const signup = await member.post('/api/auth/signup', {
      email,
      password: DEFAULT_PASSWORD,
      displayName: role,
      accountType: 'company',
    });
    if (signup.status !== 201) throw new Error(`member signup failed: ${signup.status}`);
    const accepted = await member.post(`/api/invitations/${token}/accept`);
    if (accepted.status !== 200) throw new Error(`accept failed: ${accepted.status} ${JSON.stringify(accepted.body)}`);
    member.user = accepted.body as CurrentUser;
    return member;
  }

  async newInvestor(): Promise<Client> {
    const investor = this.client();
    const res = await investor.post('/api/auth/signup', {
      email: uniqueEmail('investor'),
      password: DEFAULT_PASSWORD,
      displayName: 'Investor',
      accountType: 'investor',
    });
    if (res.status !== 201) throw new Error(`investor signup failed: ${res.status}`);
    investor.user = res.body as CurrentUser;
    return investor;
  }
}
