import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, createMockApi, json } from '../../../testing/mock-api';
import { aUser } from '../../../testing/fixtures';
import { renderApp } from '../../../testing/render-app';

const signedOut = () => apiError(401, 'UNAUTHENTICATED', 'ログインしてください');

async function fillForm(user: ReturnType<typeof userEvent.setup>, password = 'correct-horse-battery') {
  await user.type(await screen.findByLabelText(/メールアドレス/), 'hanako@example.jp');
  await user.type(screen.getByLabelText(/^パスワード/), password);
  await user.type(screen.getByLabelText(/表示名/), '山田花子');
  await user.type(screen.getByLabelText(/組織の正式名称/), '株式会社サンプル');
  await user.selectOptions(screen.getByLabelText(/上場区分/), '非上場');
  await user.selectOptions(screen.getByLabelText(/企業規模/), '中小企業');
}

describe('SignUpPage', () => {
  it('says beside the field that the address is already registered, with the ways in, and keeps what was typed', async () => {
    const api = createMockApi({
      'GET /api/auth/me': signedOut(),
      'POST /api/auth/signup': apiError(400, 'EMAIL_TAKEN', 'このメールアドレスは既に登録されています。', [
        {
          field: 'email',
          code: 'emailTaken',
          message: 'このメールアドレスは既に登録されています。ログインするか、パスワードを再設定してください。',
        },
      ]),
    });
    const user = userEvent.setup();
    renderApp(api, '/sign-up');

    await fillForm(user);
    await user.click(screen.getByRole('button', { name: 'アカウントを作成' }));

    const email = screen.getByLabelText(/メールアドレス/);
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription(
      expect.stringContaining('既に登録されています。ログインするか、パスワードを再設定してください。'),
    );
    expect(email).not.toHaveAccessibleDescription(expect.stringContaining('値が正しくありません'));
    expect(screen.getByRole('link', { name: 'ログインする' })).toHaveAttribute('href', '/sign-in');
    expect(screen.getByRole('link', { name: 'パスワードを再設定する' })).toHaveAttribute('href', '/forgot-password');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('このメールアドレスは既に登録されています。');
    // An ordinary mistake to fix, not a fault to report: no reference number.
    expect(alert).not.toHaveTextContent('問い合わせ番号');
    expect(email).toHaveFocus();
    // Nothing lost.
    expect(email).toHaveValue('hanako@example.jp');
    expect(screen.getByLabelText(/組織の正式名称/)).toHaveValue('株式会社サンプル');
    expect(screen.getByLabelText(/^パスワード/)).not.toHaveAttribute('aria-invalid');
  });

  it('keeps the taken-address message while the address is unchanged, and drops it (and the banner) once it is edited', async () => {
    const api = createMockApi({
      'GET /api/auth/me': signedOut(),
      'POST /api/auth/signup': apiError(400, 'EMAIL_TAKEN', 'This e-mail address is already registered.', [
        {
          field: 'email',
          code: 'emailTaken',
          message: 'This e-mail address is already registered. Sign in, or reset your password.',
        },
      ]),
    });
    const user = userEvent.setup();
    renderApp(api, '/sign-up', 'en');

    await user.type(await screen.findByLabelText(/E-mail address/), 'hanako@example.jp');
    await user.type(screen.getByLabelText(/^Password/), 'correct-horse-battery');
    await user.type(screen.getByLabelText(/Display name/), 'Hanako');
    await user.type(screen.getByLabelText(/Organization legal name/), '株式会社サンプル');
    await user.selectOptions(screen.getByLabelText(/Listing status/), 'Unlisted');
    await user.selectOptions(screen.getByLabelText(/Company size/), 'SME');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    const email = screen.getByLabelText(/E-mail address/);
    await waitFor(() => expect(email).toHaveAccessibleDescription(/already registered\. Sign in, or reset/));

    // A different mistake, caught before sending: the untouched address is still the registered one.
    const password = screen.getByLabelText(/^Password/);
    await user.clear(password);
    await user.type(password, 'short');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(password).toHaveAccessibleDescription(expect.stringContaining('at least 10 characters'));
    expect(email).toHaveAccessibleDescription(/already registered/);
    expect(email).not.toHaveAccessibleDescription(/The value is not valid/);

    // Editing the address drops what the server said about the old one; the password's own message stays.
    await user.type(email, 'x');
    expect(email).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByRole('link', { name: 'Reset your password' })).not.toBeInTheDocument();
    expect(screen.getByRole('alert')).not.toHaveTextContent('already registered');
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(api.callsTo('POST /api/auth/signup')).toHaveLength(1);
  });

  it('checks the password length before sending anything', async () => {
    const api = createMockApi({ 'GET /api/auth/me': signedOut() });
    const user = userEvent.setup();
    renderApp(api, '/sign-up');

    await fillForm(user, 'short');
    await user.click(screen.getByRole('button', { name: 'アカウントを作成' }));

    const password = screen.getByLabelText(/^パスワード/);
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAccessibleDescription(expect.stringContaining('パスワードは10文字以上にしてください。'));
    expect(api.callsTo('POST /api/auth/signup')).toHaveLength(0);
  });

  it('creates a company account with its organization, disables the button while sending, then opens the organization', async () => {
    let release: () => void = () => undefined;
    const api = createMockApi({
      'GET /api/auth/me': signedOut(),
      'POST /api/auth/signup': () =>
        new Promise((resolve) => {
          release = () => resolve(json(201, aUser('owner')));
        }),
    });
    const user = userEvent.setup();
    const { location } = renderApp(api, '/sign-up');

    await fillForm(user);
    await user.click(screen.getByRole('button', { name: 'アカウントを作成' }));

    const busy = await screen.findByRole('button', { name: '作成中…' });
    expect(busy).toBeDisabled();
    release();

    await waitFor(() => expect(location.pathname).toBe('/o/11111111-1111-4111-8111-111111111111'));
    expect(api.callsTo('POST /api/auth/signup')[0].body).toEqual({
      email: 'hanako@example.jp',
      password: 'correct-horse-battery',
      displayName: '山田花子',
      locale: 'ja',
      accountType: 'company',
      organizationName: '株式会社サンプル',
      listingStatus: 'unlisted',
      companySize: 'sme',
    });
    expect(api.callsTo('POST /api/auth/signup')[0].headers['X-CSRF-Token']).toBe('csrf-1');
  });

  it('creates an investor account without an organization', async () => {
    const api = createMockApi({
      'GET /api/auth/me': signedOut(),
      'POST /api/auth/signup': json(
        201,
        aUser('owner', { accountType: 'investor', memberships: [], lastOrganizationId: null }),
      ),
    });
    const user = userEvent.setup();
    const { location } = renderApp(api, '/sign-up');

    await user.type(await screen.findByLabelText(/メールアドレス/), 'investor@example.jp');
    await user.type(screen.getByLabelText(/^パスワード/), 'correct-horse-battery');
    await user.type(screen.getByLabelText(/表示名/), '投資 太郎');
    await user.click(screen.getByRole('radio', { name: /投資家/ }));
    expect(screen.queryByLabelText(/組織の正式名称/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'アカウントを作成' }));

    await waitFor(() => expect(location.pathname).toBe('/investor'));
    expect(api.callsTo('POST /api/auth/signup')[0].body).toMatchObject({ accountType: 'investor' });
    expect(api.callsTo('POST /api/auth/signup')[0].body).not.toHaveProperty('organizationName');
    expect(await screen.findByRole('heading', { level: 2, name: '公開されている開示情報' })).toBeInTheDocument();
  });

  it("from the landing page's investor card, starts as an investor account (v2.47 UI review)", async () => {
    const api = createMockApi({
      'GET /api/auth/me': signedOut(),
      'POST /api/auth/signup': json(
        201,
        aUser('owner', { accountType: 'investor', memberships: [], lastOrganizationId: null }),
      ),
    });
    const user = userEvent.setup();
    const { location } = renderApp(api, '/sign-up?track=investor');
    expect(await screen.findByRole('radio', { name: /投資家/ })).toBeChecked();
    expect(screen.queryByLabelText(/組織の正式名称/)).not.toBeInTheDocument();
    await user.type(screen.getByLabelText(/メールアドレス/), 'analyst@example.jp');
    await user.type(screen.getByLabelText(/^パスワード/), 'correct-horse-battery');
    await user.type(screen.getByLabelText(/表示名/), '分析 花子');
    await user.click(screen.getByRole('button', { name: 'アカウントを作成' }));
    await waitFor(() => expect(location.pathname).toBe('/investor'));
    expect(api.callsTo('POST /api/auth/signup')[0].body).toMatchObject({ accountType: 'investor' });
  });

  it('from the listed-company card, starts the organization as listed (Prime, large) unless the user chooses otherwise', async () => {
    const api = createMockApi({
      'GET /api/auth/me': signedOut(),
      'POST /api/auth/signup': json(201, aUser('owner')),
    });
    const user = userEvent.setup();
    const { location } = renderApp(api, '/sign-up?track=listed');

    expect(await screen.findByText(/上場企業としてアカウントと組織を作成し/)).toBeInTheDocument();
    expect(screen.getByLabelText(/上場区分/)).toHaveDisplayValue('プライム市場');
    expect(screen.getByLabelText(/企業規模/)).toHaveDisplayValue('大企業');
    await user.type(screen.getByLabelText(/メールアドレス/), 'ir@example.jp');
    await user.type(screen.getByLabelText(/^パスワード/), 'correct-horse-battery');
    await user.type(screen.getByLabelText(/表示名/), '知財部 佐藤');
    await user.type(screen.getByLabelText(/組織の正式名称/), 'カイロ化成株式会社');
    await user.selectOptions(screen.getByLabelText(/上場区分/), 'スタンダード市場');
    await user.click(screen.getByRole('button', { name: 'アカウントを作成' }));

    await waitFor(() => expect(location.pathname).toBe('/o/11111111-1111-4111-8111-111111111111'));
    expect(api.callsTo('POST /api/auth/signup')[0].body).toMatchObject({
      accountType: 'company',
      organizationName: 'カイロ化成株式会社',
      listingStatus: 'standard',
      companySize: 'large',
    });
  });

  it('without a card, asks for the listing status and size and says so beside each field, in both languages', async () => {
    for (const [locale, texts] of [
      [
        'ja',
        {
          email: /メールアドレス/,
          password: /^パスワード/,
          name: /表示名/,
          org: /組織の正式名称/,
          listing: /上場区分/,
          size: /企業規模/,
          submit: 'アカウントを作成',
          listingError: '上場区分を選んでください（上場していない場合は「非上場」）。',
          sizeError: '企業規模を選んでください。',
        },
      ],
      [
        'en',
        {
          email: /E-mail address/,
          password: /^Password/,
          name: /Display name/,
          org: /Organization legal name/,
          listing: /Listing status/,
          size: /Company size/,
          submit: 'Create account',
          listingError: 'Choose the listing status (Unlisted if the company is not listed).',
          sizeError: 'Choose the company size.',
        },
      ],
    ] as const) {
      const api = createMockApi({ 'GET /api/auth/me': signedOut() });
      const user = userEvent.setup();
      const view = renderApp(api, '/sign-up', locale);
      await user.type(await screen.findByLabelText(texts.email), 'hanako@example.jp');
      await user.type(screen.getByLabelText(texts.password), 'correct-horse-battery');
      await user.type(screen.getByLabelText(texts.name), 'Hanako');
      await user.type(screen.getByLabelText(texts.org), '株式会社サンプル');
      const listing = screen.getByLabelText(texts.listing);
      expect(listing).toHaveValue('');
      await user.click(screen.getByRole('button', { name: texts.submit }));

      await waitFor(() => expect(listing).toHaveAttribute('aria-invalid', 'true'));
      expect(listing).toHaveAccessibleDescription(expect.stringContaining(texts.listingError));
      expect(screen.getByLabelText(texts.size)).toHaveAccessibleDescription(expect.stringContaining(texts.sizeError));
      expect(listing).toHaveFocus();
      expect(api.callsTo('POST /api/auth/signup')).toHaveLength(0);
      view.unmount();
    }
  });
});
