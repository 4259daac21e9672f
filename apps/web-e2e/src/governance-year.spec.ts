import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import {
  call,
  answerGovernanceLadders,
  expectNoSeriousA11yViolations,
  optedInPeer,
  publishDraft,
  shootSection,
  signUpListedOwner,
  uniqueId,
  validatorPage,
} from './support';

// A governance team's year in one journey (issue 17): plan, answer, validate with a second member, report, carry the
// round into next year through an XLSX file, and see where the company stands in its industry.

// The benchmark cell this spec fills (fresh database per run; benchmark.spec.ts uses another sector).
const SECTOR = '3700';
const FORUM = '知財・開発・営業・企画などの部門が一緒に、知財や無形資産の使い方を話し合う場がありますか。';
const IP_HEAD = '知財部門の責任者は、経営戦略・事業戦略を議論する会議に参加していますか。';
const EVIDENCE = 'https://intra.example.jp/minutes/ip-forum-2026';
const SCOPE_REASON = '標準化活動を行っていないため';
// Pages load slowly on a shared, loaded 2-core box (first visits fetch the bank and the scores).
const expect = baseExpect.configure({ timeout: 30_000 });

/** On a phone nothing but a wrapped table may scroll sideways: the page itself fits the screen. */
async function expectNoPageOverflow(page: Page): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  // Polled: the charts follow the new width through a ResizeObserver, a frame or two after the viewport changes
  // (measured at once, the radar was still 1,132 px wide from the desktop size).
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), {
      message: 'the page scrolls sideways on a 390 px screen',
      timeout: 10_000,
    })
    .toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 800 });
}

/**
 * At 390×844 and 1280×800: every radar label lies inside the chart (a phone shows the action numbers, the table under
 * the chart their names), and a wrapped table fits its region (`fits`, e.g. the benchmark's six columns).
 */
