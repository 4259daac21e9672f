import { expect, test, type Page } from '@playwright/test';
import {
  answerGovernanceLadders,
  expectNoSeriousA11yViolations,
  signUpListedOwner,
  uniqueId,
  validatorPage,
} from './support';

const FORUM = '知財・開発・営業・企画などの部門が一緒に、知財や無形資産の使い方を話し合う場がありますか。';
const IP_HEAD = '知財部門の責任者は、経営戦略・事業戦略を議論する会議に参加していますか。';
const EVIDENCE = 'https://intra.example.jp/minutes/ip-forum-2026';
const RETURN_REASON = '会議体の議事録（直近1年分）を根拠として添付してください';

async function screenshots(page: Page, name: string, outputPath: (name: string) => string): Promise<void> {
  await page.screenshot({ path: outputPath(`${name}-desktop.png`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: outputPath(`${name}-phone.png`), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('the yearly cycle: targets, answers, validation with a second member (return, fix, accept), validated results with target gaps', async ({
  page,
  browser,
}, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const id = uniqueId();
  const owner = await signUpListedOwner(page, id);

  await page.goto(`/o/${owner.orgId}/assessments`);
  await page.getByRole('button', { name: '診断を始める' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '診断への回答（第1回）' })).toBeVisible();
  const roundPath = new URL(page.url()).pathname;

  await test.step('plan: a target for the governance module and one for a single question', async () => {
    await page.goto(`${roundPath}/results`);
    await page.getByRole('combobox', { name: '組織とガバナンスの目標の水準' }).selectOption('3');
    const perQuestion = page.getByTestId('question-targets');
    const summary = perQuestion.locator('summary', { hasText: /^組織とガバナンス（/ });
    await summary.focus();
    await page.keyboard.press('Enter');
    await perQuestion.getByRole('combobox', { name: `設問「${FORUM}」の目標の水準` }).selectOption('4');
    await page.getByRole('button', { name: '目標と対象範囲を保存' }).click();
    await expect(page.getByText('保存しました。結果を再計算しました。')).toBeVisible();
    await expect(summary).toHaveText(/設問の目標 1件/);
    await screenshots(page, 'planning-question-targets', (n) => testInfo.outputPath(n));
  });

  await test.step('answer two high claims and ask for validation', async () => {
    await answerGovernanceLadders(page, roundPath, [
      [FORUM, 4],
      [IP_HEAD, 3],
    ]);
    await expect(page.getByText('検証が必要な回答：2件（水準3以上）')).toBeVisible();
    await page.getByRole('button', { name: '検証を依頼する' }).click();
    await page.getByRole('button', { name: '依頼する', exact: true }).click();
    await expect(page.getByText(/検証中です：承認 0件・差戻し 0件・未確認 2件/)).toBeVisible();
  });

  // The reviewer: a second member with the reviewer role, in a browser context of their own.
  const reviewer = await validatorPage(page, browser, owner.orgId, id);
  const item = (prompt: string) =>
    reviewer.getByRole('listitem').filter({ has: reviewer.getByRole('heading', { name: prompt }) });

  await test.step('the reviewer returns one answer with a reason and accepts the other', async () => {
    await reviewer.goto(`${roundPath}/review`);
    await expect(reviewer.getByRole('heading', { level: 1, name: '回答の検証（第1回）' })).toBeVisible();
    await expectNoSeriousA11yViolations(reviewer);
    await screenshots(reviewer, 'review', (n) => testInfo.outputPath(n));
    // Returning without a reason is stopped at the field.
    await item(FORUM).getByRole('button', { name: '差し戻す' }).click();
    await expect(item(FORUM).getByRole('textbox', { name: /コメント/ })).toHaveAttribute('aria-invalid', 'true');
    await item(FORUM)
      .getByRole('textbox', { name: /コメント/ })
      .fill(RETURN_REASON);
    await item(FORUM).getByRole('button', { name: '差し戻す' }).click();
    await expect(item(FORUM).getByText('差戻し', { exact: false }).first()).toBeVisible();
    await item(IP_HEAD).getByRole('button', { name: '承認する' }).click();
    await expect(reviewer.getByText(/承認 1件・差戻し 1件・未確認 0件/)).toBeVisible();
  });

  await test.step('the contributor sees the reason and fixes the returned answer', async () => {
    await page.reload();
    const returned = page.getByTestId('returned-answers');
    await expect(returned).toContainText(RETURN_REASON);
    await screenshots(page, 'questionnaire-returned', (n) => testInfo.outputPath(n));
    await returned.getByRole('link').first().click();
    const forum = page.getByRole('group', { name: FORUM });
    await expect(page.getByRole('group', { name: IP_HEAD }).getByRole('radio').first()).toBeDisabled();
    await forum.getByRole('radio', { name: /^レベル3/ }).check();
    await expect(page.locator('li.question', { has: forum }).getByText('保存しました')).toBeVisible();
    await expect(page.getByText(/承認 1件・差戻し 0件・未確認 1件/)).toBeVisible();
    const question = page.locator('li.question', { has: forum });
    await question.getByLabel(/根拠のリンク/).fill(EVIDENCE);
    await question.getByRole('button', { name: '根拠を保存' }).click();
    await expect(question.getByText('根拠を保存しました。')).toBeVisible();
    await question.scrollIntoViewIfNeeded();
    await screenshots(page, 'questionnaire-evidence', (n) => testInfo.outputPath(n));
  });

  await test.step('the reviewer accepts the fixed answer', async () => {
    await reviewer.reload();
    await expect(item(FORUM).getByText(/前回の判断（差戻し）の後に回答が変わりました/)).toBeVisible();
    await expect(item(FORUM).getByRole('link', { name: EVIDENCE })).toBeVisible();
    await item(FORUM)
      .getByRole('textbox', { name: /コメント/ })
      .fill('議事録で確認しました');
    await item(FORUM).getByRole('button', { name: '承認する' }).click();
    await expect(reviewer.getByText('すべての対象回答が承認されました。提出できます。')).toBeVisible();
    await reviewer.context().close();
  });

  await test.step('the round is submitted; results show the validated answers and the gaps to target', async () => {
    await page.reload();
    await page.getByRole('button', { name: '提出する' }).click();
    await page.getByRole('button', { name: '提出して結果を見る' }).click();
    await expect(page.getByTestId('overall-score')).toBeVisible();
    const summary = page.getByTestId('validation-summary');
    await expect(summary).toContainText('検証済み：承認 2件・差戻し 0件・未確認 0件');
    await expect(summary.getByRole('row', { name: new RegExp(FORUM) })).toContainText('議事録で確認しました');
    const targets = page.getByTestId('targets-table');
    await expect(targets.getByRole('row', { name: /組織とガバナンス/ })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshots(page, 'results-validated', (n) => testInfo.outputPath(n));
  });
});
