import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  call,
  expectNoA11yViolationsOf,
  expectNoSeriousA11yViolations,
  memberPage,
  shootPage,
  signUpOwner,
  uniqueId,
} from './support';

const SHOTS = resolve(__dirname, '../../../dist/.playwright/draft-review-screens');
mkdirSync(SHOTS, { recursive: true });

test('an approved draft with gaps is no dead end: changes after approval, edit, review, four-eyes approval, confirmed publish, unpublish; a double click shows the state reached', async ({
  page,
  browser,
}) => {
  const id = uniqueId();
  const owner = await signUpOwner(page, id);
  const reviewerName = `レビュー担当 ${id}`;
  const reviewer = await memberPage(page, browser, owner.orgId, {
    email: `reviewer-${uniqueId()}@example.jp`,
    role: 'reviewer',
    displayName: reviewerName,
  });
  const draft = await call<{ id: string }>(page.request, 'POST', `/api/orgs/${owner.orgId}/drafts`, {
    type: 'cg-report',
    language: 'ja',
  });
  const draftPath = `/o/${owner.orgId}/drafts/${draft.id}`;
  const me = await call<{ memberships: { organizationId: string; slug: string }[] }>(
    page.request,
    'GET',
    '/api/auth/me',
  );
  const slug = me.memberships.find((m) => m.organizationId === owner.orgId)?.slug ?? '';
  const workflow = page.getByRole('region', { name: 'レビューと公開' });

  await test.step('review with gaps: the gaps are listed and must be accepted; a double click shows the state reached', async () => {
    await page.goto(draftPath);
    await workflow.getByRole('button', { name: 'レビューを依頼' }).click();
    const form = workflow.getByTestId('draft-review-request');
    await expect(form.getByTestId('draft-review-gaps').getByRole('listitem').first()).toBeVisible();
    await form.getByLabel('レビュー担当者（任意）').selectOption({ label: reviewerName });
    await form.getByRole('button', { name: 'レビュー依頼を送る' }).click();
    await expect(form.getByText('レビューを依頼するには、要記入が残っていることを了承してください。')).toBeVisible();
    await expect(workflow.getByTestId('draft-status')).toHaveText(/作成中/);
    await form.getByLabel('上記の要記入が残ったままレビューを依頼することを了承します').check();
    await shootPage(page, SHOTS, 'review-request');
    await expectNoSeriousA11yViolations(page);
    await form.getByRole('button', { name: 'レビュー依頼を送る' }).dblclick();
    await expect(workflow.getByTestId('draft-workflow-done')).toHaveText(
      'レビューを依頼しました。 現在の状態：レビュー中',
    );
    await expect(workflow.getByTestId('draft-status')).toHaveText(/レビュー中/);
    await expect(workflow.getByRole('alert')).toHaveText('');
    await expect(page.getByText('in_review')).toHaveCount(0);
    await expect(workflow.getByTestId('draft-reviewer')).toHaveText(`レビュー担当者：${reviewerName}`);
    // Four-eyes: the owner generated this version, so approving is disabled and says why.
    const approve = workflow.getByRole('button', { name: '承認する' });
    await expect(approve).toBeDisabled();
    await expect(approve).toHaveAccessibleDescription(/あなたのため、承認できません/);
  });

  await test.step('the reviewer is notified, approves, and then requests changes on the approved draft', async () => {
    await reviewer.goto(`/o/${owner.orgId}`);
    const bell = reviewer.getByTestId('notification-bell');
    await expect(bell).toHaveAccessibleName('お知らせ 未読 1 件');
    // The name carries the count the bell shows (axe label-content-name-mismatch, serious), on an organization page.
    await expectNoA11yViolationsOf(reviewer, ['label-content-name-mismatch']);
    await expectNoSeriousA11yViolations(reviewer);
    await bell.click();
    await shootPage(reviewer, SHOTS, 'notifications');
    await reviewer
      .getByTestId('notification-list')
      .getByRole('link', { name: /レビュー依頼/ })
      .click();
    const theirs = reviewer.getByRole('region', { name: 'レビューと公開' });
    await theirs.getByRole('button', { name: '承認する' }).click();
    await expect(theirs.getByTestId('draft-status')).toHaveText(/承認済み/);
    await expect(reviewer.getByTestId('notification-bell')).toHaveAccessibleName('お知らせ 未読なし');
    await theirs.getByRole('button', { name: '修正を依頼' }).click();
    await theirs.getByLabel('修正してほしい内容').fill('要記入の箇所を埋めてから公開してください。');
    await theirs.getByRole('button', { name: '修正依頼を送る' }).click();
    await expect(theirs.getByTestId('draft-status')).toHaveText(/修正依頼あり/);
  });

  await test.step('the owner fills the gaps and asks again; the reviewer approves', async () => {
    await page.reload();
    await expect(page.getByTestId('draft-changes-requested')).toContainText(
      '要記入の箇所を埋めてから公開してください。',
    );
    const boxes = page.getByLabel(/を編集$/);
    const count = await boxes.count();
    for (let i = 0; i < count; i++) {
      await boxes.nth(i).fill(`取締役会は知的財産への投資と活用の状況を年2回監督しています（${id}-${i}）。`);
      await boxes.nth(i).blur();
      await expect(page.getByText('保存中…')).toHaveCount(0);
    }
    await expect(page.getByTestId('draft-overall')).toBeVisible();
    await workflow.getByRole('button', { name: 'レビューを依頼' }).click();
    await expect(workflow.getByTestId('draft-review-gaps')).toHaveCount(0);
    await workflow.getByRole('button', { name: 'レビュー依頼を送る' }).click();
    await expect(workflow.getByTestId('draft-status')).toHaveText(/レビュー中/);
    await reviewer.reload();
    await reviewer.getByRole('region', { name: 'レビューと公開' }).getByRole('button', { name: '承認する' }).click();
    await expect(reviewer.getByRole('region', { name: 'レビューと公開' }).getByTestId('draft-status')).toHaveText(
      /承認済み/,
    );
  });

  await test.step('publishing asks first; unpublishing takes the page down', async () => {
    await page.reload();
    await workflow.getByRole('button', { name: '公開する' }).click();
    const confirm = workflow.getByRole('alertdialog', { name: '公開しますか？' });
    await expect(confirm.getByRole('button', { name: '確定して公開' })).toBeFocused();
    await shootPage(page, SHOTS, 'publish-confirm');
    await confirm.getByRole('button', { name: 'キャンセル' }).click();
    await expect(workflow.getByTestId('draft-status')).toHaveText(/承認済み/);
    await workflow.getByRole('button', { name: '公開する' }).click();
    await workflow.getByRole('button', { name: '確定して公開' }).click();
    await expect(workflow.getByTestId('draft-status')).toHaveText(/公開済み/);
    expect((await page.request.get(`/api/public/companies/${slug}`)).status()).toBe(200);

    await workflow.getByRole('button', { name: '公開を取り下げる' }).click();
    await workflow
      .getByRole('alertdialog', { name: '公開を取り下げますか？' })
      .getByRole('button', { name: '取り下げを確定' })
      .click();
    await expect(workflow.getByTestId('draft-status')).toHaveText(/公開取り下げ/);
    await expect(workflow.getByTestId('draft-publication-history')).toContainText('取り下げ');
    await shootPage(page, SHOTS, 'withdrawn');
    expect((await page.request.get(`/api/public/companies/${slug}`)).status()).toBe(404);
    await page.goto(`/companies/${slug}`);
    await expect(page.getByText('見つかりません')).toBeVisible();
  });
  await reviewer.context().close();
});
