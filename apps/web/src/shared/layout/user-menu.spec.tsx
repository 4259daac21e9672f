import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import type { CurrentUser } from '@ipgn/contracts';
import { App } from '../../app/app';
import { ApiClient } from '../api/api-client';
import { createQueryClient } from '../api/create-query-client';
import { createI18n } from '../i18n/create-i18n';
import { createMockApi } from '../../testing/mock-api';
import { aUser, ORG_ID } from '../../testing/fixtures';
import { UserMenu } from './user-menu';

function renderMenu(user: CurrentUser, locale: 'ja' | 'en' = 'ja') {
  const api = createMockApi({});
  const i18n = createI18n(locale);
  render(
    <App
      i18n={i18n}
      apiClient={new ApiClient({ fetchFn: api.fetch, getLocale: () => locale })}
      queryClient={createQueryClient()}
    >
      <MemoryRouter initialEntries={['/somewhere']}>
        <Routes>
          <Route path="/somewhere" element={<UserMenu user={user} />} />
          <Route path="/advisor" element={<h1>advisor dashboard reached</h1>} />
        </Routes>
      </MemoryRouter>
    </App>,
  );
}

describe('UserMenu', () => {
  it('links an advisor to the advisor dashboard (in the user’s language), and the link opens it', async () => {
    const user = aUser('owner', {
      memberships: [
        { organizationId: ORG_ID, organizationName: '株式会社サンプル', slug: 'sample', role: 'owner' },
        { organizationId: 'org-client', organizationName: '顧問先株式会社', slug: 'client', role: 'advisor' },
      ],
    });
    renderMenu(user);
    const link = screen.getByRole('link', { name: '顧問先' });
    expect(link).toHaveAttribute('href', '/advisor');
    await userEvent.setup().click(link);
    expect(await screen.findByRole('heading', { name: 'advisor dashboard reached' })).toBeInTheDocument();
  });

  it('labels the link in English for an English user', () => {
    renderMenu(aUser('advisor', { locale: 'en' }), 'en');
    expect(screen.getByRole('link', { name: 'Clients' })).toHaveAttribute('href', '/advisor');
  });

  it('shows no advisor link to someone with no advisor membership', () => {
    renderMenu(aUser('owner'));
    expect(screen.getByRole('button', { name: 'ログアウト' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: '顧問先' })).not.toBeInTheDocument();
    expect(screen.queryAllByRole('link')).toHaveLength(0);
  });
});
