import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const PASSWORD = 'correct-horse-battery-42';

export function uniqueId(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
}

export interface Owner {
  email: string;
  displayName: string;
  organizationName: string;
  orgId: string;
}

/** Signs up a company account through the UI; returns once the new organization's home page shows. */
export async function signUpOwner(page: Page, id = uniqueId()): Promise<Owner> {
  const owner = {
    email: `owner-${id}@example.jp`,
    displayName: `オーナー ${id}`,
    organizationName: `株式会社テスト${id}`,
  };
  await page.goto('/sign-up');
  await page.getByLabel('メールアドレス').fill(owner.email);
  await page.getByLabel('パスワード', { exact: false }).fill(PASSWORD);
  await page.getByLabel('表示名').fill(owner.displayName);
  await page.getByLabel('組織の正式名称（日本語）').fill(owner.organizationName);
  await page.getByRole('button', { name: 'アカウントを作成' }).click();
  await expect(page.getByRole('heading', { level: 1, name: owner.organizationName })).toBeVisible();
  const orgId = /\/o\/([^/]+)/.exec(new URL(page.url()).pathname)?.[1];
  if (!orgId) throw new Error(`Expected to land in the new organization, got ${page.url()}`);
  return { ...owner, orgId };
}

/** axe-core on the current page: no serious or critical violations. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  expect(serious, `${page.url()}: ${JSON.stringify(serious, null, 2)}`).toEqual([]);
}
