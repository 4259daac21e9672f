import { expect, test, type Locator, type Page } from '@playwright/test';
import { signUpOwner, uniqueId } from './support';

// Every form on the app's pages, walked the same way: fill every text box past any limit and submit.
// Each form must answer with a message beside a field (or a listed one), never the bare summary, and stay put.

const GENERIC = '入力内容に誤りがあります。各項目のエラーを確認してください。';
const OVER_LIMIT = 'x'.repeat(100_001);

/** Walks the forms with text boxes on one page; returns the paths of those it walked. */
async function walkForms(page: Page, path: string): Promise<string[]> {
  const walked: string[] = [];
  await page.goto(path);
  await expect(page.locator('main h1').first()).toBeVisible();
  // Forms fed by a query appear once it answers.
  await page.waitForLoadState('networkidle');
  await expect(page.locator('main .loading')).toHaveCount(0);
  const forms = page.locator('main form');
  const count = await forms.count();
  for (let i = 0; i < count; i++) {
    const form = forms.nth(i);
    // The boxes a person can reach: a folded part of a form (e.g. the listed-company facts behind a summary) is not.
    const boxes = form.locator(
      'input[type=text]:enabled:visible, input[type=email]:enabled:visible, input[type=url]:enabled:visible, input[type=password]:enabled:visible, input:not([type]):enabled:visible, textarea:enabled:visible',
    );
    if ((await boxes.count()) === 0) continue;
    walked.push(`${path}#${i}`);
    for (let j = 0; j < (await boxes.count()); j++) await boxes.nth(j).fill(OVER_LIMIT);
    const submit = form.locator('button[type=submit]').first();
    if ((await submit.count()) > 0 && (await submit.isEnabled())) await submit.click();
    await expectFieldMessage(page, form, path);
    await expect(page, `${path}: a refused form stays on its page`).toHaveURL(
      new RegExp(`${path.replace(/[?]/g, '\\?')}$`),
    );
  }
  return walked;
}

async function expectFieldMessage(page: Page, form: Locator, path: string): Promise<void> {
  await expect(form.locator('.field__error, .notice__list li').first(), `${path}: a field message`).toBeVisible();
  const generic = page.getByText(GENERIC);
  if ((await generic.count()) > 0) {
    const fieldMessages = await page.locator('.field__error, .notice__list li').count();
    expect(fieldMessages, `${path}: the summary never stands alone`).toBeGreaterThan(0);
  }
  await expect(form.getByText('保存しました')).toHaveCount(0);
}

test('signed out: sign-in, sign-up, password reset and joining a workshop refuse over-limit input beside the fields', async ({
  page,
}) => {
  const walked: string[] = [];
  for (const path of ['/sign-in', '/sign-up', '/forgot-password', '/join'])
    walked.push(...(await walkForms(page, path)));
  expect(walked).toEqual(['/sign-in#0', '/sign-up#0', '/forgot-password#0', '/join#0']);
});

test('signed in: every company form refuses over-limit input beside the fields and writes nothing', async ({
  page,
}) => {
  // Six pages, each box filled with 100,001 characters: 1.1 min in a CI run on 2 cores, so more than the default.
  const owner = await signUpOwner(page, uniqueId());
  const base = `/o/${owner.orgId}`;
  const walked: string[] = [];
  for (const path of [
    `${base}/profile`,
    `${base}/members`,
    `${base}/disclosures`,
    `${base}/drafts/facts`,
    `${base}/workshops`,
    '/organizations/new',
  ]) {
    walked.push(...(await walkForms(page, path)));
  }
  expect(walked.map((w) => w.replace(base, ''))).toEqual([
    '/profile#0',
    '/members#0',
    '/disclosures#0',
    '/drafts/facts#0',
    '/workshops#0',
    '/organizations/new#0',
  ]);
  // Nothing was written: the profile still carries the name given at sign-up.
  await page.goto(`${base}/profile`);
  await expect(page.getByLabel('正式名称（日本語）', { exact: false })).toHaveValue(owner.organizationName);
});
