import { expect, test, type Page } from '@playwright/test';
import { answerModule, expectNoSeriousA11yViolations, signUpListedOwner } from './support';

test('a listed-company user answers in two tabs and resolves the conflict', async ({ page, context }) => {
  const owner = await signUpListedOwner(page);

  await page.goto(`/o/${owner.orgId}/assessments`);
  await expect(page.getByRole('radio', { name: /上場企業向け/ })).toBeChecked();
  await page.getByRole('button', { name: '診断を始める' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '診断への回答（第1回）' })).toBeVisible();
  const url = page.url();

  const second = await context.newPage();
  await second.goto(url);
  await expect(second.getByRole('heading', { level: 1, name: '診断への回答（第1回）' })).toBeVisible();

  const moduleButton = (p: Page) =>
    p.getByRole('navigation', { name: 'モジュール' }).getByRole('button', { name: /無形資産の棚卸し/ });
  await moduleButton(page).click();
  await moduleButton(second).click();
  const firstLadder = (p: Page) =>
    p
      .locator('li.question')
      .filter({ has: p.getByRole('radio', { name: /^レベル0/ }) })
      .first();

  await test.step('tab 1 answers a part of the listed track', async () => {
    await firstLadder(page)
      .getByRole('radio', { name: /^レベル3/ })
      .check();
    await expect(firstLadder(page).getByText('保存しました')).toBeVisible();
    await answerModule(page);
  });

  await test.step('tab 2, still on the old version, changes the same answer and sees both values', async () => {
    await firstLadder(second)
      .getByRole('radio', { name: /^レベル1/ })
      .check();
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
