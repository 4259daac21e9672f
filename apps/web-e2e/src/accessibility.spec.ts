import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, signUpOwner } from './support';

test('landing, sign-in, sign-up, organization profile and members pages have no serious accessibility violations', async ({
  page,
}) => {
  await page.goto('/');
  await expect(
    page.getByRole('heading', { level: 1, name: '知財・無形資産を、投資家と金融機関に伝わる言葉に' }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'ログイン' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto('/sign-up');
  await expect(page.getByRole('heading', { level: 1, name: '新規登録' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // With field errors shown, too.
  await page.getByRole('button', { name: 'アカウントを作成' }).click();
  await expect(page.getByLabel('メールアドレス')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('メールアドレス')).toBeFocused();
  await expectNoSeriousA11yViolations(page);

  const owner = await signUpOwner(page);
  await page.goto(`/o/${owner.orgId}/profile`);
  await expect(page.getByLabel('正式名称（日本語）')).toHaveValue(owner.organizationName);
  await expectNoSeriousA11yViolations(page);

  await page.goto(`/o/${owner.orgId}/members`);
  await expect(page.getByText(owner.email)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('keyboard: the skip link leads to the main content; the language chosen before sign-in is kept', async ({
  page,
}) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'ログイン' })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '本文へスキップ' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main-content')).toBeFocused();

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
