import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PASSWORD, answerModule, expectNoSeriousA11yViolations, shootPage, uniqueId } from './support';

const SHOTS = resolve(__dirname, '../../../dist/.playwright/sme-screens');
mkdirSync(SHOTS, { recursive: true });

test('a new SME owner signs up, is guided into the check, finishes, sees three steps and free help, and exports the bank sheet', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const id = uniqueId();
  const company = `株式会社山田製作所${id}`;

  await test.step('from the landing page into the SME sign-up', async () => {
    await page.goto('/');
    await page.getByRole('link', { name: '中小企業向けチェックを始める' }).click();
    await expect(page).toHaveURL(/\/sign-up\?track=sme$/);
    await expect(page.getByText('会社のことを4つだけ伺い')).toBeVisible();
    await expect(page.getByLabel('組織の正式名称（日本語）')).toHaveCount(0);
    await page.getByLabel('メールアドレス').fill(`sme-${id}@example.jp`);
    await page.getByLabel('パスワード', { exact: false }).fill(PASSWORD);
    await page.getByLabel('表示名').fill('山田 太郎');
    await page.getByRole('button', { name: 'アカウントを作成' }).click();
  });

  await test.step('four questions about the company, then straight into the check', async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'あなたの会社について' })).toBeVisible();
    await expect(page.getByText('約20問・約20分')).toBeVisible();
    await page.getByLabel('会社名').fill(company);
    await page.getByLabel('本社のある都道府県').selectOption({ label: '愛知県' });
    await page.getByLabel('従業員数（人）').fill('48');
    await page.getByRole('radio', { name: '売っている・売りたい' }).check();
    await expectNoSeriousA11yViolations(page);
    await shootPage(page, SHOTS, '01-sme-company-form');
    await page.getByRole('button', { name: 'チェックを始める（約20分）' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '診断への回答（第1回）' })).toBeVisible();
    await expect(page.getByText('お客様が、よその会社ではなくあなたの会社を選ぶ理由は何ですか。')).toBeVisible();
    await shootPage(page, SHOTS, '02-sme-check');
  });

  const orgId = /\/o\/([^/]+)/.exec(new URL(page.url()).pathname)?.[1] ?? '';
  const checkUrl = page.url();

  await test.step('the organization home says where to continue', async () => {
    await page.goto(`/o/${orgId}`);
    await expect(page.getByTestId('start-here')).toBeVisible();
    await shootPage(page, SHOTS, '03-org-home-start-here');
    await page.getByRole('link', { name: '続きから答える' }).click();
    await expect(page).toHaveURL(checkUrl);
  });

  await test.step('answer every section (the export questions appear: the owner said they sell abroad)', async () => {
    const nav = page.getByRole('navigation', { name: 'モジュール' });
    const modules = nav.getByRole('button');
    await expect(modules).toHaveCount(5);
    const count = await modules.count();
    for (let i = 0; i < count; i++) {
      await modules.nth(i).click();
      await answerModule(page);
    }
    await expect(page.getByText('保存中…')).toHaveCount(0);
    await modules.nth(3).click();
    await expect(page.getByText('売っている国や売りたい国で、商品の名前を商標として登録していますか。')).toBeVisible();
  });

  await test.step('submit and see strengths, exposure, exactly three steps and the prefecture’s free help', async () => {
    await page.getByRole('button', { name: '提出する' }).click();
    await page.getByRole('button', { name: '提出して結果を見る' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'チェックの結果' })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText('独自の加工技術と長年の取引先との信頼関係があります。')).toBeVisible();
    await expect(page.getByTestId('sme-next-steps').locator(':scope > li')).toHaveCount(3);
    const support = page.getByTestId('sme-support');
    await expect(support.getByRole('heading', { level: 2, name: '愛知県で無料で相談できる窓口' })).toBeVisible();
    await expect(support.getByRole('heading', { level: 3, name: 'INPIT 知財総合支援窓口' })).toBeVisible();
    await expect(support.getByRole('heading', { level: 3, name: 'よろず支援拠点' })).toBeVisible();
    const body = await page.locator('body').innerText();
    for (const listed of ['PBR', '時価総額', '2035', '取締役会']) expect(body).not.toContain(listed);
    await expectNoSeriousA11yViolations(page);
    await shootPage(page, SHOTS, '04-sme-results');
  });

  await test.step('download the 経営デザインシート / ロカベン workbook and find the answers in it', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('bank-sheets-download').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/_経営デザインシート_ロカベン_\d{4}-\d{2}-\d{2}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await download.path());
    const design = wb.getWorksheet('経営デザインシート（知財の項目）');
    const cells: unknown[] = [];
    design?.eachRow((r) => cells.push(r.getCell(2).value));
    expect(cells).toContain('独自の加工技術と長年の取引先との信頼関係があります。');
    expect(cells).toContain(48);
    expect(wb.getWorksheet('ロカベン 非財務の4つの視点（知財の項目）')).toBeDefined();
  });

  await test.step('the one-pager: the draft picker starts on the SME one-pager for an unlisted company', async () => {
    await page.getByRole('link', { name: '会社紹介の1枚資料を作る' }).click();
    const type = page.getByLabel('種類', { exact: false }).first();
    await expect(type).toHaveValue('sme-one-pager');
    await shootPage(page, SHOTS, '05-drafts-picker');
    await page.getByRole('button', { name: 'ドラフトを作成' }).click();
    await expect(page).toHaveURL(/\/drafts\/[0-9a-f-]{36}$/);
  });

  await test.step('the one-pager holds the owner’s own answers, and its checklist says what is still missing', async () => {
    // The generated paragraphs (each section's edit box holds the same text).
    const main = page.locator('p.draft-section__paragraph');
    await expect(
      main.getByText('お客様に選ばれる理由を「独自の加工技術と長年の取引先との信頼関係があります」と考えています。'),
    ).toBeVisible();
    await expect(main.getByText('この強みを支えているのは、「職人の技や加工のこつ」です。')).toBeVisible();
    // The head-count given at sign-up; revenue is a slot naming the field to fill.
    await expect(main.getByText(/従業員数は48名です/)).toBeVisible();
    const checklist = page.getByTestId('sme-checklist');
    await expect(checklist.getByRole('heading', { name: '銀行や支援機関が見るポイント' })).toBeVisible();
    await expect(checklist.getByTestId('sme-check-own-words')).toHaveClass(/sme-checklist__met/);
    await expect(checklist.getByTestId('sme-check-contact')).toHaveClass(/sme-checklist__unmet/);
    await expect(page.getByTestId('draft-overall')).toHaveCount(0);
    // The one-pager's text (the checklist itself names the words it looks for).
    const body = (await main.allInnerTexts()).join('\n');
    for (const listed of ['取締役会', 'KPI', '百万円', 'PBR', '時価総額']) expect(body).not.toContain(listed);
    await expectNoSeriousA11yViolations(page);
    await shootPage(page, SHOTS, '06-sme-one-pager');
  });

  await test.step('the SME facts form: plain, optional, Japanese enough; the new one-pager carries what was entered', async () => {
    await page.getByTestId('sme-check-contact').getByRole('link', { name: '企業情報を入力する' }).click();
    await expect(page).toHaveURL(/\/drafts\/facts#sme$/);
    await expect(page.getByRole('heading', { level: 2, name: '1枚資料に載せる会社の情報' })).toBeVisible();
    await expect(page.getByText('例：精密プレス金型の設計・製作')).toBeVisible();
    await page.getByLabel('主な商品・サービス（任意）').fill('金属部品の精密加工');
    await page.getByLabel('主なお客様（任意）').fill('県内の機械メーカー');
    await page.getByLabel('直近の決算期の売上高（万円・任意）').fill('48,000');
    await page.getByLabel('これから取り組むこと（任意）').fill('今年中に、秘密の情報を一覧にします');
    await page.getByLabel('銀行やお客様からの問い合わせ先（任意）').fill('総務部 鈴木（電話 000-000-0000）');
    await expectNoSeriousA11yViolations(page);
    await shootPage(page, SHOTS, '07-sme-facts-form');
    await page.getByRole('button', { name: '1枚資料の情報を保存する' }).click();
    await expect(page.getByText('企業情報を保存しました。')).toBeVisible();

    await page.goto(`/o/${orgId}/drafts`);
    // The one-pager's row shows its one figure, the checklist count its page shows (no percentage beside it).
    await expect(page.getByText(/点数なし・銀行が見るポイント \d+項目中\d+項目/).first()).toBeVisible();
    await page.getByRole('button', { name: 'ドラフトを作成' }).click();
    await expect(page).toHaveURL(/\/drafts\/[0-9a-f-]{36}$/);
    const main = page.locator('p.draft-section__paragraph');
    await expect(main.getByText('主に金属部品の精密加工を提供しています。', { exact: false })).toBeVisible();
    await expect(
      main.getByText(/売上高は4\.8億円、従業員数は48名です。主なお客様は県内の機械メーカーです。/),
    ).toBeVisible();
    await expect(main.getByText('今年中に、秘密の情報を一覧にします。')).toBeVisible();
    await expect(main.getByText(/総務部 鈴木（電話 000-000-0000）までお寄せください。/)).toBeVisible();
    await expect(page.getByTestId('sme-check-contact')).toHaveClass(/sme-checklist__met/);
    await expect(page.getByTestId('sme-check-figures')).toHaveClass(/sme-checklist__met/);
    await shootPage(page, SHOTS, '08-sme-one-pager-filled');
  });
});
