import { expect, test, type Browser, type Page } from '@playwright/test';
import {
  call,
  documentText,
  expectNoSeriousA11yViolations,
  memberPage,
  phoneContext,
  signUpOwner,
  uniqueId,
} from './support';

const compact = (s: string) => s.replace(/\s+/g, '');

/** A phone-sized browser (390 × 844, touch) joining by code, choosing the IP department. */
async function joinOnPhone(browser: Browser, origin: string, code: string): Promise<Page> {
  const phone = await (await phoneContext(browser, origin)).newPage();
  await phone.goto(`/join/${code}`);
  await expect(phone.getByLabel(/参加コード/)).toHaveValue(code);
  await phone.getByLabel(/あなたの部門/).selectOption({ label: '知財部門' });
  await phone.getByRole('button', { name: '参加する' }).click();
  await expect(phone.getByRole('heading', { level: 2 })).toBeVisible();
  return phone;
}

test('an advisor runs a workshop: three phones join by code and answer, the console updates live, the agreement is recorded and the report PDF has it', async ({
  page,
  browser,
}) => {
  const id = uniqueId();
  const owner = await signUpOwner(page, id);
  const origin = new URL(page.url()).origin;
  const advisorEmail = `advisor-${id}@example.jp`;

  const facilitator = await test.step('the owner invites an advisor, who signs up and accepts', () =>
    memberPage(page, browser, owner.orgId, {
      email: advisorEmail,
      role: 'advisor',
      displayName: `アドバイザー ${id}`,
    }));

  let workshopId = '';
  let code = '';
  await test.step('the advisor creates a workshop (M9 set, anonymous) and opens the console', async () => {
    await facilitator.goto(`/o/${owner.orgId}/workshops`);
    await facilitator.getByLabel('タイトル').fill(`経営と知財の対話 ${id}`);
    await facilitator.getByLabel('実施日時').fill('2026-12-10T10:00');
    await facilitator.getByRole('button', { name: '作成する' }).click();
    await expect(facilitator.getByRole('heading', { level: 1, name: `経営と知財の対話 ${id}` })).toBeVisible();
    workshopId = /\/workshops\/([^/]+)\/console/.exec(new URL(facilitator.url()).pathname)?.[1] ?? '';
    expect(workshopId).not.toBe('');
    await facilitator.getByRole('button', { name: 'ワークショップを開始' }).click();
    await expect(facilitator.getByText('ライブ更新中')).toBeVisible();
    code = (
      await call<{ joinCode: string }>(facilitator.request, 'GET', `/api/orgs/${owner.orgId}/workshops/${workshopId}`)
    ).joinCode;
    await expect(facilitator.getByText(code, { exact: true })).toBeVisible();
  });

  const phones: Page[] = [];
  await test.step('three participants join on phones by code; the console counts them without reloading', async () => {
    for (let i = 0; i < 3; i++) phones.push(await joinOnPhone(browser, origin, code));
    await expect(facilitator.getByText('参加者 3人')).toBeVisible();
  });

  await test.step('they answer; each answer shows on the console live; closing the question publishes the results', async () => {
    const levels = [1, 2, 3];
    for (const [i, phone] of phones.entries()) {
      await phone.getByRole('radio', { name: new RegExp(`^レベル${levels[i]}`) }).check();
      await phone.getByRole('button', { name: '回答を送信' }).click();
      await expect(phone.getByText(/回答を送信しました/)).toBeVisible();
      await expect(facilitator.getByText(`回答 ${i + 1} / 参加者 3`)).toBeVisible();
    }
    // Anonymity: a question's figures are published when the facilitator closes it (≥ 3 respondents), then frozen.
    await facilitator.getByRole('button', { name: '回答を締め切る' }).click();
    await expect(facilitator.getByText('この質問は締め切りました')).toBeVisible();
    const show = facilitator.getByRole('button', { name: '結果を表示' });
    if (await show.isVisible()) await show.click();
    await expect(facilitator.getByRole('table', { name: /部門 × GGLアクション/ })).toBeVisible();
    await expectNoSeriousA11yViolations(phones[0]);
    await expectNoSeriousA11yViolations(facilitator);
  });

  let agreedAnchor = '';
  await test.step('the facilitator records the agreed answer', async () => {
    const select = facilitator.getByRole('combobox', { name: '合意した回答' });
    await select.selectOption({ index: 4 }); // placeholder, then levels 0–4: level 3
    const label = (await select.locator('option:checked').textContent()) ?? '';
    agreedAnchor = label.split(' — ').pop() ?? '';
    expect(agreedAnchor.length).toBeGreaterThan(5);
    await facilitator.getByRole('button', { name: '合意を記録' }).click();
    await expect(facilitator.getByText('合意した回答を記録済みです。')).toBeVisible();
  });

  await test.step('the report PDF downloads and its text contains the agreed answer', async () => {
    const [download] = await Promise.all([
      facilitator.waitForEvent('download'),
      facilitator.getByRole('link', { name: '報告書をPDFでダウンロード' }).click(),
    ]);
    const file = await download.path();
    const text = compact(documentText(file));
    expect(text).toContain(compact(agreedAnchor));
    expect(text).toContain('認識ギャップ・ヒートマップ');
  });

  for (const phone of phones) await phone.context().close();
  await facilitator.context().close();
});
