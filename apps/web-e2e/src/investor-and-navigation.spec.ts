import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  call,
  expectNoA11yViolationsOf,
  expectNoSeriousA11yViolations,
  PASSWORD,
  publishDraft,
  signUpOwner,
  uniqueId,
} from './support';

// Investor search and follow, the questionnaire's module navigation on a phone, and comparisons in the right order.

const SCREENS = resolve(__dirname, '../../../dist/screens/flows-investor');
mkdirSync(SCREENS, { recursive: true });

/** The page at desktop (1280×800) and phone (390×844) width, full length, for a person to look at. */
async function shoot(page: Page, name: string): Promise<void> {
  const before = page.viewportSize();
  for (const [w, h, tag] of [
    [1280, 800, 'desktop'],
    [390, 844, 'phone'],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(SCREENS, `${name}-${tag}.png`), fullPage: true });
  }
  if (before) await page.setViewportSize(before);
}

test('a signed-out visitor finds a company by securities code from the landing page; an investor follows it and sees its next publication', async ({
  page,
  browser,
}) => {
  // Four journeys in one test (two publications, three browser contexts): 60 s ran out at step four on a loaded box.
  const id = uniqueId();
  const owner = await signUpOwner(page, id);
  const nameEn = `Kensaku ${id} Holdings`;
  const profile = await call<{ slug: string }>(page.request, 'PATCH', `/api/orgs/${owner.orgId}`, {
    legalNameEn: nameEn,
    listingStatus: 'prime',
    industry: '3650',
    securitiesCode: '130A',
  });
  const draftId = await publishDraft(page.request, owner.orgId);

  const visitorContext = await browser.newContext({ locale: 'ja-JP' });
  const visitor = await visitorContext.newPage();
  await test.step('the landing page leads to the company pages and searches them', async () => {
    await visitor.goto('/');
    await expect(visitor.getByRole('banner').getByRole('link', { name: '企業の開示を見る' })).toBeVisible();
    await shoot(visitor, 'landing');
    await visitor.getByRole('searchbox', { name: '公開されている企業の開示を探す' }).fill('130a');
    await visitor.getByRole('button', { name: '探す' }).click();
    await expect(visitor).toHaveURL(/\/companies\?q=130a/);
    await expect(visitor.getByTestId(`company-${profile.slug}`)).toBeVisible();
    await expect(visitor.getByTestId(`company-${profile.slug}`)).toContainText('証券コード 130A');
    // Partial English name, typed into the list's own search box.
    await visitor.getByLabel('企業名・証券コード').fill(`kensaku ${id}`);
    await expect(visitor.getByRole('status').filter({ hasText: `「kensaku ${id}」に一致する企業 1社` })).toBeVisible();
    await expectNoSeriousA11yViolations(visitor);
    await shoot(visitor, 'companies-search');
    await visitor.getByRole('link', { name: owner.organizationName }).click();
    await expect(visitor.getByRole('heading', { level: 1, name: owner.organizationName })).toBeVisible();
    await expect(visitor.getByText('フォローするには投資家アカウントでログインしてください。')).toBeVisible();
    await expect(visitor.getByTestId('score-label').first()).toContainText(
      'ルールによる自動スコア（当サービスが算出）',
    );
    await expect(visitor.getByTestId('score-label').first()).toContainText(
      '投資判断のための格付けや推奨でもありません',
    );
    await expect(
      visitor.getByRole('heading', { level: 3, name: 'コーポレート・ガバナンス報告書 記載（補充原則3-1③・4-2②）' }),
    ).toBeVisible();
  });
  await visitorContext.close();

  const investorContext = await browser.newContext({ locale: 'ja-JP' });
  const investor = await investorContext.newPage();
  await call(investorContext.request, 'POST', '/api/auth/signup', {
    email: `investor-${id}@example.jp`,
    password: PASSWORD,
    displayName: `投資家 ${id}`,
    accountType: 'investor',
  });
  await test.step('the investor follows the company', async () => {
    await investor.goto(`/companies/${profile.slug}`);
    await investor.getByRole('button', { name: 'この企業をフォローする' }).click();
    await expect(investor.getByRole('button', { name: 'フォローをやめる' })).toBeVisible();
    await expect(investor.getByText('フォロー中です。')).toBeVisible();
    await expectNoSeriousA11yViolations(investor);
    await shoot(investor, 'company-page-following');
    await investor.getByRole('link', { name: '本文を読む' }).click();
    const pdf = investor.getByTestId('publication-pdf');
    await expect(pdf).toHaveAttribute('href', /\/export\.pdf$/);
    const response = await investor.request.get((await pdf.getAttribute('href')) ?? '');
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect((await response.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await shoot(investor, 'publication-page');
  });

  await test.step('the company publishes again: the investor home says so, as new since the last visit', async () => {
    await call(page.request, 'POST', `/api/orgs/${owner.orgId}/drafts/${draftId}/request-changes`, {
      comment: '第2版を作ります。',
    }).catch(() => undefined);
    await publishDraft(page.request, owner.orgId, draftId);
    await investor.goto('/investor');
    const updates = investor.getByTestId('investor-updates');
    await expect(updates.getByTestId('followed-companies')).toContainText(owner.organizationName);
    await expect(updates.getByTestId('investor-update').first()).toContainText('新着');
    await expect(updates.getByTestId('investor-update').first()).toContainText(
      `${owner.organizationName}が「コーポレート・ガバナンス報告書 記載（補充原則3-1③・4-2②）」（第`,
    );
    await expectNoSeriousA11yViolations(investor);
    await shoot(investor, 'investor-home');
    await updates.getByRole('button', { name: 'すべて確認済みにする' }).click();
    await expect(updates.getByText('新着はありません。')).toBeVisible();
  });

  await test.step('two companies compared on a phone: criterion names stay readable, both companies fit without scrolling', async () => {
    const otherContext = await browser.newContext({ locale: 'ja-JP' });
    const otherPage = await otherContext.newPage();
    const other = await signUpOwner(otherPage);
    const otherSlug = (
      await call<{ slug: string }>(otherPage.request, 'PATCH', `/api/orgs/${other.orgId}`, { listingStatus: 'prime' })
    ).slug;
    await publishDraft(otherPage.request, other.orgId);
    await otherContext.close();
    await investor.setViewportSize({ width: 390, height: 844 });
    await investor.goto(`/companies/compare?slugs=${profile.slug},${otherSlug}`);
    const firstColumn = investor.getByTestId('compare-table').locator('tbody th').first();
    await expect(firstColumn).toBeVisible();
    expect((await firstColumn.boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(140);
    // Two companies fit a 390 px screen: nothing cut off, so no sideways-scroll hint either.
    const box = investor.getByTestId('compare-scroll');
    expect(await box.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
    await expect(investor.getByTestId('compare-scroll-hint')).toHaveCount(0);
    // 「理由を見る」 is big enough to tap (44 × 44 px).
    for (const link of await investor.getByTestId('compare-why-link').all()) {
      const size = await link.boundingBox();
      expect(size?.height ?? 0).toBeGreaterThanOrEqual(44);
      expect(size?.width ?? 0).toBeGreaterThanOrEqual(44);
    }
    // Under the table: how far the order of the two published scores can be trusted, from the analysts' pairs.
    const order = investor.getByTestId('order-agreement');
    await expect(order.getByRole('heading', { name: 'この点差で順位を決めてよいか' })).toBeVisible();
    await expect(investor.getByTestId('order-agreement-sentence')).toHaveText(
      /^(?:同点です。点数では、どちらが良いかを決められません。|点差が\d+(?:〜\d+)?点(?:以上)?の2つの文章（同じ種類の文章を人が読み比べた\d+組）では、人がより良いとした文章のほうが高い点だったのは\d+%（95%区間 \d+%〜\d+%）でした。(?:この差では、どちらが良いかを点数で決めることはできません。)?)$/u,
    );
    await expectNoSeriousA11yViolations(investor);
    await expectNoA11yViolationsOf(investor, ['landmark-unique', 'label-content-name-mismatch']);
    await shoot(investor, 'companies-compare');
  });
  await investorContext.close();
});

test('on a phone the module list is one select, and choosing a module or 「次のモジュールへ」 brings its heading to the top with focus', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const owner = await signUpOwner(page);
  await page.goto(`/o/${owner.orgId}/assessments`);
  await page.getByRole('button', { name: '診断を始める' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /診断への回答/ })).toBeVisible();
  // The ten module cards are gone on a phone: the first question is within the first screen and a half.
  await expect(page.getByRole('navigation', { name: 'モジュール' })).toBeHidden();
  const select = page.getByRole('combobox', { name: 'モジュール', exact: true });
  await expect(select).toBeVisible();
  expect((await page.locator('li.question').first().boundingBox())?.y ?? 9999).toBeLessThan(1300);
  await shoot(page, 'questionnaire');

  const options = await select.locator('option').allTextContents();
  await select.selectOption({ index: 3 });
  const heading = page.getByTestId('module-heading');
  await expect(heading).toBeFocused();
  await expect(heading).toHaveText(options[3]?.replace(/^\d+\.\s*/, '').replace(/（.*$/, '') ?? '');
  const top = async () => (await heading.boundingBox())?.y ?? -1;
  expect(await top()).toBeGreaterThanOrEqual(0);
  expect(await top()).toBeLessThan(60);

  await page.getByRole('button', { name: '次のモジュールへ' }).click();
  await expect(heading).toHaveText(options[4]?.replace(/^\d+\.\s*/, '').replace(/（.*$/, '') ?? '');
  await expect(heading).toBeFocused();
  expect(await top()).toBeGreaterThanOrEqual(0);
  expect(await top()).toBeLessThan(60);
  await expect(select).toHaveValue((await select.locator('option').nth(4).getAttribute('value')) ?? '');

  // Back on the list: the two actions of the round are separate, and a second start says why it cannot.
  await page.goto(`/o/${owner.orgId}/assessments`);
  await expect(page.getByRole('link', { name: '第1回の回答を続ける' }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: '第1回の結果を見る' }).first()).toBeVisible();
  await expect(page.getByTestId('start-disabled-reason')).toContainText('新しく始められません');
  await expect(page.getByRole('button', { name: '診断を始める' })).toBeDisabled();
  await shoot(page, 'assessments-list');
});

test('comparing two scored texts puts the earlier period first (from) whatever the scoring order, and swaps on request; draft versions compare side by side', async ({
  page,
}) => {
  const owner = await signUpOwner(page);
  const text = (extra: string) => `当社の研究開発費は120億円です。取締役会は知財投資を年4回審議しています。${extra}`;
  const newer = await call<{ id: string }>(page.request, 'POST', `/api/orgs/${owner.orgId}/disclosures`, {
    title: 'CG報告書 2026年3月期',
    documentType: 'cg_report',
    text: text('特許ポートフォリオは主力の電池材料事業の価格優位を支え、売上高の3割を生んでいます。'),
  });
  const older = await call<{ id: string }>(page.request, 'POST', `/api/orgs/${owner.orgId}/disclosures`, {
    title: 'CG報告書 2025年3月期',
    documentType: 'cg_report',
    text: text(''),
  });
  await page.goto(`/o/${owner.orgId}/disclosures/compare/${newer.id}/${older.id}`);
  const sides = page.locator('.compare-side dd');
  await expect(sides.nth(0)).toContainText('CG報告書 2025年3月期');
  await expect(sides.nth(0)).toContainText('2025年3月期');
  await expect(sides.nth(1)).toContainText('CG報告書 2026年3月期');
  await shoot(page, 'disclosure-compare');
  await page.getByRole('button', { name: '比較元と比較先を入れ替える' }).click();
  await expect(page.getByTestId('compare-order')).toHaveText('選んだ順に並べています。');
  await expect(sides.nth(0)).toContainText('CG報告書 2026年3月期');
  await expect(sides.nth(1)).toContainText('CG報告書 2025年3月期');

  // A draft edited twice: versions side by side, paragraphs kept, changed words marked.
  const draft = await call<{ id: string; currentVersion: number }>(
    page.request,
    'POST',
    `/api/orgs/${owner.orgId}/drafts`,
    { type: 'cg-report', language: 'ja' },
  );
  await call(page.request, 'PUT', `/api/orgs/${owner.orgId}/drafts/${draft.id}/sections/sp-3-1-3`, {
    text: '第一段落です。\n\n研究開発費は120億円です。\n\n消える段落です。',
    expectedVersion: draft.currentVersion,
  });
  await call(page.request, 'PUT', `/api/orgs/${owner.orgId}/drafts/${draft.id}/sections/sp-3-1-3`, {
    text: '第一段落です。\n\n研究開発費は150億円です。',
    expectedVersion: draft.currentVersion + 1,
  });
  await page.goto(`/o/${owner.orgId}/drafts/${draft.id}`);
  const panel = page.getByRole('region', { name: '版の履歴' });
  await panel.getByLabel('比較元').selectOption({ label: `第${draft.currentVersion + 1}版` });
  await panel.getByLabel('比較先').selectOption({ label: `第${draft.currentVersion + 2}版` });
  await panel.getByRole('button', { name: '差分を表示' }).click();
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: `第${draft.currentVersion + 1}版と第${draft.currentVersion + 2}版の比較`,
    }),
  ).toBeVisible();
  const changed = page.getByTestId('paragraph-diff-changed').first();
  await expect(changed.locator('del')).toContainText('120');
  await expect(changed.locator('ins')).toContainText('150');
  await expect(page.getByTestId('paragraph-diff-removed').first()).toContainText('消える段落です。');
  await expectNoSeriousA11yViolations(page);
  await shoot(page, 'draft-compare');
});

test('English navigation fits at 1366 px, and the audit log reads in words', async ({ page }) => {
  const owner = await signUpOwner(page);
  await call(page.request, 'POST', `/api/orgs/${owner.orgId}/assessments`, { track: 'listed' });
  await call(page.request, 'PATCH', '/api/auth/me', { locale: 'en' });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`/o/${owner.orgId}/audit`);
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  for (const selector of ['.site-header__bar', '.org-nav']) {
    const overflow = await page.locator(selector).evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow, `${selector} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
  }
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);
  await expect(page.getByText('Started an assessment')).toBeVisible();
  await expect(page.getByText(/Assessment round 1 \(/)).toBeVisible();
  await expect(page.locator('main')).not.toContainText(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
  await expect(page.locator('main')).not.toContainText('assessment.started');
  await page.screenshot({ path: join(SCREENS, 'audit-en-1366.png'), fullPage: true });
  await shoot(page, 'audit-en');
});
