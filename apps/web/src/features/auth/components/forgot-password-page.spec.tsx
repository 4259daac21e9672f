import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, createMockApi, json } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render-app';

const signedOut = () => apiError(401, 'UNAUTHENTICATED', 'ログインしてください');
const ROUTE = 'POST /api/auth/password-reset/request';

describe('ForgotPasswordPage', () => {
  it('sends the trimmed address and says a link was sent if the address is registered', async () => {
    const api = createMockApi({ 'GET /api/auth/me': signedOut(), [ROUTE]: json(204) });
    const user = userEvent.setup();
    renderApp(api, '/forgot-password');

    expect(await screen.findByRole('heading', { level: 1, name: 'パスワードの再設定' })).toBeInTheDocument();
    await user.type(screen.getByLabelText(/メールアドレス/), '  hanako@example.jp ');
    await user.click(screen.getByRole('button', { name: '再設定リンクを送信' }));

    expect(await screen.findByText(/パスワード再設定用のリンクを送信しました/)).toBeInTheDocument();
    expect(api.callsTo(ROUTE)).toHaveLength(1);
    expect(api.callsTo(ROUTE)[0].body).toEqual({ email: 'hanako@example.jp' });
    expect(screen.getByRole('link', { name: 'ログイン画面に戻る' })).toHaveAttribute('href', '/sign-in');
  });

  it('shows the API field error next to the address, focuses it and keeps what was typed', async () => {
    const api = createMockApi({
      'GET /api/auth/me': signedOut(),
      [ROUTE]: apiError(400, 'VALIDATION_FAILED', '入力内容に誤りがあります。', [
        { field: 'email', code: 'maxLength', message: 'メールアドレスは254文字以内で入力してください。' },
      ]),
    });
    const user = userEvent.setup();
    renderApp(api, '/forgot-password');

    const email = await screen.findByLabelText(/メールアドレス/);
    await user.type(email, 'hanako@example.jp');
    await user.click(screen.getByRole('button', { name: '再設定リンクを送信' }));

    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription('メールアドレスは254文字以内で入力してください。');
    expect(email).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('入力内容に誤りがあります。');
    expect(email).toHaveValue('hanako@example.jp');
    expect(screen.queryByText(/リンクを送信しました/)).not.toBeInTheDocument();
  });

  it('checks the address before sending anything', async () => {
    const api = createMockApi({ 'GET /api/auth/me': signedOut() });
    const user = userEvent.setup();
    renderApp(api, '/forgot-password');

    const email = await screen.findByLabelText(/メールアドレス/);
    await user.type(email, 'not-an-address');
    await user.click(screen.getByRole('button', { name: '再設定リンクを送信' }));

    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('メールアドレスの形式で入力してください。');
    expect(email).toHaveValue('not-an-address');
    expect(api.callsTo(ROUTE)).toHaveLength(0);
  });
});
