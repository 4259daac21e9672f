import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, createMockApi, json } from '../../../testing/mock-api';
import { aUser, ORG_ID } from '../../../testing/fixtures';
import { renderApp } from '../../../testing/render-app';

describe('Company facts', () => {
  it('checks the facts with the shared schema before sending, then saves and shows the API field errors next to the fields', async () => {
    const api = createMockApi({
      'GET /api/auth/me': json(200, aUser('contributor')),
      [`GET /api/orgs/${ORG_ID}/company-facts`]: json(200, { facts: {}, version: 0, updatedBy: null, updatedAt: null }),
      [`PUT /api/orgs/${ORG_ID}/company-facts`]: apiError(400, 'VALIDATION_FAILED', '入力内容を確認してください。', [
        { field: 'facts.kpis.0.name.en', code: 'isNotEmpty', message: '英語の名称を入力してください。' },
      ]),
    });
    const user = userEvent.setup();
    renderApp(api, `/o/${ORG_ID}/drafts/facts`);

    // The page is lazy-loaded: give the first render time on a busy machine.
    await user.click(await screen.findByRole('button', { name: 'KPIを追加' }, { timeout: 10_000 }));
    const row = screen.getByRole('group', { name: 'KPI 1' });
    await user.type(within(row).getByLabelText('名称（日本語）'), '特許出願件数');
    await user.type(within(row).getByLabelText('目標値'), '120');
    await user.type(within(row).getByLabelText('目標年度'), '2028');
    await user.click(screen.getByRole('button', { name: '保存する' }));

    // The browser checks with the same zod schema as the API: the missing English name, beside its field.
    const enName = within(row).getByLabelText('名称（英語）');
    expect(await within(row).findByText('必須項目です。')).toBeInTheDocument();
    expect(enName).toHaveAttribute('aria-invalid', 'true');
    expect(api.callsTo(`PUT /api/orgs/${ORG_ID}/company-facts`)).toHaveLength(0);

    await user.type(enName, 'Patent filings');
    const url = screen.getByLabelText(/サステナビリティ・人的資本・知財の詳細を開示しているURL/);
    await user.type(url, 'ftp://example.com');
    await user.click(screen.getByRole('button', { name: '保存する' }));
    expect(await screen.findByText('http:// または https:// で始まるURLを入力してください。')).toBeInTheDocument();
    expect(api.callsTo(`PUT /api/orgs/${ORG_ID}/company-facts`)).toHaveLength(0);

    await user.clear(url);
    await user.click(screen.getByRole('button', { name: '保存する' }));

    const body = api.callsTo(`PUT /api/orgs/${ORG_ID}/company-facts`)[0].body as {
      facts: { kpis: unknown[] };
      expectedVersion: number;
    };
    expect(body.expectedVersion).toBe(0);
    expect(body.facts.kpis).toEqual([
      {
        id: expect.stringMatching(/^kpi-[a-z0-9]+$/),
        name: { ja: '特許出願件数', en: 'Patent filings' },
        kind: 'count',
        unit: 'count',
        target: { value: 120, fiscalYear: 2028 },
      },
    ]);
    const en = within(row).getByLabelText('名称（英語）');
    expect(await within(row).findByText('英語の名称を入力してください。')).toBeInTheDocument();
    expect(en).toHaveAttribute('aria-invalid', 'true');
    expect(en).toHaveFocus();
  }, 60_000);
});
