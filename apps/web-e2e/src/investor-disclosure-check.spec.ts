import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { call, expectNoSeriousA11yViolations, PASSWORD, uniqueId } from './support';

// An equity analyst signs up as an investor (no company, no invented organization), checks a company's disclosure
// and reads the judgement; the text survives a reload, a double click makes one record, and the phone has no
// sideways scroll.

const SCREENS = resolve(__dirname, '../../../dist/screens/investor-check');
mkdirSync(SCREENS, { recursive: true });

const TEXT = [
  '当社の電池材料事業では、正極材の焼成技術に関する特許群（国内212件・海外348件）が、車載電池向け製品の売上高1,240億円（2025年度、前年比18%増）を支えています。',
  'これらの特許により競合他社の参入を防ぎ、主要顧客3社との長期供給契約（2030年まで）を獲得したことで、同事業の営業利益率は14.2%と全社平均の2倍になっています。',
  'CTOを委員長とする知財戦略委員会が四半期ごとに開催され、出願・放棄の判断と重点領域の見直しを行っています。',
].join('');

// Our own passage about an invented noodle chain, told without any word of technology or rights.
const PLAIN_TEXT =
  '当社の「すずめ亭」は駅前に集中して出店し、セントラルキッチンで仕込みを一括することで、低価格でもおいしい料理を提供しています。常連のお客様が毎週来店され、売上総利益率は70%を超えています。';

