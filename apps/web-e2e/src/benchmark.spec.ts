import { expect, test } from '@playwright/test';
import {
  expectNoSeriousA11yViolations,
  optedInPeer,
  shootSection,
  signUpOwner,
  submittedBenchmarkRound,
} from './support';

// The cell this spec fills (every run starts on a fresh database; no other spec opts in).
const SECTOR = '3650';

test('an admin opts in from the profile and, once five companies take part, sees where the round stands', async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
  // Five sign-ups, rounds and a snapshot wait on a shared 2-core box.
  test.setTimeout(300_000);
  const owner = await signUpOwner(page);
  const roundId = await submittedBenchmarkRound(page.request, owner.orgId, SECTOR, 3);
  const results = `/o/${owner.orgId}/assessments/${roundId}/results`;

  // Not taking part: the results page says so and links to the setting; nothing of the industry is shown.
  await page.goto(results);
  const standing = page.getByTestId('benchmark-standing');
  // The first visit of the results page loads the bank and the scores: slow on a busy box.
  await expect(standing.getByRole('heading', { name: '業種内での位置' })).toBeVisible({ timeout: 30_000 });
  await expect(standing).toContainText('この組織は業種ベンチマークに参加していません');
  await standing.getByRole('link', { name: '組織情報で参加を設定する' }).click();

  // The profile explains what is shared and what is not, then the owner opts in.
  const panel = page.getByTestId('benchmark-participation');
  await expect(panel.getByRole('heading', { name: '業種ベンチマークへの参加' })).toBeVisible();
  await expect(panel).toContainText('回答の内容、コメント・根拠資料、会社名、メンバーの名前は共有されません');
  await expect(panel.getByTestId('benchmark-status')).toHaveText('参加していません。');
  await shootSection(page, panel, 'benchmark-participation', (n) => testInfo.outputPath(n));
  await panel.getByRole('button', { name: '業種ベンチマークに参加する' }).click();
  await expect(panel.getByRole('status')).toContainText('業種ベンチマークに参加しました');
  await expect(panel.getByTestId('benchmark-status')).toContainText('参加中');
  await expectNoSeriousA11yViolations(page);

  // Alone in the cell (or with three others): not enough companies yet, and no count is given.
  for (const level of [1, 2, 4]) await optedInPeer(browser, baseURL ?? '', SECTOR, level);
  await page.goto(results);
  await expect(page.getByTestId('benchmark-standing')).toContainText(
    /まだ集計が行われていません|まだ比較できる企業が足りません（5社未満）/,
  );

  // The fifth company: the snapshot job (every few seconds in this test server) publishes the cell.
  await optedInPeer(browser, baseURL ?? '', SECTOR, 0);
  const standingUrl = `/api/orgs/${owner.orgId}/assessments/${roundId}/benchmark`;
  await expect
    .poll(async () => ((await (await page.request.get(standingUrl)).json()) as { status: string }).status, {
      timeout: 60_000,
    })
    .toBe('shown');
  await page.goto(results);
  const table = page.getByTestId('benchmark-table');
  await expect(page.getByTestId('benchmark-standing')).toContainText('参加企業 5 社');
  const overall = table.getByRole('row', { name: /総合/ });
  await expect(overall.getByRole('cell').nth(3)).not.toHaveText('—');
  await expect(table.getByRole('columnheader', { name: '中央値' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await shootSection(page, page.getByTestId('benchmark-standing'), 'benchmark-standing', (n) => testInfo.outputPath(n));

  // The same in English.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Where we stand in our industry' })).toBeVisible();
  await expect(page.getByTestId('benchmark-standing')).toContainText('5 participating companies');
  await shootSection(page, page.getByTestId('benchmark-standing'), 'benchmark-standing-en', (n) =>
    testInfo.outputPath(n),
  );
  await page.getByRole('button', { name: '日本語' }).click();
});
