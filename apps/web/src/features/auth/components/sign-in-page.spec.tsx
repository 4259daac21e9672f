import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, createMockApi, json, page } from '../../../testing/mock-api';
import { aUser, ORG_ID } from '../../../testing/fixtures';
import { renderApp } from '../../../testing/render-app';

describe('SignInPage', () => {
  it('shows the server message for wrong credentials and keeps the e-mail address', async () => {
    const api = createMockApi({
      'GET /api/auth/me': apiError(401, 'UNAUTHENTICATED', 'ログインしてください'),
      'POST /api/auth/login': apiError(
        401,
        'INVALID_CREDENTIALS',
        'メールアドレスまたはパスワードが正しくありません。',
      ),
    });
    const user = userEvent.setup();
    renderApp(api, '/sign-in');

    await user.type(await screen.findByLabelText(/メールアドレス/), 'hanako@example.jp');
    await user.type(screen.getByLabelText(/パスワード/), 'wrong-password');
    await user.click(screen.getByRole('button', { name: 'ログイン' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('メールアドレスまたはパスワードが正しくありません。');
    expect(screen.getByLabelText(/メールアドレス/)).toHaveValue('hanako@example.jp');
    expect(screen.getByRole('button', { name: 'ログイン' })).toBeEnabled();
  });

  it('reports throttling in words, without a reference number (only a 5xx error has one)', async () => {
    const api = createMockApi({
      'GET /api/auth/me': apiError(401, 'UNAUTHENTICATED', 'ログインしてください'),
      'POST /api/auth/login': apiError(
        429,
        'TOO_MANY_REQUESTS',
        '試行回数が多すぎます。しばらくしてからお試しください。',
      ),
    });
    const user = userEvent.setup();
    renderApp(api, '/sign-in');

    await user.type(await screen.findByLabelText(/メールアドレス/), 'hanako@example.jp');
    await user.type(screen.getByLabelText(/パスワード/), 'whatever-password');
    await user.click(screen.getByRole('button', { name: 'ログイン' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('試行回数が多すぎます。');
    expect(alert).not.toHaveTextContent('問い合わせ番号');
  });

  it('signs in and goes back to the page the user was heading for', async () => {
    const api = createMockApi({
      'GET /api/auth/me': apiError(401, 'UNAUTHENTICATED', 'ログインしてください'),
      'POST /api/auth/login': json(200, aUser('owner')),
      [`GET /api/orgs/${ORG_ID}/members`]: json(200, page([])),
    });
    const user = userEvent.setup();
    const { location } = renderApp(api, `/o/${ORG_ID}/members`);

    await waitFor(() => expect(location.pathname).toBe('/sign-in'));
    await user.type(await screen.findByLabelText(/メールアドレス/), 'hanako@example.jp');
    await user.type(screen.getByLabelText(/パスワード/), 'correct-horse-battery');
    await user.click(screen.getByRole('button', { name: 'ログイン' }));

    await waitFor(() => expect(location.pathname).toBe(`/o/${ORG_ID}/members`));
    expect(api.callsTo('POST /api/auth/login')[0].body).toEqual({
      email: 'hanako@example.jp',
      password: 'correct-horse-battery',
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'メンバー' })).toBeInTheDocument();
  });

  it('redirects an unauthenticated visitor of a protected page to sign-in with a return path', async () => {
    const api = createMockApi({ 'GET /api/auth/me': apiError(401, 'UNAUTHENTICATED', 'ログインしてください') });
    const { location } = renderApp(api, `/o/${ORG_ID}/profile`);
    await waitFor(() => expect(location.pathname).toBe('/sign-in'));
    expect(location.search).toBe(`?next=${encodeURIComponent(`/o/${ORG_ID}/profile`)}`);
  });
});
