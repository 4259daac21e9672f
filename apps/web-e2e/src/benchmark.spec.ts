import { expect, test, type APIRequestContext, type Browser, type Locator, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, PASSWORD, signUpOwner, uniqueId } from './support';

// The cell this spec fills (every run starts on a fresh database; no other spec opts in).
const SECTOR = '3650';
const SIZE = 'large';
const M6 = ['m6.cross-functional', 'm6.ip-head-in-strategy', 'm6.board-discussions'];

/** A JSON call with the session of `request` and a fresh CSRF token. */
async function call<T>(
  request: APIRequestContext,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH',
  path: string,
  data?: unknown,
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (method !== 'GET') {
    const csrf = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
    headers['X-CSRF-Token'] = csrf.csrfToken;
  }
  const response = await request.fetch(path, { method, headers, data });
  expect(response.ok(), `${method} ${path}: ${response.status()} ${await response.text()}`).toBe(true);
  const text = await response.text();
  return (text === '' ? undefined : JSON.parse(text)) as T;
}

/** Puts the organization in the cell and submits a listed round whose answers sit at `level`; returns the round id. */
async function submittedRound(request: APIRequestContext, orgId: string, level: number): Promise<string> {
  await call(request, 'PATCH', `/api/orgs/${orgId}`, { industry: SECTOR, companySize: SIZE, listingStatus: 'prime' });
  const round = await call<{ id: string }>(request, 'POST', `/api/orgs/${orgId}/assessments`, { track: 'listed' });
  for (const q of M6)
    await call(request, 'PUT', `/api/orgs/${orgId}/assessments/${round.id}/answers/${q}`, {
      value: level,
      expectedVersion: 0,
    });
  await call(request, 'POST', `/api/orgs/${orgId}/assessments/${round.id}/submit`);
  return round.id;
}

/** Another company, signed up and seeded through the API only, opted in. */
async function peer(browser: Browser, baseURL: string, level: number): Promise<void> {
  const context = await browser.newContext({ baseURL, locale: 'ja-JP' });
  const id = uniqueId();
  const me = await call<{ memberships: { organizationId: string }[] }>(context.request, 'POST', '/api/auth/signup', {
    email: `peer-${id}@example.jp`,
    password: PASSWORD,
    displayName: `同業 ${id}`,
    organizationName: `株式会社同業${id}`,
  });
  const orgId = me.memberships[0]?.organizationId ?? '';
  await submittedRound(context.request, orgId, level);
  await call(context.request, 'PUT', `/api/orgs/${orgId}/benchmark-participation`, { optedIn: true });
  await context.close();
}

/** The section at 1280×800 and 390×844, scrolled to its top after each resize. */
async function shoot(page: Page, section: Locator, name: string, outputPath: (name: string) => string): Promise<void> {
  for (const [label, size] of [
    ['desktop', { width: 1280, height: 800 }],
    ['mobile', { width: 390, height: 844 }],
  ] as const) {
    await page.setViewportSize(size);
    await section.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: outputPath(`${name}-${label}.png`), fullPage: false });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('an admin opts in from the profile and, once five companies take part, sees where the round stands', async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
  // Five sign-ups, rounds and a snapshot wait on a shared 2-core box.
  test.setTimeout(300_000);
  const owner = await signUpOwner(page);
  const roundId = await submittedRound(page.request, owner.orgId, 3);
  const results = `/o/${owner.orgId}/assessments/${roundId}/results`;

  // Not taking part: the results page says so and links to the setting; nothing of the industry is shown.
  await page.goto(results);
  const standing = page.getByTestId('benchmark-standing');
  // The first visit of the results page loads the bank and the scores: slow on a busy box.
  await expect(standing.getByRole('heading', { name: '業種内での位置' })).toBeVisible({ timeout: 30_000 });
  await expect(standing).toContainText('この組織は業種ベンチマークに参加していません');
  await standing.getByRole('link', { name: '組織情報で参加を設定する' }).click();

  // The profile explains what is shared and what is not, then the owner opts in.
  const panel = page.getByTestId('benchmark-participation');
  await expect(panel.getByRole('heading', { name: '業種ベンチマークへの参加' })).toBeVisible();
  await expect(panel).toContainText('回答の内容、コメント・根拠資料、会社名、メンバーの名前は共有されません');
  await expect(panel.getByTestId('benchmark-status')).toHaveText('参加していません。');
  await shoot(page, panel, 'benchmark-participation', (n) => testInfo.outputPath(n));
  await panel.getByRole('button', { name: '業種ベンチマークに参加する' }).click();
  await expect(panel.getByRole('status')).toContainText('業種ベンチマークに参加しました');
  await expect(panel.getByTestId('benchmark-status')).toContainText('参加中');
  await expectNoSeriousA11yViolations(page);

  // Alone in the cell (or with three others): not enough companies yet, and no count is given.
  for (const level of [1, 2, 4]) await peer(browser, baseURL ?? '', level);
  await page.goto(results);
  await expect(page.getByTestId('benchmark-standing')).toContainText(
    /まだ集計が行われていません|まだ比較できる企業が足りません（5社未満）/,
  );

  // The fifth company: the snapshot job (every few seconds in this test server) publishes the cell.
  await peer(browser, baseURL ?? '', 0);
  const standingUrl = `/api/orgs/${owner.orgId}/assessments/${roundId}/benchmark`;
  await expect
    .poll(async () => ((await (await page.request.get(standingUrl)).json()) as { status: string }).status, {
      timeout: 60_000,
    })
    .toBe('shown');
  await page.goto(results);
  const table = page.getByTestId('benchmark-table');
  await expect(page.getByTestId('benchmark-standing')).toContainText('参加企業 5 社');
  const overall = table.getByRole('row', { name: /総合/ });
  await expect(overall.getByRole('cell').nth(3)).not.toHaveText('—');
  await expect(table.getByRole('columnheader', { name: '中央値' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await shoot(page, page.getByTestId('benchmark-standing'), 'benchmark-standing', (n) => testInfo.outputPath(n));

  // The same in English.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Where we stand in our industry' })).toBeVisible();
  await expect(page.getByTestId('benchmark-standing')).toContainText('5 participating companies');
  await shoot(page, page.getByTestId('benchmark-standing'), 'benchmark-standing-en', (n) => testInfo.outputPath(n));
  await page.getByRole('button', { name: '日本語' }).click();
});
