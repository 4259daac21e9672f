import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, createMockApi, json } from '../../../testing/mock-api';
import { anOrganization, aUser, ORG_ID } from '../../../testing/fixtures';
import { renderApp } from '../../../testing/render-app';

describe('OrganizationProfilePage', () => {
  it('saves the whole profile and confirms it', async () => {
    const api = createMockApi({
      'GET /api/auth/me': json(200, aUser('admin')),
      [`GET /api/orgs/${ORG_ID}`]: json(200, anOrganization()),
      [`PATCH /api/orgs/${ORG_ID}`]: (call) => json(200, { ...anOrganization(), ...(call.body as object) }),
    });
    const user = userEvent.setup();
    renderApp(api, `/o/${ORG_ID}/profile`);

    await user.type(await screen.findByLabelText('正式名称（英語）'), 'Sample Co., Ltd.');
    await user.selectOptions(screen.getByLabelText('上場区分'), 'グロース市場');
    await user.selectOptions(screen.getByLabelText('企業規模'), 'スタートアップ');
    await user.selectOptions(screen.getByLabelText('業種（東証33業種）'), '情報・通信業');
    await user.selectOptions(screen.getByLabelText('決算月'), '12月');
    await user.type(screen.getByLabelText('証券コード'), '130A');
    await user.click(screen.getByRole('button', { name: '保存する' }));

    expect(await screen.findByText('組織プロフィールを保存しました。')).toBeInTheDocument();
    expect(api.callsTo(`PATCH /api/orgs/${ORG_ID}`)[0].body).toEqual({
      legalNameJa: '株式会社サンプル',
      legalNameEn: 'Sample Co., Ltd.',
      listingStatus: 'growth',
      companySize: 'startup',
      industry: '5250',
      fiscalYearEndMonth: 12,
      securitiesCode: '130A',
    });
  });

  it('shows a field error from the API next to the field and keeps the input', async () => {
    const api = createMockApi({
      'GET /api/auth/me': json(200, aUser('owner')),
      [`GET /api/orgs/${ORG_ID}`]: json(200, anOrganization()),
      [`PATCH /api/orgs/${ORG_ID}`]: apiError(400, 'VALIDATION_FAILED', '入力内容に誤りがあります。', [
        { field: 'legalNameEn', code: 'maxLength', message: '200文字以内で入力してください。' },
      ]),
    });
    const user = userEvent.setup();
    renderApp(api, `/o/${ORG_ID}/profile`);

    const en = await screen.findByLabelText('正式名称（英語）');
    await user.type(en, 'Too long');
    await user.click(screen.getByRole('button', { name: '保存する' }));

    await waitFor(() => expect(en).toHaveAttribute('aria-invalid', 'true'));
    expect(en).toHaveAccessibleDescription(expect.stringContaining('200文字以内で入力してください。'));
    expect(en).toHaveValue('Too long');
    expect(screen.getByRole('button', { name: '保存する' })).toBeEnabled();
  });

  it('says the securities-code format it expects beside the field, in both languages, before sending', async () => {
    for (const [locale, label, save, expected] of [
      ['ja', '証券コード', '保存する', '証券コードは4文字で入力してください（例：7203、130A）。'],
      ['en', 'Securities code', 'Save', 'Enter the 4-character securities code (e.g. 7203, 130A)'],
    ] as const) {
      const api = createMockApi({
        'GET /api/auth/me': json(200, aUser('owner', { locale })),
        [`GET /api/orgs/${ORG_ID}`]: json(200, anOrganization()),
        [`PATCH /api/orgs/${ORG_ID}`]: (call) => json(200, { ...anOrganization(), ...(call.body as object) }),
      });
      const user = userEvent.setup();
      const view = renderApp(api, `/o/${ORG_ID}/profile`, locale);
      const code = await screen.findByLabelText(label);
      await user.type(code, '12');
      await user.click(screen.getByRole('button', { name: save }));
      await waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'));
      expect(code).toHaveAccessibleDescription(expect.stringContaining(expected));
      expect(code).not.toHaveAccessibleDescription(/形式が正しくありません|The format is not valid/);
      expect(api.callsTo(`PATCH /api/orgs/${ORG_ID}`)).toHaveLength(0);
      // Typed in full width and lower case, it is the code: sent as the API keeps it.
      await user.clear(code);
      await user.type(code, '１３０ａ');
      await user.click(screen.getByRole('button', { name: save }));
      await waitFor(() => expect(api.callsTo(`PATCH /api/orgs/${ORG_ID}`)).toHaveLength(1));
      expect(api.callsTo(`PATCH /api/orgs/${ORG_ID}`)[0].body).toMatchObject({ securitiesCode: '130A' });
      view.unmount();
    }
  });

  it('shows a read-only profile to roles without organization:update', async () => {
    const api = createMockApi({
      'GET /api/auth/me': json(200, aUser('reviewer', { locale: 'en' })),
      [`GET /api/orgs/${ORG_ID}`]: json(200, anOrganization({ industry: '3250', fiscalYearEndMonth: 3 })),
    });
    renderApp(api, `/o/${ORG_ID}/profile`, 'en');

    expect(await screen.findByText('Pharmaceutical')).toBeInTheDocument();
    expect(screen.getByText('March')).toBeInTheDocument();
    expect(screen.getByText('Prime Market')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('tells a non-member that the organization does not exist, without calling the API for it', async () => {
    const api = createMockApi({ 'GET /api/auth/me': json(200, aUser('owner')) });
    renderApp(api, '/o/someone-elses-org/profile');

    expect(await screen.findByRole('heading', { level: 1, name: '組織が見つかりません' })).toBeInTheDocument();
    expect(api.callsTo('GET /api/orgs/someone-elses-org')).toHaveLength(0);
  });
});
