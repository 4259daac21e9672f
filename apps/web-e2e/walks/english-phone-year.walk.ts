import { expect as baseExpect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { call, PASSWORD, uniqueId } from '../src/support';

// Issue 17, point 4: the yearly cycle in English on a 390×844 phone, every screen photographed for a person to look at.
const expect = baseExpect.configure({ timeout: 30_000 });
const SHOTS = process.env['SHOTS'] ?? '/tmp/year-shots';
const PHONE = { width: 390, height: 844 };
const SECTOR = '3750';
const FORUM = 'm6.cross-functional';
const IP_HEAD = 'm6.ip-head-in-strategy';
const M6 = ['m6.cross-functional', 'm6.ip-head-in-strategy', 'm6.board-discussions'];
const overflows: string[] = [];

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForTimeout(500);
  const over = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (over > 0) overflows.push(`${name}: page ${over}px wider than the screen`);
  // Elements whose content is cut or sticks out of the screen.
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll('main *')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        const scrolls = el.closest('.table-scroll, [role="region"][tabindex]');
        return r.width > 0 && r.right > window.innerWidth + 1 && !scrolls;
      })
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${(el.className || '').toString().split(' ')[0]}`),
  );
  if (wide.length > 0) overflows.push(`${name}: sticks out: ${wide.join(', ')}`);
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

async function submittedPeer(browser: Browser, baseURL: string, level: number): Promise<void> {
  const context = await browser.newContext({ baseURL });
  const id = uniqueId();
  const me = await call<{ memberships: { organizationId: string }[] }>(context.request, 'POST', '/api/auth/signup', {
    email: `peer-${id}@example.jp`,
    password: PASSWORD,
    displayName: `Peer ${id}`,
    organizationName: `株式会社同業${id}`,
  });
  const orgId = me.memberships[0]?.organizationId ?? '';
  await submitted(context.request, orgId, level);
  await call(context.request, 'PUT', `/api/orgs/${orgId}/benchmark-participation`, { optedIn: true });
  await context.close();
}

async function submitted(request: APIRequestContext, orgId: string, level: number): Promise<void> {
  await call(request, 'PATCH', `/api/orgs/${orgId}`, {
    industry: SECTOR,
    companySize: 'large',
    listingStatus: 'prime',
  });
  const round = await call<{ id: string }>(request, 'POST', `/api/orgs/${orgId}/assessments`, { track: 'listed' });
  for (const q of M6)
    await call(request, 'PUT', `/api/orgs/${orgId}/assessments/${round.id}/answers/${q}`, {
      value: level,
      expectedVersion: 0,
    });
  await call(request, 'POST', `/api/orgs/${orgId}/assessments/${round.id}/submit`);
}

test('the yearly cycle in English at 390×844', async ({ browser, baseURL }) => {
  test.setTimeout(900_000);
  const context = await browser.newContext({ baseURL, viewport: PHONE, locale: 'en-US', acceptDownloads: true });
  const page = await context.newPage();
  const id = uniqueId();

  // Sign up in English.
  await page.goto('/sign-up');
  await page.getByRole('button', { name: 'English' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign up' })).toBeVisible();
  await shot(page, '01-sign-up');
  await page.getByLabel('E-mail address').fill(`owner-${id}@example.jp`);
  await page.getByLabel('Password', { exact: false }).fill(PASSWORD);
  await page.getByLabel('Display name').fill(`Owner ${id}`);
  await page.getByLabel('Organization legal name (Japanese)').fill(`株式会社テスト${id}`);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `株式会社テスト${id}` })).toBeVisible();
  const orgId = /\/o\/([^/]+)/.exec(new URL(page.url()).pathname)?.[1] ?? '';
  await shot(page, '02-home');
  await call(page.request, 'PATCH', `/api/orgs/${orgId}`, {
    industry: SECTOR,
    companySize: 'large',
    listingStatus: 'prime',
    legalNameEn: `Test Holdings ${id}`,
  });
  await page.goto(`/o/${orgId}/profile`);
  await shot(page, '03-profile');

  // Start a round.
  await page.goto(`/o/${orgId}/assessments`);
  await shot(page, '04-assessments');
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Answer the assessment (round 1)' })).toBeVisible();
  const first = new URL(page.url()).pathname;
  const firstId = first.split('/').pop() ?? '';
  const api = `/api/orgs/${orgId}/assessments/${firstId}`;

  // Targets and scope (saved through the API, looked at on the results page).
  await call(page.request, 'PUT', `${api}/planning`, {
    targets: { questions: {}, modules: { m6: 3 } },
    scope: { questions: {}, modules: { m12: 'We do no standards work.' } },
    notes: {},
  });
  await page.goto(`${first}/results`);
  await shot(page, '05-results-planning');

  // Answer governance: one claim at level 4 with evidence.
  await call(page.request, 'PUT', `${api}/answers/${FORUM}`, { value: 4, expectedVersion: 0 });
  await call(page.request, 'PUT', `${api}/answers/${IP_HEAD}`, { value: 2, expectedVersion: 0 });
  await call(page.request, 'PUT', `${api}/planning`, {
    targets: { questions: {}, modules: { m6: 3 } },
    scope: { questions: {}, modules: { m12: 'We do no standards work.' } },
    notes: { [FORUM]: { evidence: ['https://intra.example.jp/minutes/ip-forum-2026'] } },
  });
  await page.goto(first);
  await page.locator('#module-select').selectOption({ index: 6 });
  await shot(page, '06-questionnaire-m6');
  await call(page.request, 'POST', `${api}/request-validation`);
  await page.reload();
  await shot(page, '07-questionnaire-in-review');

  // A second member validates.
  const reviewerContext = await browser.newContext({ baseURL, viewport: PHONE, locale: 'en-US' });
  const invite = await call<{ acceptUrl: string }>(page.request, 'POST', `/api/orgs/${orgId}/invitations`, {
    email: `reviewer-${id}@example.jp`,
    role: 'reviewer',
  });
  await call(reviewerContext.request, 'POST', '/api/auth/signup', {
    email: `reviewer-${id}@example.jp`,
    password: PASSWORD,
    displayName: `Reviewer ${id}`,
    locale: 'en',
  });
  await call(
    reviewerContext.request,
    'POST',
    `/api/invitations/${new URL(invite.acceptUrl).pathname.split('/').pop()}/accept`,
  );
  const reviewer = await reviewerContext.newPage();
  await reviewer.goto(`${first}/review`);
  await expect(reviewer.getByRole('heading', { level: 1, name: 'Validate answers (round 1)' })).toBeVisible();
  await shot(reviewer, '08-review');
  await reviewer
    .getByRole('textbox', { name: /Comment/ })
    .first()
    .fill('Checked against the minutes.');
  await reviewer.getByRole('button', { name: 'Accept' }).first().click();
  await expect(
    reviewer.getByText('Every answer that needed it is accepted. The round can be submitted.'),
  ).toBeVisible();
  await shot(reviewer, '09-review-accepted');

  // Submit, results.
  await page.reload();
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await page.getByRole('button', { name: 'Submit and see results' }).click();
  await expect(page.getByTestId('overall-score')).toBeVisible();
  await shot(page, '10-results');

  // XLSX export, then a new round importing it.
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export the whole round (XLSX, can be edited and imported)' }).click();
  const xlsx = `${SHOTS}/round-1.xlsx`;
  await (await downloading).saveAs(xlsx);
  await page.goto(`/o/${orgId}/assessments`);
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Answer the assessment (round 2)' })).toBeVisible();
  const second = new URL(page.url()).pathname;
  await page.locator('#module-select').selectOption({ index: 6 });
  await shot(page, '11-round-2-questionnaire-carried');
  await page.goto(`${second}/results`);
  const transfer = page.getByRole('region', { name: 'Export and import the assessment file' });
  await transfer.locator('input[type="file"]').setInputFiles(xlsx);
  await transfer.getByRole('button', { name: 'Preview the import' }).click();
  await expect(transfer.getByTestId('import-preview')).toBeVisible();
  await shot(page, '12-import-preview');
  await transfer.getByTestId('import-preview').getByRole('button').last().click();
  await expect(transfer.getByRole('status')).toBeVisible();
  await shot(page, '13-imported');
  await call(page.request, 'POST', `/api/orgs/${orgId}/assessments/${second.split('/').pop()}/request-validation`);
  await reviewer.goto(`${second}/review`);
  await shot(reviewer, '14-round-2-review-carried');

  // Benchmark: opted in, four peers, where we stand.
  await call(page.request, 'PUT', `/api/orgs/${orgId}/benchmark-participation`, { optedIn: true });
  for (const level of [1, 2, 3, 4]) await submittedPeer(browser, baseURL ?? '', level);
  await expect
    .poll(async () => ((await (await page.request.get(`${api}/benchmark`)).json()) as { status: string }).status, {
      timeout: 90_000,
    })
    .toBe('shown');
  await page.goto(`${first}/results`);
  await expect(page.getByTestId('benchmark-standing')).toBeVisible();
  await page.getByTestId('benchmark-standing').scrollIntoViewIfNeeded();
  await shot(page, '15-results-benchmark');
  await page.goto(`/o/${orgId}/profile`);
  await shot(page, '16-profile-benchmark');

  // The disclosure upload (FilePicker in English).
  await page.goto(`/o/${orgId}/disclosures`);
  await page.getByLabel('Upload a file').check();
  await shot(page, '17-disclosure-upload');

  console.log(overflows.length === 0 ? 'no overflow' : overflows.join('\n'));
  await reviewerContext.close();
  await context.close();
});
