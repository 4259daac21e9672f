import {
  expect,
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Locator,
  type Page,
} from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';

const workspaceRoot = resolve(__dirname, '../../..');

export const PASSWORD = 'correct-horse-battery-42';

export function uniqueId(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
}

export interface Owner {
  email: string;
  displayName: string;
  organizationName: string;
  orgId: string;
}

/**
 * Signs up a company account through the UI (the header's 新規登録, no landing card: the form asks the listing status
 * and size, answered 非上場 / 中小企業); returns once the new organization's home page shows.
 */
export async function signUpOwner(page: Page, id = uniqueId()): Promise<Owner> {
  const owner = await fillCompanySignUp(page, '/sign-up', id);
  await page.getByLabel('上場区分').selectOption({ label: '非上場' });
  await page.getByLabel('企業規模').selectOption({ label: '中小企業' });
  return submitCompanySignUp(page, owner);
}

async function fillCompanySignUp(page: Page, path: string, id: string): Promise<Omit<Owner, 'orgId'>> {
  const owner = {
    email: `owner-${id}@example.jp`,
    displayName: `オーナー ${id}`,
    organizationName: `株式会社テスト${id}`,
  };
  await page.goto(path);
  await page.getByLabel('メールアドレス').fill(owner.email);
  await page.getByLabel('パスワード', { exact: false }).fill(PASSWORD);
  await page.getByLabel('表示名').fill(owner.displayName);
  await page.getByLabel('組織の正式名称（日本語）').fill(owner.organizationName);
  return owner;
}

async function submitCompanySignUp(page: Page, owner: Omit<Owner, 'orgId'>): Promise<Owner> {
  await page.getByRole('button', { name: 'アカウントを作成' }).click();
  await expect(page.getByRole('heading', { level: 1, name: owner.organizationName })).toBeVisible();
  const orgId = /\/o\/([^/]+)/.exec(new URL(page.url()).pathname)?.[1];
  if (!orgId) throw new Error(`Expected to land in the new organization, got ${page.url()}`);
  return { ...owner, orgId };
}

/**
 * Signs up a listed company the way the landing page's listed-company card does (`/sign-up?track=listed`): the form
 * starts on Prime market and large, which are kept.
 */
export async function signUpListedOwner(page: Page, id = uniqueId()): Promise<Owner> {
  const owner = await fillCompanySignUp(page, '/sign-up?track=listed', id);
  await expect(page.getByLabel('上場区分')).toHaveValue('prime');
  await expect(page.getByLabel('企業規模')).toHaveValue('large');
  return submitCompanySignUp(page, owner);
}

/** axe-core on the current page: no serious or critical violations. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  expect(serious, `${page.url()}: ${JSON.stringify(serious, null, 2)}`).toEqual([]);
}

/** axe-core's named rules on the current page, whatever their impact (e.g. the moderate `landmark-unique`). */
export async function expectNoA11yViolationsOf(page: Page, rules: string[]): Promise<void> {
  const results = await new AxeBuilder({ page }).withRules(rules).analyze();
  const found = results.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }));
  expect(found, `${page.url()}: ${JSON.stringify(found, null, 2)}`).toEqual([]);
}

/** Answers every unanswered question on the current module at a low-to-middle level, until none is left. */
export async function answerModule(page: Page): Promise<void> {
  for (let pass = 0; pass < 5; pass++) {
    const questions = page.locator('li.question');
    const count = await questions.count();
    let answeredAny = false;
    for (let i = 0; i < count; i++) {
      const q = questions.nth(i);
      if (await answer(q)) answeredAny = true;
    }
    if (!answeredAny) return;
    // Answers may open follow-up questions (branching): go round again.
    await expect(page.getByText('保存中…')).toHaveCount(0);
  }
}

async function answer(q: Locator): Promise<boolean> {
  const radios = q.getByRole('radio');
  if ((await radios.count()) > 0) {
    if ((await q.locator('input[type=radio]:checked').count()) > 0) return false;
    await radios.nth(Math.min(1, (await radios.count()) - 1)).check();
    return true;
  }
  const boxes = q.getByRole('checkbox');
  if ((await boxes.count()) > 0) {
    if ((await q.locator('input[type=checkbox]:checked').count()) > 0) return false;
    await boxes.first().check();
    return true;
  }
  const number = q.locator('input[inputmode=decimal]');
  if ((await number.count()) > 0) {
    if ((await number.inputValue()) !== '') return false;
    await number.fill('10');
    return true;
  }
  const url = q.locator('input[type=url]');
  if ((await url.count()) > 0) {
    if ((await url.inputValue()) !== '') return false;
    await url.fill('https://example.com/ir/ip-strategy');
    return true;
  }
  const text = q.locator('textarea');
  if ((await text.count()) > 0) {
    if ((await text.inputValue()) !== '') return false;
    await text.fill('独自の加工技術と長年の取引先との信頼関係があります。');
    return true;
  }
  return false;
}

