import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, createMockApi, json } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render-app';

const signedOut = () => apiError(401, 'UNAUTHENTICATED', 'ログインしてください');
const ROUTE = 'POST /api/auth/password-reset/confirm';
const NEW_PASSWORD = /^新しいパスワード(必須)?$/;
const AGAIN = /^新しいパスワード（確認）/;

async function fill(user: ReturnType<typeof userEvent.setup>, password: string, again = password) {
  await user.type(await screen.findByLabelText(NEW_PASSWORD), password);
  await user.type(screen.getByLabelText(AGAIN), again);
  await user.click(screen.getByRole('button', { name: 'パスワードを変更' }));
}

describe('ResetPasswordPage', () => {
  it('sets the new password with the token from the link and offers the sign-in page', async () => {
    const api = createMockApi({ 'GET /api/auth/me': signedOut(), [ROUTE]: json(204) });
    const user = userEvent.setup();
    renderApp(api, '/reset-password?token=reset-token-1');

    await fill(user, 'correct-horse-battery');

    expect(
      await screen.findByText('パスワードを変更しました。新しいパスワードでログインしてください。'),
    ).toBeInTheDocument();
    expect(api.callsTo(ROUTE)[0].body).toEqual({ token: 'reset-token-1', password: 'correct-horse-battery' });
    expect(screen.getByRole('link', { name: 'ログイン画面へ' })).toHaveAttribute('href', '/sign-in');
    expect(screen.queryByLabelText(NEW_PASSWORD)).not.toBeInTheDocument();
  });

  it('shows the API field error next to the password, focuses it and keeps both fields', async () => {
    const api = createMockApi({
      'GET /api/auth/me': signedOut(),
      [ROUTE]: apiError(400, 'VALIDATION_FAILED', '入力内容に誤りがあります。', [
        { field: 'password', code: 'maxLength', message: 'パスワードは128文字以内にしてください。' },
      ]),
    });
    const user = userEvent.setup();
    renderApp(api, '/reset-password?token=reset-token-1');

    await fill(user, 'correct-horse-battery');

    const password = screen.getByLabelText(NEW_PASSWORD);
    await waitFor(() => expect(password).toHaveAttribute('aria-invalid', 'true'));
    expect(password).toHaveAccessibleDescription(expect.stringContaining('パスワードは128文字以内にしてください。'));
    expect(password).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('入力内容に誤りがあります。');
    expect(password).toHaveValue('correct-horse-battery');
    expect(screen.getByLabelText(AGAIN)).toHaveValue('correct-horse-battery');
    expect(screen.getByLabelText(AGAIN)).not.toHaveAttribute('aria-invalid');
  });

  it('shows an expired-token error from the API on the password field, without clearing anything', async () => {
    const api = createMockApi({
      'GET /api/auth/me': signedOut(),
      [ROUTE]: apiError(400, 'INVALID_RESET_TOKEN', 'リンクの有効期限が切れています。', [
        { field: 'token', code: 'expired', message: 'リンクの有効期限が切れています。もう一度送信してください。' },
      ]),
    });
    const user = userEvent.setup();
    renderApp(api, '/reset-password?token=old-token');

    await fill(user, 'correct-horse-battery');

    const password = screen.getByLabelText(NEW_PASSWORD);
    await waitFor(() =>
      expect(password).toHaveAccessibleDescription(
        expect.stringContaining('リンクの有効期限が切れています。もう一度送信してください。'),
      ),
    );
    expect(password).toHaveValue('correct-horse-battery');
    expect(screen.getByLabelText(AGAIN)).toHaveValue('correct-horse-battery');
    expect(screen.getByRole('link', { name: '再設定リンクをもう一度送信する' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
  });

  it('checks that both entries match before sending anything', async () => {
    const api = createMockApi({ 'GET /api/auth/me': signedOut() });
    const user = userEvent.setup();
    renderApp(api, '/reset-password?token=reset-token-1');

    await fill(user, 'correct-horse-battery', 'correct-horse-batterx');

    const again = screen.getByLabelText(AGAIN);
    expect(again).toHaveAttribute('aria-invalid', 'true');
    expect(again).toHaveAccessibleDescription('パスワードが一致しません。');
    expect(again).toHaveValue('correct-horse-batterx');
    expect(api.callsTo(ROUTE)).toHaveLength(0);
  });

  it('without a token in the link, explains it and links to a new request instead of showing the form', async () => {
    const api = createMockApi({ 'GET /api/auth/me': signedOut() });
    renderApp(api, '/reset-password');

    expect(await screen.findByRole('alert')).toHaveTextContent('リンクが正しくありません。');
    expect(screen.queryByLabelText(NEW_PASSWORD)).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: '再設定リンクをもう一度送信する' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
  });
});
