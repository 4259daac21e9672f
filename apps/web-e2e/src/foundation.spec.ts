import { expect, test } from '@playwright/test';
import { PASSWORD, signUpOwner, uniqueId } from './support';

test('sign up, fill the profile, invite a colleague who signs up and accepts, switch language, sign out', async ({
  page,
  browser,
}) => {
  const id = uniqueId();

  await test.step('a visitor learns what the product is for, then signs up and gets a new organization', async () => {
    await page.goto('/');
    await expect(
      page.getByRole('heading', { level: 1, name: '知財・無形資産を、投資家と金融機関に伝わる言葉に' }),
    ).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'サイト' }).getByRole('link', { name: '企業の開示を見る' }),
    ).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  });
  const owner = await signUpOwner(page, id);
  await expect(page.getByText('オーナー', { exact: true })).toBeVisible();

  await test.step('fill the organization profile', async () => {
    await page
      .getByRole('navigation', { name: '組織メニュー' })
      .getByRole('link', { name: '組織プロフィール' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: '組織プロフィール' })).toBeVisible();
    await page.getByLabel('正式名称（英語）').fill(`Test ${id} Co., Ltd.`);
    await page.getByLabel('上場区分').selectOption({ label: 'グロース市場' });
    await page.getByLabel('企業規模').selectOption({ label: 'スタートアップ' });
    await page.getByLabel('業種（東証33業種）').selectOption({ label: '情報・通信業' });
    await page.getByLabel('決算月').selectOption({ label: '12月' });
    await page.getByRole('button', { name: '保存する' }).click();
    await expect(page.getByRole('status').filter({ hasText: '組織プロフィールを保存しました。' })).toBeVisible();

    await page.reload();
    await expect(page.getByLabel('正式名称（英語）')).toHaveValue(`Test ${id} Co., Ltd.`);
    await expect(page.getByLabel('上場区分')).toHaveValue('growth');
    await expect(page.getByLabel('企業規模')).toHaveValue('startup');
    await expect(page.getByLabel('業種（東証33業種）')).toHaveValue('5250');
    await expect(page.getByLabel('決算月')).toHaveValue('12');
  });

  const invitee = { email: `colleague-${id}@example.jp`, displayName: `同僚 ${id}` };
  let acceptUrl = '';
  await test.step('invite a colleague as contributor and take the link shown', async () => {
    await page.getByRole('navigation', { name: '組織メニュー' }).getByRole('link', { name: 'メンバー' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'メンバー' })).toBeVisible();
    await page.getByLabel('招待する人のメールアドレス').fill(invitee.email);
    await page.getByLabel('役割', { exact: true }).selectOption('contributor');
    await page.getByRole('button', { name: '招待リンクを作成' }).click();
    const link = page.getByLabel('招待リンク');
    await expect(link).toHaveValue(/\/invitations\/.+/);
    acceptUrl = await link.inputValue();
    const pending = page.getByRole('region', { name: '招待中' });
    await expect(pending.getByText(invitee.email)).toBeVisible();
  });

  await test.step('the colleague opens the link in another browser, signs up and accepts', async () => {
    const context = await browser.newContext({ baseURL: new URL(acceptUrl).origin, locale: 'ja-JP' });
    const other = await context.newPage();
    await other.goto(acceptUrl);
    await expect(other.getByRole('heading', { level: 1, name: '組織への招待' })).toBeVisible();
    await expect(other.getByText(owner.organizationName).first()).toBeVisible();
    await expect(other.getByText('担当者', { exact: true })).toBeVisible();

    await other.getByRole('link', { name: 'アカウントを作成して承諾' }).click();
    await expect(other.getByRole('heading', { level: 1, name: '新規登録' })).toBeVisible();
    await expect(other.getByLabel('メールアドレス')).toHaveValue(invitee.email);
    await other.getByLabel('パスワード', { exact: false }).fill(PASSWORD);
    await other.getByLabel('表示名').fill(invitee.displayName);
    // An invitee joins the inviting organization: the form asks for no organization of their own.
    await expect(other.getByLabel('組織の正式名称（日本語）')).toHaveCount(0);
    await other.getByRole('button', { name: 'アカウントを作成' }).click();

    const invitationHeading = other.getByRole('heading', { level: 1, name: '組織への招待' });
    await expect(invitationHeading).toBeVisible();
    await other.getByRole('button', { name: '招待を承諾する' }).click();
    await expect(other.getByRole('heading', { level: 1, name: owner.organizationName })).toBeVisible();
    await expect(other.locator('.badge', { hasText: '担当者' })).toBeVisible();
    // A contributor cannot manage members: no invite form, no role selects.
    await other.getByRole('navigation', { name: '組織メニュー' }).getByRole('link', { name: 'メンバー' }).click();
    await expect(other.getByRole('heading', { level: 1, name: 'メンバー' })).toBeVisible();
    await expect(other.getByRole('heading', { name: 'メンバーを招待' })).toHaveCount(0);
    await expect(other.getByRole('combobox')).toHaveCount(1); // only the organization switcher
    await context.close();
  });

  await test.step('the owner sees the new member with their role', async () => {
    await page.reload();
    const roleSelect = page.getByRole('combobox', { name: `${invitee.displayName} の役割` });
    await expect(roleSelect).toHaveValue('contributor');
    await expect(page.getByRole('region', { name: '招待中' }).getByText(invitee.email)).toHaveCount(0);
  });

  await test.step('switch the language to English and back; the choice survives a reload', async () => {
    const savedEn = page.waitForResponse((r) => r.url().endsWith('/api/auth/me') && r.request().method() === 'PATCH');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Members' })).toBeVisible();
    expect((await savedEn).status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Members' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();

    const savedJa = page.waitForResponse((r) => r.url().endsWith('/api/auth/me') && r.request().method() === 'PATCH');
    await page.getByRole('button', { name: '日本語' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'メンバー' })).toBeVisible();
    expect((await savedJa).status()).toBe(200);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'メンバー' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  });

  await test.step('sign out; the organization is then out of reach', async () => {
    await page.getByRole('button', { name: 'ログアウト' }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole('heading', { level: 1, name: 'ログイン' })).toBeVisible();
    await page.goto(`/o/${owner.orgId}/members`);
    await expect(page).toHaveURL(/\/sign-in\?next=/);
  });

  await test.step('sign in again and land in the organization', async () => {
    await page.getByLabel('メールアドレス').fill(owner.email);
    await page.getByLabel('パスワード').fill(PASSWORD);
    await page.getByRole('button', { name: 'ログイン' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'メンバー' })).toBeVisible();
  });
});