/**
 * A JSON call with the session of `request` (a page's or context's). State-changing calls carry a fresh CSRF token,
 * except a workshop participant's, which carry their own `X-Participant-Token` instead of a session.
 */
export async function call<T>(
  request: APIRequestContext,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH',
  path: string,
  data?: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  const all: Record<string, string> = { Accept: 'application/json', ...headers };
  if (method !== 'GET' && !headers['X-Participant-Token']) {
    const csrf = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
    all['X-CSRF-Token'] = csrf.csrfToken;
  }
  const response = await request.fetch(path, { method, headers: all, data });
  expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(true);
  const text = await response.text();
  return (text === '' ? undefined : JSON.parse(text)) as T;
}

/** The text of a downloaded DOCX or PDF through the product's own extractor (an ES module: child process). */
export function documentText(file: string): string {
  const script = `const { extractText } = require('@ipgn/document-text'); const { readFileSync } = require('node:fs');
    extractText(new Uint8Array(readFileSync(process.argv[1]))).then((r) => process.stdout.write(r.text));`;
  return execFileSync(process.execPath, ['--import', 'tsx', '-e', script, file], {
    cwd: workspaceRoot,
    env: { ...process.env, TSX_TSCONFIG_PATH: join(workspaceRoot, 'tsconfig.base.json') },
    encoding: 'utf8',
  });
}

const SECTION_TEXT = (marker: string) =>
  `${marker}：当社の研究開発費は2026年3月期に120億円、取締役会は知財投資を年4回審議しています。特許ポートフォリオは主力の電池材料事業の価格優位を支えています。`;

/**
 * Writes both sections of a CG-report draft and publishes it (through the API, as the owner of `request`). In an
 * organization with more than one member, four eyes apply: pass another member's `approver` session.
 */
export async function publishDraft(
  request: APIRequestContext,
  orgId: string,
  draftId?: string,
  approver: APIRequestContext = request,
): Promise<string> {
  const id =
    draftId ??
    (await call<{ id: string }>(request, 'POST', `/api/orgs/${orgId}/drafts`, { type: 'cg-report', language: 'ja' }))
      .id;
  let version = (await call<{ currentVersion: number }>(request, 'GET', `/api/orgs/${orgId}/drafts/${id}`))
    .currentVersion;
  for (const sectionId of ['sp-3-1-3', 'sp-4-2-2']) {
    version = (
      await call<{ currentVersion: number }>(request, 'PUT', `/api/orgs/${orgId}/drafts/${id}/sections/${sectionId}`, {
        text: SECTION_TEXT(uniqueId()),
        expectedVersion: version,
      })
    ).currentVersion;
  }
  await call(request, 'POST', `/api/orgs/${orgId}/drafts/${id}/submit-for-review`);
  await call(approver, 'POST', `/api/orgs/${orgId}/drafts/${id}/approve`);
  await call(request, 'POST', `/api/orgs/${orgId}/drafts/${id}/publish`);
  return id;
}

/**
 * A second member: the owner (`owner`, a page's or context's request) invites `email` with `role`, and the person
 * signs up and accepts in a browser context of their own (`member`).
 */
export async function joinAsMember(
  owner: APIRequestContext,
  member: APIRequestContext,
  orgId: string,
  person: { email: string; role: string; displayName: string },
): Promise<void> {
  const invite = await call<{ acceptUrl: string }>(owner, 'POST', `/api/orgs/${orgId}/invitations`, {
    email: person.email,
    role: person.role,
  });
  await call(member, 'POST', '/api/auth/signup', {
    email: person.email,
    password: PASSWORD,
    displayName: person.displayName,
  });
  await call(member, 'POST', `/api/invitations/${new URL(invite.acceptUrl).pathname.split('/').pop()}/accept`);
}

/**
 * A member invited by the owner (`page`'s session) who signs up and accepts (`joinAsMember`) in a browser context of
 * their own, in Japanese unless `options` say otherwise: that member's first page.
 */