async function expectFitsOnPhoneAndDesktop(page: Page, fits: readonly Locator[]): Promise<void> {
  for (const size of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ]) {
    await page.setViewportSize(size);
    const radar = page.getByTestId('radar-chart');
    await expect(radar.locator('.recharts-polar-grid')).toBeVisible();
    // Polled: the chart lays its labels out again after the resize.
    const outside = () =>
      radar.evaluate((figure) => {
        const svg = figure.querySelector('svg.recharts-surface');
        if (!svg) return ['no chart'];
        const box = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('text')]
          .filter((text) => {
            const r = text.getBoundingClientRect();
            return r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1;
          })
          .map((text) => text.textContent ?? '');
      });
    await expect.poll(outside, { message: `radar labels cut off at ${size.width} px`, timeout: 10_000 }).toEqual([]);
    for (const table of fits) {
      const overflow = await table.evaluate((el) => {
        const region = el.parentElement ?? el;
        return region.scrollWidth - region.clientWidth;
      });
      expect.soft(overflow, `a table scrolls sideways at ${size.width} px`).toBeLessThanOrEqual(0);
    }
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('a governance team’s year: targets and scope, validation by a second member, results with the exclusion, XLSX into next year’s round, where we stand', async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
  // Two members, four peer companies, a snapshot wait and a publication: minutes on a shared, loaded 2-core box.
  test.setTimeout(600_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  const id = uniqueId();
  const owner = await signUpListedOwner(page, id);
  const { slug } = await call<{ slug: string }>(page.request, 'PATCH', `/api/orgs/${owner.orgId}`, {
    industry: SECTOR,
  });

  await page.goto(`/o/${owner.orgId}/assessments`);
  await page.getByRole('button', { name: '診断を始める' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '診断への回答（第1回）' })).toBeVisible();
  const firstRound = new URL(page.url()).pathname;

  await test.step('plan: a target for governance, and standards out of scope with a reason', async () => {
    await page.goto(`${firstRound}/results`);
    const planning = page.getByRole('region', { name: '目標と対象範囲' });
    await planning.getByRole('combobox', { name: '組織とガバナンスの目標の水準' }).selectOption('3');
    const outOfScope = planning.getByRole('checkbox', { name: '国際標準を対象外にする' });
    // Keyboard only: the checkbox toggles with Space, the reason field follows it.
    await outOfScope.focus();
    await page.keyboard.press('Space');
    await expect(outOfScope).toBeChecked();
    await planning.getByRole('textbox', { name: '国際標準を対象外にする理由' }).fill(SCOPE_REASON);
    await planning.getByRole('button', { name: '目標と対象範囲を保存' }).click();
    await expect(page.getByText('保存しました。結果を再計算しました。')).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await shootSection(page, planning, 'targets', (n) => testInfo.outputPath(n));
    await expectNoPageOverflow(page);
  });

  await test.step('answer, add evidence and ask for validation', async () => {
    await answerGovernanceLadders(page, firstRound, [
      [FORUM, 4],
      [IP_HEAD, 2],
    ]);
    const forum = page.locator('li.question', { has: page.getByRole('group', { name: FORUM }) });
    await forum.getByLabel(/根拠のリンク/).fill(EVIDENCE);
    await forum.getByRole('button', { name: '根拠を保存' }).click();
    await expect(forum.getByText('根拠を保存しました。')).toBeVisible();
    await expect(page.getByText('検証が必要な回答：1件（水準3以上）')).toBeVisible();
    await page.getByRole('button', { name: '検証を依頼する' }).click();
    await page.getByRole('button', { name: '依頼する', exact: true }).click();
    await expect(page.getByText(/検証中です：承認 0件・差戻し 0件・未確認 1件/)).toBeVisible();
  });

  // The reviewer: a second member with the reviewer role, in a browser context of their own (kept for the four-eyes
  // approval of the publication at the end).
  const reviewer = await validatorPage(page, browser, owner.orgId, id);
  const reviewerContext = reviewer.context();
  await test.step('a second member checks the evidence and accepts the claim', async () => {
    await reviewer.goto(`${firstRound}/review`);
    const item = reviewer.getByRole('listitem').filter({ has: reviewer.getByRole('heading', { name: FORUM }) });
    await expect(item.getByRole('link', { name: EVIDENCE })).toBeVisible();
    await item.getByRole('textbox', { name: /コメント/ }).fill('議事録で確認しました');
    await item.getByRole('button', { name: '承認する' }).click();
    await expect(reviewer.getByText('すべての対象回答が承認されました。提出できます。')).toBeVisible();
    await reviewer.close();
  });

  await test.step('submitted: current vs target in the radar and the tables, the exclusion stated', async () => {
    await page.reload();
    await page.getByRole('button', { name: '提出する' }).click();
    await page.getByRole('button', { name: '提出して結果を見る' }).click();
    await expect(page.getByTestId('overall-score')).toBeVisible();
    // The radar draws both series; the same numbers are in the table under it for those who cannot see it.
    const radar = page.getByTestId('radar-chart');
    await expect(radar.locator('.recharts-polar-grid')).toBeVisible();
    await expect(radar.getByText('目標', { exact: true })).toBeVisible();
    const targets = page.getByTestId('targets-table');
    const governance = targets.getByRole('row', { name: /組織とガバナンス/ });
    await expect(governance.getByRole('cell').nth(1)).toHaveText('75');
    await expect(governance.getByRole('cell').nth(0)).not.toHaveText('—');
    await expect(page.getByTestId('excluded-list')).toContainText(`国際標準：${SCOPE_REASON}`);
    await expect(page.getByTestId('validation-summary')).toContainText('検証済み：承認 1件・差戻し 0件・未確認 0件');
    await expectNoSeriousA11yViolations(page);
    // The validation table gives the question (the longest text) a real column, also on a phone.
    await page.setViewportSize({ width: 390, height: 844 });
    const question = page.getByTestId('validation-summary').getByRole('rowheader', { name: FORUM });
    expect((await question.boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(140);
    await page.setViewportSize({ width: 1280, height: 800 });
    await expectFitsOnPhoneAndDesktop(page, []);
    await shootSection(page, page.getByRole('heading', { level: 1 }), 'results', (n) => testInfo.outputPath(n));
    await shootSection(page, radar, 'results-radar', (n) => testInfo.outputPath(n));
    await shootSection(page, targets, 'results-targets', (n) => testInfo.outputPath(n));
    await expectNoPageOverflow(page);
  });

  const xlsxPath = testInfo.outputPath('round-1.xlsx');
  await test.step('export the whole round as XLSX: typed cells a spreadsheet can work with', async () => {
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: '回全体を書き出す（XLSX、編集して取り込み可）' }).click();
    await (await downloading).saveAs(xlsxPath);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsxPath);
    const questions = workbook.getWorksheet('questions');
    const modules = workbook.getWorksheet('modules');
    if (!questions || !modules) throw new Error('the XLSX lacks its questions or modules sheet');
    const row = (sheet: ExcelJS.Worksheet, key: string): ExcelJS.Row => {
      for (let r = 2; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(1).value === key) return sheet.getRow(r);
      throw new Error(`no row ${key} in ${sheet.name}`);
    };
    const forum = row(questions, 'm6.cross-functional');
    expect(forum.getCell(5).type).toBe(ExcelJS.ValueType.Number);
    expect(forum.getCell(5).value).toBe(4);
    expect(forum.getCell(9).value).toBe(EVIDENCE);
    expect(forum.getCell(10).value).toBe('accepted');
    expect(forum.getCell(13).value).toBe('議事録で確認しました');
    const m6 = row(modules, 'm6');
    expect(m6.getCell(4).type).toBe(ExcelJS.ValueType.Number);
    expect(m6.getCell(4).value).toBe(3);
    expect(row(modules, 'm12').getCell(5).value).toBe(SCOPE_REASON);
    // A question left unanswered is an empty cell, not an empty string.
    expect(row(questions, 'm6.board-discussions').getCell(5).type).toBe(ExcelJS.ValueType.Null);
  });

  await test.step('next year: a new round, the file imported after a preview, decisions kept read-only', async () => {
    await page.goto(`/o/${owner.orgId}/assessments`);
    await page.getByRole('button', { name: '診断を始める' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '診断への回答（第2回）' })).toBeVisible();
    const secondRound = new URL(page.url()).pathname;
    await page.goto(`${secondRound}/results`);
    const transfer = page.getByRole('region', { name: '診断ファイルの書き出しと取り込み' });
    // The file field speaks Japanese (not the browser's "Choose File") and opens from the keyboard.
    await expect(transfer.getByText('ファイルが選ばれていません')).toBeVisible();
    await transfer.getByRole('button', { name: '取り込むファイル（JSONまたはXLSX、1 MBまで） ファイルを選ぶ' }).focus();
    const choosing = page.waitForEvent('filechooser');
    await page.keyboard.press('Space');
    await (await choosing).setFiles(xlsxPath);
    await expect(transfer.getByText('round-1.xlsx')).toBeVisible();
    await transfer.getByRole('button', { name: '取り込みの内容を確認' }).click();
    const preview = transfer.getByTestId('import-preview');
    await expect(preview).toContainText(/件の回答を取り込めます/);
    await expect(preview).toContainText('まだ何も書き込まれていません。');
    await expect(preview).toContainText('前回の検証の記録 1件は、この回の履歴として残ります');
    await expectNoSeriousA11yViolations(page);
    await shootSection(page, transfer, 'import-preview', (n) => testInfo.outputPath(n));
    await expectNoPageOverflow(page);
    await preview.getByRole('button', { name: 'この内容で取り込む' }).click();
    await expect(transfer.getByRole('status')).toHaveText('取り込みました。');

    // Targets and scope came along.
    await page.reload();
    const planning = page.getByRole('region', { name: '目標と対象範囲' });
    await expect(planning.getByRole('combobox', { name: '組織とガバナンスの目標の水準' })).toHaveValue('3');
    await expect(planning.getByRole('checkbox', { name: '国際標準を対象外にする' })).toBeChecked();
    await expect(planning.getByRole('textbox', { name: '国際標準を対象外にする理由' })).toHaveValue(SCOPE_REASON);

    // On the review page: last year's decision as read-only history, and this year's state of the unchanged claim.
    await page.goto(`${secondRound}/review`);
    const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: FORUM }) });
    await expect(item.getByTestId('prior-decision')).toContainText('前の回の検証（取り込み・参考のみ）：承認');
    await expect(item.getByTestId('prior-decision')).toContainText('議事録で確認しました');
    await expect(item.getByRole('button', { name: '承認する' })).toHaveCount(0);
  });

  await test.step('where we stand: opted in, four peers in the sector, the standing on the results', async () => {
    await page.goto(`/o/${owner.orgId}/profile`);
    const panel = page.getByTestId('benchmark-participation');
    await panel.getByRole('button', { name: '業種ベンチマークに参加する' }).click();
    await expect(panel.getByTestId('benchmark-status')).toContainText('参加中');
    for (const level of [1, 2, 3, 4]) await optedInPeer(browser, baseURL ?? '', SECTOR, level);
    const roundId = firstRound.split('/').pop() ?? '';
    const standingUrl = `/api/orgs/${owner.orgId}/assessments/${roundId}/benchmark`;
    await expect
      .poll(async () => ((await (await page.request.get(standingUrl)).json()) as { status: string }).status, {
        timeout: 60_000,
      })
      .toBe('shown');
    await page.goto(`${firstRound}/results`);
    const standing = page.getByTestId('benchmark-standing');
    await expect(standing.getByRole('heading', { name: '業種内での位置' })).toBeVisible({ timeout: 30_000 });
    await expect(standing).toContainText('参加企業 5 社');
    await expect(page.getByTestId('benchmark-table').getByRole('columnheader', { name: '中央値' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await expectFitsOnPhoneAndDesktop(page, [page.getByTestId('benchmark-table')]);
    await shootSection(page, standing, 'results-benchmark', (n) => testInfo.outputPath(n));
    await expectNoPageOverflow(page);
  });

  await test.step('an investor sees the sector distribution on the public company page, never the company’s score', async () => {
    await publishDraft(page.request, owner.orgId, undefined, reviewerContext.request);
    await reviewerContext.close();
    const context = await browser.newContext({ baseURL, locale: 'ja-JP', viewport: { width: 1280, height: 800 } });
    const visitor = await context.newPage();
    await visitor.goto(`/companies/${slug}`);
    const sector = visitor.getByTestId('sector-distribution');
    await expect(sector.getByRole('heading', { name: 'この業種の企業の自己評価（匿名）' })).toBeVisible();
    const band = sector.getByTestId('sector-band-large');
    await expect(band.getByRole('heading', { level: 3 })).toContainText('5社');
    await expect(band.getByRole('table')).toBeVisible();
    await expectNoSeriousA11yViolations(visitor);
    await shootSection(visitor, sector, 'company-sector', (n) => testInfo.outputPath(n));
    await expectNoPageOverflow(visitor);
    await context.close();
  });
});
