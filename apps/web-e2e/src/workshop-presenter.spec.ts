import { expect, test } from '@playwright/test';
import { join, resolve } from 'node:path';
import { call, phoneContext, signUpOwner, uniqueId } from './support';

const workspaceRoot = resolve(__dirname, '../../..');

test('presenter view: keyboard stepping, results above the fold at 1920×1080 and 1280×720, heat map on its own slide; phones follow', async ({
  page,
  browser,
}) => {
  const id = uniqueId();
  const owner = await signUpOwner(page, id);
  const origin = new URL(page.url()).origin;
  const ws = await call<{ id: string; questionIds: string[] }>(
    page.request,
    'POST',
    `/api/orgs/${owner.orgId}/workshops`,
    {
      title: `投影テスト ${id}`,
      modules: ['m9'],
      departments: ['executive', 'ip', 'rnd'],
      anonymity: 'anonymous',
      scheduledAt: '2026-12-10T10:00:00+09:00',
    },
  );
  const { joinCode } = await call<{ joinCode: string }>(
    page.request,
    'POST',
    `/api/orgs/${owner.orgId}/workshops/${ws.id}/start`,
  );

  // A phone in the browser (to see controls reach it) and eight more through the API.
  const phones = await phoneContext(browser, origin);
  const phone = await phones.newPage();
  await phone.goto(`/join/${joinCode}`);
  await expect(phone.getByText(/このワークショップは匿名です/)).toBeVisible();
  await expect(phone.getByLabel(/お名前/)).toHaveCount(0);
  await phone.getByLabel(/あなたの部門/).selectOption({ label: '知財部門' });
  await phone.getByRole('button', { name: '参加する' }).click();
  await phone.getByRole('radio').nth(2).check();
  await phone.getByRole('button', { name: '回答を送信' }).click();
  await expect(phone.getByText(/回答を送信しました/)).toBeVisible();
  const departments = ['executive', 'executive', 'executive', 'ip', 'ip', 'rnd', 'rnd', 'rnd'];
  for (const [i, department] of departments.entries()) {
    const joined = await call<{ participantToken: string }>(page.request, 'POST', '/api/public/workshops/join', {
      code: joinCode,
      department,
    });
    await call(
      page.request,
      'PUT',
      `/api/participant/answers/${ws.questionIds[0]}`,
      { value: i % 5, clientRequestId: crypto.randomUUID() },
      { 'X-Participant-Token': joined.participantToken },
    );
  }

  // A second tab on the same phone continues as the same participant (its answer is there, no new participant).
  const secondTab = await phones.newPage();
  await secondTab.goto('/participate');
  await expect(secondTab.getByRole('radio').nth(2)).toBeChecked();
  expect(
    (
      await call<{ participants: { total: number } }>(
        page.request,
        'GET',
        `/api/orgs/${owner.orgId}/workshops/${ws.id}`,
      )
    ).participants.total,
  ).toBe(9);

  const presenter = page;
  await presenter.setViewportSize({ width: 1920, height: 1080 });
  await presenter.goto(`/o/${owner.orgId}/workshops/${ws.id}/present`);
  await expect(presenter.getByText('質問 1 / 5')).toBeVisible();
  // No app chrome: no sign-out, no user menu.
  await expect(presenter.getByRole('button', { name: 'ログアウト' })).toHaveCount(0);
  await expect(presenter.getByText('レベル4', { exact: false }).first()).toBeVisible();

  await presenter.keyboard.press('l');
  await expect(presenter.getByText('この質問は締め切りました')).toBeVisible();
  await presenter.keyboard.press('r');
  await expect(presenter.getByText(/平均成熟度/)).toBeVisible();
  // Show results reaches the phone.
  await expect(phone.getByText('この質問の結果')).toBeVisible();

  const shots = join(workspaceRoot, 'dist/.playwright/presenter');
  for (const [width, height] of [
    [1920, 1080],
    [1280, 720],
  ] as const) {
    await presenter.setViewportSize({ width, height });
    const last = presenter.locator('.presenter__choice').last();
    await expect(last).toBeVisible();
    const box = await last.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(height);
    const mean = await presenter.getByText(/平均成熟度/).boundingBox();
    expect(mean && mean.y + mean.height).toBeLessThanOrEqual(height);
    await presenter.screenshot({ path: join(shots, `presenter-${width}x${height}.png`) });
  }

  await presenter.keyboard.press('h');
  await expect(presenter.getByRole('heading', { level: 1, name: '認識ギャップ' })).toBeVisible();
  await presenter.screenshot({ path: join(shots, 'presenter-heatmap-1280x720.png') });
  await presenter.keyboard.press('h');
  await presenter.keyboard.press('ArrowRight');
  await expect(presenter.getByText('質問 2 / 5')).toBeVisible();
  await expect(phone.getByText('質問 2 / 5')).toBeVisible();
  await presenter.keyboard.press('ArrowLeft');
  await expect(presenter.getByText('質問 1 / 5')).toBeVisible();
  await presenter.keyboard.press('r');
  await expect(phone.getByText('この質問の結果')).toHaveCount(0);

  // The facilitator's console on a phone (an advisor checking the room): the code, QR and address stack, nothing
  // widens the page (the 240 px QR beside the code once made it 505 px wide at 390).
  const consolePage = await phones.newPage();
  await consolePage.context().addCookies(await page.context().cookies());
  await consolePage.goto(`/o/${owner.orgId}/workshops/${ws.id}/console`);
  // A cold phone context loads the console's chunks and data afresh; on a loaded 2-core box that once took over 10 s.
  await expect(consolePage.getByRole('img', { name: /QR/ })).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => consolePage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await consolePage.screenshot({ path: join(shots, 'console-390x844.png'), fullPage: true });
  await phones.close();
});
