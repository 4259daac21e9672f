import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, createMockApi, json } from '../../../testing/mock-api';
import { anOrganization, aUser } from '../../../testing/fixtures';
import { renderApp } from '../../../testing/render-app';

const NEW_ID = '33333333-3333-4333-8333-333333333333';
const ROUTE = 'POST /api/organizations';

describe('CreateOrganizationPage', () => {
  it('creates the organization with trimmed names and opens its profile once the new membership is known', async () => {
    const noOrganization = aUser('owner', { memberships: [], lastOrganizationId: null });
    const created = anOrganization({
      id: NEW_ID,
      slug: 'new-co',
      legalNameJa: '株式会社ニュー',
      legalNameEn: 'New Co., Ltd.',
    });
    let createdYet = false;
    const api = createMockApi({
      'GET /api/auth/me': () =>
        json(
          200,
          createdYet
            ? aUser('owner', {
                memberships: [
                  { organizationId: NEW_ID, organizationName: '株式会社ニュー', slug: 'new-co', role: 'owner' },
                ],
                lastOrganizationId: NEW_ID,
              })
            : noOrganization,
        ),
      [ROUTE]: () => {
        createdYet = true;
        return json(201, created);
      },
      [`GET /api/orgs/${NEW_ID}`]: json(200, created),
    });
    const user = userEvent.setup();
    const { location } = renderApp(api, '/organizations/new');

    expect(await screen.findByRole('heading', { level: 2, name: '所属している組織がありません' })).toBeInTheDocument();
    await user.type(screen.getByLabelText(/正式名称（日本語）/), ' 株式会社ニュー ');
    await user.type(screen.getByLabelText('正式名称（英語）'), 'New Co., Ltd. ');
    await user.selectOptions(screen.getByLabelText(/上場区分/), 'グロース市場');
    await user.selectOptions(screen.getByLabelText(/企業規模/), 'スタートアップ');
    await user.click(screen.getByRole('button', { name: '組織を作成' }));

    await waitFor(() => expect(location.pathname).toBe(`/o/${NEW_ID}/profile`));
    expect(api.callsTo(ROUTE)).toHaveLength(1);
    expect(api.callsTo(ROUTE)[0].body).toEqual({
      legalNameJa: '株式会社ニュー',
      legalNameEn: 'New Co., Ltd.',
      listingStatus: 'growth',
      companySize: 'startup',
    });
    expect(api.callsTo(ROUTE)[0].headers['X-CSRF-Token']).toBe('csrf-1');
  });

  it('leaves the English name out when it is empty', async () => {
    const api = createMockApi({
      'GET /api/auth/me': json(200, aUser('owner')),
      [ROUTE]: json(201, anOrganization({ id: NEW_ID })),
    });
    const user = userEvent.setup();
    renderApp(api, '/organizations/new');

    expect(screen.queryByRole('heading', { name: '所属している組織がありません' })).not.toBeInTheDocument();
    await user.type(await screen.findByLabelText(/正式名称（日本語）/), '株式会社サンプル二');
    await user.selectOptions(screen.getByLabelText(/上場区分/), '非上場');
    await user.selectOptions(screen.getByLabelText(/企業規模/), '中小企業');
    await user.click(screen.getByRole('button', { name: '組織を作成' }));

    await waitFor(() => expect(api.callsTo(ROUTE)).toHaveLength(1));
    expect(api.callsTo(ROUTE)[0].body).toEqual({
      legalNameJa: '株式会社サンプル二',
      listingStatus: 'unlisted',
      companySize: 'sme',
    });
  });

  it('shows the API field error next to its field, focuses it and keeps both names', async () => {
    const api = createMockApi({
      'GET /api/auth/me': json(200, aUser('owner')),
      [ROUTE]: apiError(400, 'VALIDATION_FAILED', '入力内容に誤りがあります。', [
        { field: 'legalNameEn', code: 'maxLength', message: '200文字以内で入力してください。' },
      ]),
    });
    const user = userEvent.setup();
    const { location } = renderApp(api, '/organizations/new');

    const ja = await screen.findByLabelText(/正式名称（日本語）/);
    const en = screen.getByLabelText('正式名称（英語）');
    await user.type(ja, '株式会社ニュー');
    await user.type(en, 'New Co., Ltd.');
    await user.selectOptions(screen.getByLabelText(/上場区分/), 'プライム市場');
    await user.selectOptions(screen.getByLabelText(/企業規模/), '大企業');
    await user.click(screen.getByRole('button', { name: '組織を作成' }));

    await waitFor(() => expect(en).toHaveAttribute('aria-invalid', 'true'));
    expect(en).toHaveAccessibleDescription(expect.stringContaining('200文字以内で入力してください。'));
    expect(en).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('入力内容に誤りがあります。');
    expect(ja).not.toHaveAttribute('aria-invalid');
    expect(ja).toHaveValue('株式会社ニュー');
    expect(en).toHaveValue('New Co., Ltd.');
    expect(location.pathname).toBe('/organizations/new');
  });

  it('asks the listing status and size instead of assuming an unlisted SME', async () => {
    const api = createMockApi({ 'GET /api/auth/me': json(200, aUser('owner')) });
    const user = userEvent.setup();
    renderApp(api, '/organizations/new');

    await user.type(await screen.findByLabelText(/正式名称（日本語）/), '株式会社ニュー');
    await user.click(screen.getByRole('button', { name: '組織を作成' }));

    const listing = screen.getByLabelText(/上場区分/);
    expect(listing).toHaveAttribute('aria-invalid', 'true');
    expect(listing).toHaveAccessibleDescription(expect.stringContaining('上場区分を選んでください'));
    expect(screen.getByLabelText(/企業規模/)).toHaveAccessibleDescription(
      expect.stringContaining('企業規模を選んでください。'),
    );
    expect(api.callsTo(ROUTE)).toHaveLength(0);
  });

  it('requires the Japanese name before sending anything', async () => {
    const api = createMockApi({ 'GET /api/auth/me': json(200, aUser('owner')) });
    const user = userEvent.setup();
    renderApp(api, '/organizations/new');

    const en = await screen.findByLabelText('正式名称（英語）');
    await user.type(en, 'New Co., Ltd.');
    await user.click(screen.getByRole('button', { name: '組織を作成' }));

    const ja = screen.getByLabelText(/正式名称（日本語）/);
    expect(ja).toHaveAttribute('aria-invalid', 'true');
    expect(ja).toHaveAccessibleDescription(expect.stringContaining('入力してください。'));
    expect(en).toHaveValue('New Co., Ltd.');
    expect(api.callsTo(ROUTE)).toHaveLength(0);
  });
});
