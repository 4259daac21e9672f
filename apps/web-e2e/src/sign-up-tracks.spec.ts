import { expect, test } from '@playwright/test';
import { PASSWORD, expectNoSeriousA11yViolations, uniqueId } from './support';

// Walk P2-5 and P2-8: a listed company that signs up from its landing card starts on the listed track, and signing
// up again with the same address says so beside the field, with the ways in, until the address is changed.
test('a listed company signs up from its card and starts listed; the same address again is refused beside the field', async ({
  page,
  browser,
}) => {
  const id = uniqueId();
  const email = `ir-${id}@example.jp`;
  const company = `カイロ化成${id}株式会社`;

  await test.step('the listed-company card carries its path into the sign-up form', async () => {
    await page.goto('/');
    await page
      .getByRole('listitem')
      .filter({ hasText: '上場企業の知財・IR・経営企画の方' })
      .getByRole('link', { name: '無料で登録する' })
      .click();
    await expect(page).toHaveURL(/\/sign-up\?track=listed$/);
    await expect(page.getByText('上場企業としてアカウントと組織を作成し')).toBeVisible();
    await expect(page.getByLabel('上場区分')).toHaveValue('prime');
    await expect(page.getByLabel('企業規模')).toHaveValue('large');
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel('メールアドレス').fill(email);
    await page.getByLabel('パスワード', { exact: false }).fill(PASSWORD);
    await page.getByLabel('表示名').fill('知財部 佐藤');
    await page.getByLabel('組織の正式名称（日本語）').fill(company);
    await page.getByRole('button', { name: 'アカウントを作成' }).click();
    await expect(page.getByRole('heading', { level: 1, name: company })).toBeVisible();
  });

  await test.step('the new organization is on the listed track: the listed self-assessment, a CG-report draft', async () => {
    const start = page.getByTestId('start-here');
    await expect(start.getByRole('heading', { name: '知財・無形資産ガバナンスの自己診断' })).toBeVisible();
    await expect(start).not.toContainText('中小企業向けチェック');
    const orgId = /\/o\/([^/]+)/.exec(new URL(page.url()).pathname)?.[1];
    await page.goto(`/o/${orgId}/profile`);
    await expect(page.getByLabel('上場区分')).toHaveValue('prime');
    await expect(page.getByLabel('企業規模')).toHaveValue('large');
    await page.goto(`/o/${orgId}/drafts`);
    await expect(page.getByLabel('種類')).toHaveValue('cg-report');
  });

  await test.step('signing up again with that address: the field says it is registered, with the ways in', async () => {
    const context = await browser.newContext({ locale: 'ja-JP' });
    const other = await context.newPage();
    await other.goto('/sign-up');
    const emailBox = other.getByLabel('メールアドレス');
    await emailBox.fill(email);
    await other.getByLabel('パスワード', { exact: false }).fill(PASSWORD);
    await other.getByLabel('表示名').fill('別の人');
    await other.getByLabel('組織の正式名称（日本語）').fill(`別会社${id}`);
    await other.getByLabel('上場区分').selectOption({ label: '非上場' });
    await other.getByLabel('企業規模').selectOption({ label: '中小企業' });
    await other.getByRole('button', { name: 'アカウントを作成' }).click();

    const alert = other.getByRole('alert').filter({ hasText: 'このメールアドレスは既に登録されています。' });
    await expect(alert).toBeVisible();
    // An ordinary mistake, not a fault to report: no reference number.
    await expect(alert).not.toContainText('問い合わせ番号');
    await expect(emailBox).toHaveAttribute('aria-invalid', 'true');
    await expect(emailBox).toHaveAccessibleDescription(
      /既に登録されています。ログインするか、パスワードを再設定してください。/,
    );
    await expect(other.getByText('値が正しくありません')).toHaveCount(0);
    await expect(other.getByRole('link', { name: 'パスワードを再設定する' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
    await expect(other.getByRole('link', { name: 'ログインする' })).toBeVisible();
    await expectNoSeriousA11yViolations(other);

    // A different mistake leaves the untouched address's message; changing the address clears it and the banner.
    await other.getByLabel('パスワード', { exact: false }).fill('short');
    await other.getByRole('button', { name: 'アカウントを作成' }).click();
    await expect(other.getByText('パスワードは10文字以上にしてください。')).toBeVisible();
    await expect(emailBox).toHaveAccessibleDescription(/既に登録されています/);
    await emailBox.fill(`other-${id}@example.jp`);
    await expect(emailBox).not.toHaveAttribute('aria-invalid');
    await expect(other.getByText('このメールアドレスは既に登録されています。')).toHaveCount(0);
    await context.close();
  });
});