export async function memberPage(
  page: Page,
  browser: Browser,
  orgId: string,
  person: { email: string; role: string; displayName: string },
  options: BrowserContextOptions = {},
): Promise<Page> {
  const context = await browser.newContext({ baseURL: new URL(page.url()).origin, locale: 'ja-JP', ...options });
  await joinAsMember(page.request, context.request, orgId, person);
  return context.newPage();
}

/** The reviewer who validates a round's answers in the yearly journeys (検証担当 `id`), on a 1280 × 800 screen. */
export function validatorPage(page: Page, browser: Browser, orgId: string, id: string): Promise<Page> {
  const person = { email: `reviewer-${id}@example.jp`, role: 'reviewer', displayName: `検証担当 ${id}` };
  return memberPage(page, browser, orgId, person, { viewport: { width: 1280, height: 800 } });
}

/** A phone-sized browser (390 × 844, touch) in Japanese, as a workshop participant holds it. */
export function phoneContext(browser: Browser, origin: string): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: origin,
    locale: 'ja-JP',
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
}

/** The governance questions a benchmark round answers: enough for a score in every cell the specs fill. */
const BENCHMARK_QUESTIONS = ['m6.cross-functional', 'm6.ip-head-in-strategy', 'm6.board-discussions'];

/**
 * Puts the organization in the benchmark cell (`industry`, large, Prime) and submits a listed round whose answers
 * sit at `level`; returns the round id.
 */
export async function submittedBenchmarkRound(
  request: APIRequestContext,
  orgId: string,
  industry: string,
  level: number,
): Promise<string> {
  await call(request, 'PATCH', `/api/orgs/${orgId}`, { industry, companySize: 'large', listingStatus: 'prime' });
  const round = await call<{ id: string }>(request, 'POST', `/api/orgs/${orgId}/assessments`, { track: 'listed' });
  for (const q of BENCHMARK_QUESTIONS)
    await call(request, 'PUT', `/api/orgs/${orgId}/assessments/${round.id}/answers/${q}`, {
      value: level,
      expectedVersion: 0,
    });
  await call(request, 'POST', `/api/orgs/${orgId}/assessments/${round.id}/submit`);
  return round.id;
}

/** Another company in the `industry` cell, signed up and seeded through the API only, with a submitted round, opted in. */
export async function optedInPeer(browser: Browser, baseURL: string, industry: string, level: number): Promise<void> {
  const context = await browser.newContext({ baseURL, locale: 'ja-JP' });
  const id = uniqueId();
  const me = await call<{ memberships: { organizationId: string }[] }>(context.request, 'POST', '/api/auth/signup', {
    email: `peer-${id}@example.jp`,
    password: PASSWORD,
    displayName: `同業 ${id}`,
    organizationName: `株式会社同業${id}`,
  });
  const orgId = me.memberships[0]?.organizationId ?? '';
  await submittedBenchmarkRound(context.request, orgId, industry, level);
  await call(context.request, 'PUT', `/api/orgs/${orgId}/benchmark-participation`, { optedIn: true });
  await context.close();
}

/** `target` at 1280×800 and 390×844, scrolled to its top after each resize, for a person to look at. */
export async function shootSection(
  page: Page,
  target: Locator,
  name: string,
  outputPath: (name: string) => string,
): Promise<void> {
  for (const [label, size] of [
    ['desktop', { width: 1280, height: 800 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    await page.setViewportSize(size);
    await target.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: outputPath(`${name}-${label}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** Full-page screenshots at the laptop and the phone size (`<name>-1280x800.png`, `-390x844.png` in `dir`), to look at by hand. */
export async function shootPage(page: Page, dir: string, name: string): Promise<void> {
  for (const [w, h] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: join(dir, `${name}-${w}x${h}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** On a round's questionnaire (`roundPath`): opens the governance module and answers each prompt's ladder at its level, waiting for each save. */
export async function answerGovernanceLadders(
  page: Page,
  roundPath: string,
  answers: readonly (readonly [prompt: string, level: number])[],
): Promise<void> {
  await page.goto(roundPath);
  await page
    .getByRole('navigation', { name: 'モジュール' })
    .getByRole('button', { name: /組織とガバナンス/ })
    .click();
  for (const [prompt, level] of answers) {
    const group = page.getByRole('group', { name: prompt });
    await group.getByRole('radio', { name: new RegExp(`^レベル${level}`) }).check();
    await expect(page.locator('li.question', { has: group }).getByText('保存しました')).toBeVisible();
  }
}
