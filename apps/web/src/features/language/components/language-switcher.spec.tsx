import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, createMockApi, json, page } from '../../../testing/mock-api';
import { aUser, ORG_ID } from '../../../testing/fixtures';
import { renderApp } from '../../../testing/render-app';

describe('LanguageSwitcher', () => {
  beforeEach(() => {
    window.localStorage.clear();
    document.documentElement.lang = 'ja';
  });

  it('before sign-in: switches texts and <html lang>, remembers the choice in localStorage, saves nothing on the server', async () => {
    const api = createMockApi({ 'GET /api/auth/me': apiError(401, 'UNAUTHENTICATED', 'ログインしてください') });
    const user = userEvent.setup();
    renderApp(api, '/sign-in');

    expect(await screen.findByRole('heading', { level: 1, name: 'ログイン' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '日本語' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('ipgn.locale')).toBe('en');
    expect(api.callsTo('PATCH /api/auth/me')).toHaveLength(0);
  });

  it('signed in: saves the language to the account with PATCH /api/auth/me and sends it as Accept-Language afterwards', async () => {
    const api = createMockApi({
      'GET /api/auth/me': json(200, aUser('owner')),
      'PATCH /api/auth/me': (call) => json(200, aUser('owner', { locale: (call.body as { locale: 'en' }).locale })),
      [`GET /api/orgs/${ORG_ID}/members`]: json(200, page([])),
      [`GET /api/orgs/${ORG_ID}/invitations`]: json(200, page([])),
    });
    const user = userEvent.setup();
    renderApp(api, `/o/${ORG_ID}/members`);

    expect(await screen.findByRole('heading', { level: 1, name: 'メンバー' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Members' })).toBeInTheDocument();
    await waitFor(() => expect(api.callsTo('PATCH /api/auth/me')).toHaveLength(1));
    const patch = api.callsTo('PATCH /api/auth/me')[0];
    expect(patch.body).toEqual({ locale: 'en' });
    expect(patch.headers['X-CSRF-Token']).toBe('csrf-1');
    expect(patch.headers['Accept-Language']).toBe('en');
    expect(screen.getByRole('navigation', { name: 'Organization menu' })).toBeInTheDocument();
  });

  it("after sign-in the user's saved language wins over the browser's earlier choice", async () => {
    window.localStorage.setItem('ipgn.locale', 'ja');
    const api = createMockApi({
      'GET /api/auth/me': json(200, aUser('owner', { locale: 'en' })),
    });
    renderApp(api, `/o/${ORG_ID}`);

    expect(await screen.findByText('Your role')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });
});