/** The page at desktop (1280×800) and phone (390×844) width, full length, for a person to look at. */
async function shoot(page: Page, name: string): Promise<void> {
  const before = page.viewportSize();
  for (const [w, h, tag] of [
    [1280, 800, 'desktop'],
    [390, 844, 'phone'],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.waitForTimeout(150);
    // No sideways scroll on a phone (nor on a desktop).
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} at ${w}px scrolls sideways`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SCREENS, `${name}-${tag}.png`), fullPage: true });
  }
  if (before) await page.setViewportSize(before);
}

test('an investor signs up, pastes a disclosure, keeps it across a reload, and reads its score and sentence roles', async ({
  page,
}) => {
  const id = uniqueId();
  await test.step('sign up as an investor, without any organization', async () => {
    await page.goto('/sign-up');
    await page.getByLabel('メールアドレス').fill(`analyst-${id}@example.jp`);
    await page.getByLabel('パスワード', { exact: false }).fill(PASSWORD);
    await page.getByLabel('表示名').fill(`アナリスト ${id}`);
    await page.getByRole('radio', { name: /投資家/ }).check();
    await expect(page.getByLabel(/組織の正式名称/)).toHaveCount(0);
    await page.getByRole('button', { name: 'アカウントを作成' }).click();
    await expect(page).toHaveURL(/\/investor$/);
  });

  await test.step('the investor home and menu lead to the disclosure check', async () => {
    await expect(page.getByRole('heading', { level: 2, name: '開示文書をチェックする' })).toBeVisible();
    await shoot(page, 'investor-home');
    const nav = page.getByRole('navigation', { name: '投資家メニュー' });
    await nav.getByRole('link', { name: '開示チェック' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '開示チェック' })).toBeVisible();
    await expect(nav.getByRole('link', { name: '開示チェック' })).toHaveAttribute('aria-current', 'page');
  });

  await test.step('what is typed survives a reload', async () => {
    await expect(page.getByLabel('文書の種類')).toHaveValue('other');
    await page.getByLabel(/^会社名（任意）/).fill('電池材料株式会社');
    await page.getByLabel('文書の種類').selectOption({ label: '統合報告書' });
    await page.getByLabel(/^評価する文章/).fill(TEXT);
    await page.reload();
    await expect(page.getByLabel(/^評価する文章/)).toHaveValue(TEXT);
    await expect(page.getByLabel(/^会社名（任意）/)).toHaveValue('電池材料株式会社');
    await expectNoSeriousA11yViolations(page);
    await shoot(page, 'check-form');
  });

  await test.step('a double click judges once and opens the result at its top, on a phone: score with its meaning, roles and chains', async () => {
    // On a phone, scrolled down to the button (the form is long): the result still opens at its title.
    await page.setViewportSize({ width: 390, height: 844 });
    const submit = page.getByRole('button', { name: '評価する' });
    await submit.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
    await submit.dblclick();
    await expect(page).toHaveURL(/\/investor\/checks\/[0-9a-f-]{36}$/);
    const title = page.getByRole('heading', { level: 1, name: '電池材料株式会社 統合報告書' });
    await expect(title).toBeVisible();
    await expect(title).toBeFocused();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await expect(page.getByTestId('disclosure-grade')).toBeInViewport();
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect(page.getByTestId('disclosure-overall')).toHaveText(/\d+点 \/ 100点/);
    await expect(page.getByTestId('disclosure-calibration')).toBeVisible();
    // Right by the score: a rule-based judgement, not an official rating; the grade says what band it is.
    await expect(page.getByTestId('rule-based-note')).toContainText('公式な格付け・評価ではありません');
    await expect(page.getByTestId('grade-meaning')).toContainText(/総合スコア\d+〜\d+点の帯を表す記号です/);
    await expect(page.getByTestId('role-sentence').first()).toBeVisible();
    await expect(page.getByTestId('chain').first()).toBeVisible();
    // A text in the words of technology and rights gets no caution.
    await expect(page.getByTestId('plain-text-caution')).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
    await shoot(page, 'check-result');
  });

  await test.step('the history holds exactly one check, and the emptied form is ready for the next', async () => {
    await page.getByRole('link', { name: '開示チェックへ戻る' }).click();
    const list = page.getByTestId('disclosure-check-list');
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await expect(list.getByRole('link', { name: '電池材料株式会社 統合報告書' })).toBeVisible();
    await expect(page.getByLabel(/^評価する文章/)).toHaveValue('');
    const checks = await page.request.get('/api/me/disclosure-checks');
    expect((await checks.json()) as { total: number }).toMatchObject({ total: 1 });
    await shoot(page, 'check-history');
  });

  await test.step('a judged text goes back into the form, with its company name, to be edited and judged again', async () => {
    await page.getByTestId('disclosure-check-list').getByRole('link', { name: '電池材料株式会社 統合報告書' }).click();
    const recheck = page.getByRole('button', { name: 'この文章を直して判定し直す' });
    await expect(recheck).toBeVisible();
    await recheck.click();
    await expect(page).toHaveURL(/\/investor\/checks$/);
    await expect(page.getByLabel(/^評価する文章/)).toHaveValue(TEXT);
    await expect(page.getByLabel(/^会社名（任意）/)).toHaveValue('電池材料株式会社');
    await shoot(page, 'check-recheck-form');
    // Nothing is judged until the button is pressed.
    await expect(page.getByTestId('disclosure-check-list').getByRole('listitem')).toHaveCount(1);
    await page.getByLabel(/^評価する文章/).fill('');
  });

  await test.step('in English, by keyboard alone', async () => {
    await call(page.request, 'PATCH', '/api/auth/me', { locale: 'en' });
    await page.goto('/investor/checks');
    await expect(page.getByRole('heading', { level: 1, name: 'Disclosure check' })).toBeVisible();
    await expect(page.getByTestId('disclosure-check-list').getByRole('listitem')).toHaveCount(1);
    // A check made without a title is named in the language it is read in, not the one it was made in.
    await expect(
      page.getByTestId('disclosure-check-list').getByRole('link', { name: '電池材料株式会社 Integrated report' }),
    ).toBeVisible();
    await page.getByLabel(/^Text to score/).focus();
    await page.keyboard.type('Our patents protect the margin of our battery materials segment.');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Score', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/investor\/checks\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Sentence roles' })).toBeVisible();
    // Opened at the top with focus on the result's title: the next Tab starts from there.
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await expect(page.getByTestId('rule-based-note')).toContainText('not an official rating');
    await shoot(page, 'check-result-en');
    // Back from the result: the form is empty (the scored text does not come back for a second check by accident).
    await page.goBack();
    await expect(page.getByLabel(/^Text to score/)).toHaveValue('');
    await page.goForward();
    await expect(page.getByRole('heading', { level: 2, name: 'Sentence roles' })).toBeVisible();
  });

  await test.step('two checks of one company side by side: chosen in the history, compared as versions', async () => {
    // The second check kept the company name the recheck put back: the same company's report, judged twice — once
    // in Japanese, once in English, so they are first shown as two documents, with the reason, and as versions only
    // when asked.
    await page.getByRole('link', { name: 'Back to disclosure check' }).click();
    const list = page.getByTestId('disclosure-check-list');
    await expect(list.getByRole('listitem')).toHaveCount(2);
    const compare = page.getByRole('button', { name: 'Compare the two chosen' });
    await expect(compare).toBeDisabled();
    for (const box of await list.getByRole('checkbox').all()) await box.check();
    await compare.click();
    await expect(page).toHaveURL(/\/investor\/checks\/compare\/[0-9a-f-]{36}\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('compare-fallback-reason')).toHaveText(
      'Why: they are in different languages (Japanese / English).',
    );
    await page.getByTestId('compare-as-versions').click();
    await expect(page.getByTestId('overall-delta')).toContainText('→');
    await expect(page.getByRole('link', { name: '電池材料株式会社 Integrated report' })).toHaveCount(2);
    await expect(page.getByRole('table')).toBeVisible();
    await expect(page.getByText('Added sentences')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await shoot(page, 'check-compare');
  });

  await test.step('a strategy told in plain business words gets a caution beside its score', async () => {
    await page.goto('/investor/checks');
    // The kind of document chosen for the last check stays chosen (an analyst pastes several of a kind); the text
    // scored is not brought back.
    await expect(page.getByLabel('Document type')).toHaveValue('integrated_report');
    await expect(page.getByLabel(/^Text to score/)).toHaveValue('');
    await page.getByLabel('Document type').selectOption('other');
    await page.getByLabel(/^Text to score/).fill(PLAIN_TEXT);
    await page.getByRole('button', { name: 'Score', exact: true }).click();
    await expect(page).toHaveURL(/\/investor\/checks\/[0-9a-f-]{36}$/);
    // With neither title nor company it is named by its document type and when it was made, so two such checks in
    // the history are told apart.
    const madeAt = /^Other \(web page, article, etc\.\) \(\d{4}-\d\d-\d\d \d\d:\d\d JST\)$/u;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(madeAt);
    const caution = page.getByTestId('plain-text-caution');
    await expect(caution).toBeVisible();
    await expect(caution).toContainText('Less reliable on this kind of text.');
    await expect(caution).toHaveAttribute('role', 'note');
    await expectNoSeriousA11yViolations(page);
    await shoot(page, 'check-plain-caution');
    await page.getByRole('link', { name: 'Back to disclosure check' }).click();
    await expect(page.getByTestId('disclosure-check-list').getByRole('link', { name: madeAt })).toBeVisible();
    await shoot(page, 'check-history-untitled');
  });

  await test.step('two different documents compared: how far the order of their scores can be trusted', async () => {
    const list = page.getByTestId('disclosure-check-list');
    const items = list.getByRole('listitem');
    await expect(items).toHaveCount(3);
    // The untitled plain-text check and one of the company's reports: two documents, not versions of one.
    await items
      .filter({ hasText: /^Other|Other \(web page/ })
      .getByRole('checkbox')
      .check();
    await items.filter({ hasText: '電池材料株式会社' }).first().getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Compare the two chosen' }).click();
    await expect(page.getByTestId('overall-delta')).toHaveAttribute('data-kind', 'documents');
    const note = page.getByTestId('order-agreement');
    await expect(note.getByRole('heading', { name: 'Can this difference decide the order?' })).toBeVisible();
    // Either the scores are equal, or the sentence gives the share of rated pairs and its interval.
    await expect(page.getByTestId('order-agreement-sentence')).toHaveText(
      /^(?:Equal scores: the score does not tell which text is better\.|Of \d+ pairs of texts of one kind that people compared, with scores \d+(?:-\d+)? points (?:or more )?apart, the text people rated better had the higher score in \d+% \(95% interval \d+%-\d+%\)\.(?: A difference this small does not tell which text is better\.)?)$/u,
    );
    await expect(note).toContainText('not a random sample');
    await expectNoSeriousA11yViolations(page);
    await shoot(page, 'check-compare-documents');
  });
});
