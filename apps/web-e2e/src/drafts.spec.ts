import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import {
  call,
  documentText,
  expectNoSeriousA11yViolations,
  memberPage,
  PASSWORD,
  signUpOwner,
  uniqueId,
} from './support';

interface BankQuestion {
  id: string;
  type: string;
  options?: { id: string }[];
  min?: number;
  max?: number;
}

/** Answers every visible question of a new SME round through the API (a simple mid-level answer each) and submits it. */
async function completeAssessment(request: APIRequestContext, orgId: string): Promise<void> {
  const round = await call<{ id: string }>(request, 'POST', `/api/orgs/${orgId}/assessments`, { track: 'sme' });
  const bank = await call<{ questions: BankQuestion[] }>(request, 'GET', '/api/assessment-bank?track=sme');
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  for (let pass = 0; pass < 6; pass++) {
    const detail = await call<{ visibleQuestionIds: string[]; answers: { questionId: string }[] }>(
      request,
      'GET',
      `/api/orgs/${orgId}/assessments/${round.id}`,
    );
    const answered = new Set(detail.answers.map((a) => a.questionId));
    const todo = detail.visibleQuestionIds.filter((id) => !answered.has(id));
    if (todo.length === 0) break;
    for (const id of todo) {
      const q = byId.get(id);
      if (!q) continue;
      const value =
        q.type === 'maturity'
          ? 3
          : q.type === 'single'
            ? q.options?.[Math.min(2, (q.options?.length ?? 1) - 1)]?.id
            : q.type === 'multiple'
              ? [q.options?.[0]?.id]
              : q.type === 'text'
                ? '独自の加工技術と長年の取引先との信頼関係が強みです。'
                : q.type === 'evidence'
                  ? 'https://example.com/ir/ip-strategy'
                  : q.type === 'percentage'
                    ? Math.min(q.max ?? 100, 10)
                    : Math.max(q.min ?? 0, Math.min(q.max ?? 1_000_000, 12));
      await call(request, 'PUT', `/api/orgs/${orgId}/assessments/${round.id}/answers/${id}`, {
        value,
        expectedVersion: 0,
      });
    }
  }
  await call(request, 'POST', `/api/orgs/${orgId}/assessments/${round.id}/submit`);
}

async function download(page: Page, name: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('region', { name: 'ダウンロード' }).getByRole('link', { name }).click(),
  ]);
  const path = await file.path();
  if (!path) throw new Error(`No file for ${name}`);
  return path;
}

