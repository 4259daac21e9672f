import { expect, test, type Page } from '@playwright/test';
import { signUpListedOwner, signUpOwner, uniqueId, type Owner } from './support';

// Issue 14: no lost typing, errors beside the field with the limit, numbers as people type them.

async function listedRound(page: Page): Promise<Owner> {
  const owner = await signUpListedOwner(page);
  await page.goto(`/o/${owner.orgId}/assessments`);
  await page.getByRole('button', { name: '診断を始める' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '診断への回答（第1回）' })).toBeVisible();
  return owner;
}

const openModule = (page: Page, name: RegExp) =>
  page.getByRole('navigation', { name: 'モジュール' }).getByRole('button', { name }).click();
const revenueOf = (page: Page) => page.locator('li[data-question-id="m0.revenue"]');

test('questionnaire: 「3,000」 is understood, and a reload right after typing keeps it', async ({ page }) => {
  await listedRound(page);
  await openModule(page, /会社概要と財務の基礎/);
  const revenue = revenueOf(page).getByLabel('直近の事業年度の売上高はいくらですか。');
  await revenue.fill('3,000');
  // Well inside the 600 ms debounce: only the pagehide flush (fetch keepalive) can save it.
  await page.reload();
  await openModule(page, /会社概要と財務の基礎/);
  await expect(revenueOf(page).getByLabel('直近の事業年度の売上高はいくらですか。')).toHaveValue('3000');
});

test('questionnaire: a negative revenue or 「1e400」 shows why beside the field, with the limit, and nothing is saved', async ({
  page,
}) => {
  await listedRound(page);
  await openModule(page, /会社概要と財務の基礎/);
  const question = revenueOf(page);
  const revenue = question.getByLabel('直近の事業年度の売上高はいくらですか。');
  await revenue.fill('２１，５００');
  await expect(question.getByText('保存しました')).toBeVisible();

  await revenue.fill('-5');
  await expect(question.getByText('0 以上の値を入力してください（単位: 百万円）。')).toBeVisible();
  await expect(revenue).toHaveAttribute('aria-invalid', 'true');
  await revenue.fill('1e400');
  await expect(question.getByText('数値で入力してください（例: 3,000、1.5億）。')).toBeVisible();
  await expect(question.getByText('保存しました')).toHaveCount(0);
  await expect(revenue).toHaveValue('1e400');
  await expect(page.getByText('入力内容に誤りがあります。各項目のエラーを確認してください。')).toHaveCount(0);

  await page.waitForTimeout(1_000);
  await page.reload();
  await openModule(page, /会社概要と財務の基礎/);
  await expect(revenueOf(page).getByLabel('直近の事業年度の売上高はいくらですか。')).toHaveValue('21500');
});

test('questionnaire: pasted text over the limit is kept whole, counted and explained', async ({ page }) => {
  await listedRound(page);
  await openModule(page, /無形資産の棚卸し/);
  const question = page.locator('li[data-question-id="m1.top-three"]');
  const box = question.locator('textarea');
  await box.fill('あ'.repeat(2_100));
  await expect(box).toHaveValue('あ'.repeat(2_100));
  await expect(question.getByText('2,100 / 2,000文字')).toBeVisible();
  await expect(question.getByText('2,000 文字以内で入力してください（現在 2,100 文字）。')).toBeVisible();
  await expect(question.getByText('保存しました')).toHaveCount(0);
});

test('scoring page: Back brings the pasted text back', async ({ page }) => {
  const owner = await signUpOwner(page, uniqueId());
  await page.goto(`/o/${owner.orgId}/disclosures`);
  const text = '当社は知的財産を経営戦略の中核に位置づけています。\n'.repeat(20);
  await page.getByLabel('タイトル', { exact: false }).fill('統合報告書 2026');
  await page.getByLabel('評価する文章', { exact: false }).fill(text);
  await page.goto(`/o/${owner.orgId}/drafts`);
  await page.goBack();
  await expect(page.getByLabel('評価する文章', { exact: false })).toHaveValue(text);
  await expect(page.getByLabel('タイトル', { exact: false })).toHaveValue('統合報告書 2026');
});

test('company facts: leaving with unsaved changes asks first and keeps them; 「3,000」 and 「2028年度」 are understood', async ({
  page,
}) => {
  const owner = await signUpOwner(page, uniqueId());
  await page.goto(`/o/${owner.orgId}/drafts/facts`);
  // A company that has not said it is listed sees the SME facts first; the listed-company form waits, folded.
  await page.getByText('上場企業向けの詳しい項目', { exact: false }).click();
  await page.getByRole('button', { name: 'KPIを追加' }).click();
  const kpi = page.getByRole('group', { name: 'KPI 1' });
  await kpi.getByLabel('名称（日本語）').fill('特許出願件数');
  await kpi.getByLabel('名称（英語）').fill('Patent filings');
  await kpi.getByLabel('目標値').fill('3,000');
  await kpi.getByLabel('目標年度').fill('2028年度');
  await expect(page.getByText('保存していない変更があります（この端末に一時保存しています）。')).toBeVisible();

  const asked: string[] = [];
  page.once('dialog', (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole('link', { name: '開示ドラフトに戻る' }).click();
  await expect.poll(() => asked.length).toBe(1);
  expect(asked[0]).toContain('保存していない変更があります');
  await expect(page).toHaveURL(/\/drafts\/facts$/);

  // Leaving anyway (the browser's own prompt accepted) and coming back restores the typing.
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(`/o/${owner.orgId}/drafts`);
  await page.goto(`/o/${owner.orgId}/drafts/facts`);
  await expect(
    page.getByText('前回保存されなかった変更をこの端末から復元しました。内容を確認して保存してください。'),
  ).toBeVisible();
  await expect(page.getByRole('group', { name: 'KPI 1' }).getByLabel('目標値')).toHaveValue('3,000');

  await page.getByRole('button', { name: '保存する', exact: true }).click();
  await expect(page.getByText('企業情報を保存しました。')).toBeVisible();
  await page.reload();
  const saved = page.getByRole('group', { name: 'KPI 1' });
  await expect(saved.getByLabel('目標値')).toHaveValue('3000');
  await expect(saved.getByLabel('目標年度')).toHaveValue('2028');
});

test('submitting an assessment twice (a second tab) lands on the results, not on an error', async ({
  page,
  context,
}) => {
  const owner = await listedRound(page);
  const results = new RegExp(`/o/${owner.orgId}/assessments/[^/]+/results`);
  const second = await context.newPage();
  await second.goto(page.url());
  await second.getByRole('button', { name: '提出する' }).click();
  await expect(second.getByRole('button', { name: '提出して結果を見る' })).toBeVisible();

  await page.getByRole('button', { name: '提出する' }).click();
  await page.getByRole('button', { name: '提出して結果を見る' }).click();
  await expect(page).toHaveURL(results);

  await second.getByRole('button', { name: '提出して結果を見る' }).click();
  await expect(second).toHaveURL(results);
  await expect(second.getByText('この診断は提出済みのため変更できません。新しい回を開始してください。')).toHaveCount(0);
});
