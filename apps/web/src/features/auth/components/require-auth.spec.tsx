import { screen } from '@testing-library/react';
import { apiError, createMockApi } from '../../../testing/mock-api';
import { renderApp } from '../../../testing/render-app';

describe('RequireAuth while the service is temporarily unavailable', () => {
  it('says so (ja) and keeps the page instead of sending the user to sign in', async () => {
    const api = createMockApi({
      'GET /api/auth/me': apiError(503, 'DATABASE_UNAVAILABLE', 'サービスを一時的に利用できません。'),
    });
    const { location } = renderApp(api, '/organizations/new');
    expect(await screen.findByText(/サービスを一時的に利用できません。ログインは保たれています。/)).toBeInTheDocument();
    expect(location.pathname).toBe('/organizations/new');
  });

  it('says so in English too', async () => {
    const api = createMockApi({
      'GET /api/auth/me': apiError(503, 'DATABASE_UNAVAILABLE', 'The service is temporarily unavailable.'),
    });
    const { location } = renderApp(api, '/organizations/new', 'en');
    expect(
      await screen.findByText(/The service is temporarily unavailable. You are still signed in/),
    ).toBeInTheDocument();
    expect(location.pathname).toBe('/organizations/new');
  });
});