test('from a completed assessment: draft, edit, review, approve, publish, export, public page, investor question and answer', async ({
  page,
  browser,
}) => {
  const id = uniqueId();
  const owner = await signUpOwner(page, id);
  const marker = `E2E${id}`;
  const edited = `当社は知財戦略委員会（${marker}）を四半期ごとに開催し、特許出願と研究開発投資の配分を決めています。`;
  let draftUrl = '';
  let slug = '';

  await test.step('complete an assessment through the API', async () => {
    await completeAssessment(page.request, owner.orgId);
    const me = await call<{ memberships: { organizationId: string; slug: string }[] }>(
      page.request,
      'GET',
      '/api/auth/me',
    );
    slug = me.memberships.find((m) => m.organizationId === owner.orgId)?.slug ?? '';
    expect(slug).not.toBe('');
  });

  await test.step('generate the CG-report draft and edit its sections', async () => {
    await page.getByRole('navigation', { name: '組織メニュー' }).getByRole('link', { name: '開示ドラフト' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '開示ドラフト' })).toBeVisible();
    await page.getByLabel('種類', { exact: true }).selectOption('cg-report');
    await page.getByLabel('言語', { exact: true }).selectOption('ja');
    await page.getByRole('button', { name: 'ドラフトを作成' }).click();
    await expect(page.getByRole('region', { name: 'レビューと公開' })).toBeVisible();
    draftUrl = page.url();
    await expectNoSeriousA11yViolations(page);

    // Replace every section's text (the first with the marked sentence), so that no slot is left to publish.
    const boxes = page.getByLabel(/を編集$/);
    const count = await boxes.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const box = boxes.nth(i);
      await box.fill(
        i === 0 ? edited : `取締役会は知的財産への投資と活用の状況を年2回監督しています（${marker}-${i}）。`,
      );
      await box.blur();
      await expect(page.getByText('保存中…')).toHaveCount(0);
      await expect(page.getByText('✓ 保存しました').nth(0)).toBeVisible();
    }
    await expect(page.getByText(edited).first()).toBeVisible();
    await expect(page.getByTestId('draft-overall')).toBeVisible();
    await page.getByRole('button', { name: 'レビューを依頼' }).click();
    await page.getByRole('button', { name: 'レビュー依頼を送る' }).click();
    await expect(page.getByRole('region', { name: 'レビューと公開' }).getByTestId('draft-status')).toHaveText(
      /レビュー中/,
    );
  });

  await test.step('the Japanese draft read in English: the story check speaks English (walk P2-6)', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    const story = page.getByRole('region', { name: 'Value-creation story check' });
    await expect(story.getByRole('list', { name: 'Story checklist' })).toContainText(
      'Each business has a value-creation path',
    );
    await expect(story.getByRole('heading', { name: /Incoherences found/ })).toBeVisible();
    expect(await story.innerText()).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/u);
    await page.getByRole('button', { name: '日本語' }).click();
    await expect(page.getByRole('region', { name: '価値創造ストーリーの点検' })).toBeVisible();
  });

  await test.step('the drafts list on a phone: one card per draft, nothing crushed or clipped (walk P2-7)', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/o/${owner.orgId}/drafts`);
    const table = page.getByRole('table', { name: 'ドラフト一覧' });
    await expect(table.getByRole('columnheader')).toHaveCount(6);
    const row = table.locator('tbody tr').first();
    const title = row.getByRole('rowheader');
    // The title gets the card's width (it wrapped 2–4 characters a line in six columns), the time is whole.
    expect((await title.boundingBox())?.width ?? 0).toBeGreaterThan(300);
    const time = row.getByText(/JST$/);
    const box = await time.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectNoSeriousA11yViolations(page);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(new URL(draftUrl).pathname);
  });

  await test.step('a reviewer approves in a second browser context', async () => {
    const reviewer = await memberPage(page, browser, owner.orgId, {
      email: `reviewer-${id}@example.jp`,
      role: 'reviewer',
      displayName: `レビュー担当 ${id}`,
    });
    await reviewer.goto(new URL(draftUrl).pathname);
    const workflow = reviewer.getByRole('region', { name: 'レビューと公開' });
    await expect(workflow.getByRole('button', { name: '公開する' })).toHaveCount(0);
    await workflow.getByRole('button', { name: '承認する' }).click();
    await expect(workflow.getByText('承認しました。')).toBeVisible();
    await reviewer.context().close();
  });

  await test.step('the owner publishes and downloads DOCX and PDF with the edited text', async () => {
    await page.reload();
    const workflow = page.getByRole('region', { name: 'レビューと公開' });
    await workflow.getByRole('button', { name: '公開する' }).click();
    await workflow
      .getByRole('alertdialog', { name: '公開しますか？' })
      .getByRole('button', { name: '確定して公開' })
      .click();
    await expect(workflow.getByText('公開しました。')).toBeVisible();
    expect(documentText(await download(page, 'Word文書（DOCX）'))).toContain(marker);
    expect(documentText(await download(page, 'PDF'))).toContain(marker);
  });

  await test.step('an anonymous visitor reads the public company page', async () => {
    const context = await browser.newContext({ baseURL: new URL(page.url()).origin, locale: 'ja-JP' });
    const visitor = await context.newPage();
    await visitor.goto(`/companies/${slug}`);
    await expect(visitor.getByRole('heading', { level: 1, name: owner.organizationName })).toBeVisible();
    await expect(visitor.getByTestId('public-disclosure')).toHaveCount(1);
    await expectNoSeriousA11yViolations(visitor);
    await visitor.getByRole('link', { name: '本文を読む' }).click();
    await expect(visitor.getByTestId('publication-text')).toContainText(marker);
    await expect(visitor.getByText('質問するには投資家アカウントでログインしてください。')).toBeVisible();
    await context.close();
  });

  const question = `委員会の開催実績を教えてください（${marker}）`;
  await test.step('an investor asks a question', async () => {
    const context = await browser.newContext({ baseURL: new URL(page.url()).origin, locale: 'ja-JP' });
    await call(context.request, 'POST', '/api/auth/signup', {
      email: `investor-${id}@example.jp`,
      password: PASSWORD,
      displayName: `投資家 ${id}`,
      accountType: 'investor',
    });
    const investor = await context.newPage();
    await investor.goto(`/companies/${slug}`);
    await investor.getByRole('link', { name: '本文を読む' }).click();
    await investor.getByLabel(/^質問/).fill(question);
    await investor.getByRole('button', { name: '質問を送る' }).click();
    await expect(investor.getByText(/質問を送りました。/)).toBeVisible();
    await context.close();
  });

  await test.step('the company answers publicly and the answer shows on the public page', async () => {
    await page
      .getByRole('navigation', { name: '組織メニュー' })
      .getByRole('link', { name: '投資家からの質問' })
      .click();
    const item = page.getByTestId('org-question').filter({ hasText: question });
    await item.getByRole('textbox', { name: '回答' }).fill('2025年度は4回開催しました。');
    await item.getByRole('checkbox', { name: '質問と回答を企業ページで公開する' }).check();
    await item.getByRole('button', { name: '回答する' }).click();
    await expect(item.getByRole('button', { name: '回答する' })).toHaveCount(0);
    await expect(async () => {
      const response = await page.request.get(`/api/public/companies/${slug}`);
      expect(await response.text()).toContain('2025年度は4回開催しました。');
    }).toPass({ timeout: 15_000 });
  });
});
