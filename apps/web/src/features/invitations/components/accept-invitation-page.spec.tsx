import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiError, createMockApi, json } from '../../../testing/mock-api';
import { aUser } from '../../../testing/fixtures';
import { renderApp } from '../../../testing/render-app';

const preview = {
  organizationName: '株式会社サンプル',
  email: 'colleague@example.jp',
  role: 'reviewer',
  expiresAt: '2026-12-09T00:00:00.000Z',
};

describe('AcceptInvitationPage', () => {
  it('shows the organization and role and offers sign-in or sign-up to a visitor', async () => {
    const api = createMockApi({
      'GET /api/auth/me': apiError(401, 'UNAUTHENTICATED', 'ログインしてください'),
      'GET /api/invitations/tok-1': json(200, preview),
    });
    renderApp(api, '/invitations/tok-1');

    expect(await screen.findByText('「株式会社サンプル」から招待されています。')).toBeInTheDocument();
    expect(screen.getByText('レビュアー')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'ログインして承諾' })).toHaveAttribute(
      'href',
      `/sign-in?next=${encodeURIComponent('/invitations/tok-1')}`,
    );
    expect(screen.getByRole('link', { name: 'アカウントを作成して承諾' })).toHaveAttribute(
      'href',
      '/sign-up?invitation=tok-1',
    );
    expect(screen.queryByRole('button', { name: '招待を承諾する' })).not.toBeInTheDocument();
  });

  it('a signed-in user accepts and lands in the organization they joined', async () => {
    const before = aUser('owner', {
      memberships: [{ organizationId: 'org-own', organizationName: '自社', slug: 'own', role: 'owner' }],
      lastOrganizationId: 'org-own',
    });
    const after = aUser('owner', {
      memberships: [
        ...before.memberships,
        { organizationId: 'org-new', organizationName: '株式会社サンプル', slug: 'sample', role: 'reviewer' },
      ],
      lastOrganizationId: 'org-own',
    });
    const api = createMockApi({
      'GET /api/auth/me': json(200, before),
      'GET /api/invitations/tok-1': json(200, preview),
      'POST /api/invitations/tok-1/accept': json(200, after),
    });
    const user = userEvent.setup();
    const { location } = renderApp(api, '/invitations/tok-1');

    await user.click(await screen.findByRole('button', { name: '招待を承諾する' }));

    await waitFor(() => expect(location.pathname).toBe('/o/org-new'));
    expect(await screen.findByRole('heading', { level: 1, name: '株式会社サンプル' })).toBeInTheDocument();
    expect(api.callsTo('POST /api/invitations/tok-1/accept')[0].headers['X-CSRF-Token']).toBe('csrf-1');
  });

  it('explains an invalid or expired link', async () => {
    const api = createMockApi({
      'GET /api/auth/me': apiError(401, 'UNAUTHENTICATED', 'ログインしてください'),
      'GET /api/invitations/gone': apiError(404, 'NOT_FOUND', '見つかりません'),
    });
    renderApp(api, '/invitations/gone');

    expect(await screen.findByText(/この招待は無効です。/)).toBeInTheDocument();
  });
});
