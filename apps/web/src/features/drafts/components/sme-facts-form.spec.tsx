import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMockApi, json } from '../../../testing/mock-api';
import { anOrganization, aUser, ORG_ID } from '../../../testing/fixtures';
import { renderApp } from '../../../testing/render-app';

describe('SME facts form', () => {
  it('asks an unlisted company only the one-pager facts, all optional, Japanese enough, and keeps the other facts', async () => {
    const kept = { disclosureUrl: 'https://example.com/ip' };
    const api = createMockApi({
      'GET /api/auth/me': json(200, aUser('contributor')),
      [`GET /api/orgs/${ORG_ID}`]: json(200, anOrganization({ listingStatus: 'unlisted', companySize: 'sme' })),
      [`GET /api/orgs/${ORG_ID}/company-facts`]: json(200, {
        facts: kept,
        version: 3,
        updatedBy: null,
        updatedAt: null,
      }),
      [`PUT /api/orgs/${ORG_ID}/company-facts`]: json(200, {
        facts: kept,
        version: 4,
        updatedBy: null,
        updatedAt: null,
      }),
    });
    const user = userEvent.setup();
    renderApp(api, `/o/${ORG_ID}/drafts/facts`);

    const products = await screen.findByLabelText('主な商品・サービス（任意）', undefined, { timeout: 10_000 });
    expect(screen.getByText('例：精密プレス金型の設計・製作')).toBeInTheDocument();
    await user.type(products, '精密プレス金型の設計・製作');
    const employees = screen.getByLabelText('従業員数（任意）');
    await user.type(employees, '四十八');
    await user.click(screen.getByRole('button', { name: '1枚資料の情報を保存する' }));
    // The shared schema checks in the browser; the message says what the field expects.
    expect(await screen.findByText('0以上の整数で入力してください。例：48')).toBeInTheDocument();
    expect(employees).toHaveAttribute('aria-invalid', 'true');
    expect(api.callsTo(`PUT /api/orgs/${ORG_ID}/company-facts`)).toHaveLength(0);

    await user.clear(employees);
    await user.type(employees, '48');
    await user.type(screen.getByLabelText('直近の決算期の売上高（万円・任意）'), '48,000');
    await user.click(screen.getByRole('button', { name: '1枚資料の情報を保存する' }));
    expect(await screen.findByText('企業情報を保存しました。')).toBeInTheDocument();
    const body = api.callsTo(`PUT /api/orgs/${ORG_ID}/company-facts`)[0].body as {
      facts: unknown;
      expectedVersion: number;
    };
    expect(body).toEqual({
      expectedVersion: 3,
      facts: { ...kept, sme: { products: { ja: '精密プレス金型の設計・製作' }, employees: 48, revenueManYen: 48_000 } },
    });
  }, 60_000);
});

describe('SME facts form: typing survives a reload', () => {
  const facts = { disclosureUrl: 'https://example.com/ip' };
  const apiAt = (version: number) =>
    createMockApi({
      'GET /api/auth/me': json(200, aUser('contributor')),
      [`GET /api/orgs/${ORG_ID}`]: json(200, anOrganization({ listingStatus: 'unlisted', companySize: 'sme' })),
      [`GET /api/orgs/${ORG_ID}/company-facts`]: json(200, { facts, version, updatedBy: null, updatedAt: null }),
      [`PUT /api/orgs/${ORG_ID}/company-facts`]: json(200, {
        facts,
        version: version + 1,
        updatedBy: null,
        updatedAt: null,
      }),
    });
  const restoredText = '前回保存されなかった変更をこの端末から復元しました。内容を確認して保存してください。';
  const unsavedText = '保存していない変更があります（この端末に一時保存しています）。';

  it('keeps unsaved typing on this device and restores it on the next visit, with a way to discard it', async () => {
    const user = userEvent.setup();
    const first = renderApp(apiAt(3), `/o/${ORG_ID}/drafts/facts`);
    const products = await screen.findByLabelText('主な商品・サービス（任意）', undefined, { timeout: 10_000 });
    await user.type(products, '精密プレス金型');
    await user.type(screen.getByLabelText('問い合わせ先（英語・任意）'), 'General affairs');
    expect(screen.getByText(unsavedText)).toBeInTheDocument();
    expect(screen.queryByText(restoredText)).not.toBeInTheDocument();
    first.unmount(); // a reload: nothing was sent
    expect(JSON.parse(localStorage.getItem(`ipgn.company-facts.${ORG_ID}.sme`) ?? 'null')).toMatchObject({
      baseVersion: 3,
      state: { products: { ja: '精密プレス金型' }, contact: { en: 'General affairs' } },
    });
    // The listed-company form's copy is its own: nothing of this typing went there.
    expect(localStorage.getItem(`ipgn.company-facts.${ORG_ID}`)).toBeNull();

    renderApp(apiAt(3), `/o/${ORG_ID}/drafts/facts`);
    expect(await screen.findByLabelText('主な商品・サービス（任意）', undefined, { timeout: 10_000 })).toHaveValue(
      '精密プレス金型',
    );
    expect(screen.getByText(restoredText)).toBeInTheDocument();
    // The English part it was typed in opens, so nothing comes back out of sight.
    expect(screen.getByLabelText('問い合わせ先（英語・任意）')).toBeVisible();
    expect(screen.getByLabelText('問い合わせ先（英語・任意）')).toHaveValue('General affairs');

    await user.click(screen.getByRole('button', { name: '復元した変更を破棄する' }));
    expect(screen.getByLabelText('主な商品・サービス（任意）')).toHaveValue('');
    expect(screen.queryByText(restoredText)).not.toBeInTheDocument();
    expect(screen.queryByText(unsavedText)).not.toBeInTheDocument();
    expect(localStorage.getItem(`ipgn.company-facts.${ORG_ID}.sme`)).toBeNull();
  }, 60_000);

  it('drops the copy once saved, and never restores one made before someone else saved', async () => {
    const user = userEvent.setup();
    const first = renderApp(apiAt(3), `/o/${ORG_ID}/drafts/facts`);
    const products = await screen.findByLabelText('主な商品・サービス（任意）', undefined, { timeout: 10_000 });
    await user.type(products, '金型');
    expect(localStorage.getItem(`ipgn.company-facts.${ORG_ID}.sme`)).not.toBeNull();
    await user.click(screen.getByRole('button', { name: '1枚資料の情報を保存する' }));
    expect(await screen.findByText('企業情報を保存しました。')).toBeInTheDocument();
    expect(screen.queryByText(unsavedText)).not.toBeInTheDocument();
    expect(localStorage.getItem(`ipgn.company-facts.${ORG_ID}.sme`)).toBeNull();

    await user.type(products, '・治具');
    first.unmount();
    // Version 4 was the save above; someone saved again (version 5): restoring would overwrite their work.
    renderApp(apiAt(5), `/o/${ORG_ID}/drafts/facts`);
    expect(await screen.findByLabelText('主な商品・サービス（任意）', undefined, { timeout: 10_000 })).toHaveValue('');
    expect(screen.queryByText(restoredText)).not.toBeInTheDocument();
  }, 60_000);
});
