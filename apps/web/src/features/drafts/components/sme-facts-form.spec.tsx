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
