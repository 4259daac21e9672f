import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoSeriousA11yViolations, signUpOwner, uniqueId } from './support';

/** Answers every unanswered question on the current module at a low-to-middle level, until none is left. */
async function answerModule(page: Page): Promise<void> {
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
  const number = q.locator('input[type=number]');
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

test('an SME owner completes the SME track, sees the radar chart and the action plan, and downloads the PDF', async ({ page }) => {
  const owner = await signUpOwner(page, uniqueId());

  await test.step('start an assessment; the SME track is suggested for an SME', async () => {
    await page.getByRole('navigation', { name: '組織メニュー' }).getByRole('link', { name: '自己診断' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '知財ガバナンス自己診断' })).toBeVisible();
    await expect(page.getByRole('radio', { name: /中小企業・スタートアップ向け/ })).toBeChecked();
    await page.getByRole('button', { name: '診断を始める' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '診断への回答（第1回）' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  await test.step('answer every module, jumping between them with the keyboard-reachable module list', async () => {
    const nav = page.getByRole('navigation', { name: 'モジュール' });
    const modules = nav.getByRole('button');
    const count = await modules.count();
    for (let i = 0; i < count; i++) {
      await modules.nth(i).click();
      await answerModule(page);
    }
    await expect(page.getByText('保存中…')).toHaveCount(0);
    await page.reload();
    const overall = page.getByRole('progressbar', { name: '全体の進み具合' });
    await expect(overall).toBeVisible();
    const [value, max] = await Promise.all([overall.getAttribute('value'), overall.getAttribute('max')]);
    expect(Number(value)).toBeGreaterThan(0);
    expect(value).toBe(max);
  });

  await test.step('submit (with confirmation) and land on the results', async () => {
    await page.getByRole('button', { name: '提出する' }).click();
    await page.getByRole('button', { name: '提出して結果を見る' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /診断結果（第1回/ })).toBeVisible();
    await expect(page.getByTestId('radar-chart').locator('svg').first()).toBeVisible();
    await expect(page.getByRole('table', { name: '7つのアクション別スコア（表）' }).getByRole('row')).toHaveCount(8);
    await expect(page.getByRole('heading', { level: 2, name: '優先アクションプラン' })).toBeVisible();
    await expect(page.getByTestId('action-plan').getByRole('listitem').first()).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  await test.step('download the PDF', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '結果をPDFでダウンロード' }).click()]);
    const file = await download.path();
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.toString('latin1')).toContain('NotoSansJP');
    expect(owner.orgId).not.toBe('');
  });
});

test('a listed-company user answers in two tabs and resolves the conflict', async ({ page, context }) => {
  const owner = await signUpOwner(page, uniqueId());
  await page.goto(`/o/${owner.orgId}/profile`);
  await page.getByLabel('上場区分').selectOption({ label: 'プライム市場' });
  await page.getByLabel('企業規模').selectOption({ label: '大企業' });
  await page.getByRole('button', { name: '保存する' }).click();
  await expect(page.getByRole('status').filter({ hasText: '組織プロフィールを保存しました。' })).toBeVisible();

  await page.goto(`/o/${owner.orgId}/assessments`);
  await expect(page.getByRole('radio', { name: /上場企業向け/ })).toBeChecked();
  await page.getByRole('button', { name: '診断を始める' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '診断への回答（第1回）' })).toBeVisible();
  const url = page.url();

  const second = await context.newPage();
  await second.goto(url);
  await expect(second.getByRole('heading', { level: 1, name: '診断への回答（第1回）' })).toBeVisible();

  const moduleButton = (p: Page) => p.getByRole('navigation', { name: 'モジュール' }).getByRole('button', { name: /無形資産の棚卸し/ });
  await moduleButton(page).click();
  await moduleButton(second).click();
  const firstLadder = (p: Page) => p.locator('li.question').filter({ has: p.getByRole('radio', { name: /^レベル0/ }) }).first();

  await test.step('tab 1 answers a part of the listed track', async () => {
    await firstLadder(page).getByRole('radio', { name: /^レベル3/ }).check();
    await expect(firstLadder(page).getByText('保存しました')).toBeVisible();
    await answerModule(page);
  });

  await test.step('tab 2, still on the old version, changes the same answer and sees both values', async () => {
    await firstLadder(second).getByRole('radio', { name: /^レベル1/ }).check();
    const dialog = second.getByRole('alertdialog', { name: '他の人が先にこの回答を変更しました' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId('conflict-theirs')).toContainText('3 —');
    await expect(dialog.getByTestId('conflict-yours')).toContainText('1 —');
    await expectNoSeriousA11yViolations(second);
    await dialog.getByRole('button', { name: '自分の回答で上書きする' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(firstLadder(second).getByText('保存しました')).toBeVisible();
  });

  await test.step('after a reload, tab 1 shows the value kept in tab 2', async () => {
    await page.reload();
    await moduleButton(page).click();
    await expect(firstLadder(page).getByRole('radio', { name: /^レベル1/ })).toBeChecked();
  });
});
