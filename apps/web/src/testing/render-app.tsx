import { render } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import type { Locale } from '@ipgn/contracts';
import { App } from '../app/app';
import { AppRoutes } from '../app/app-routes';
import { ApiClient } from '../shared/api/api-client';
import { createQueryClient } from '../shared/api/create-query-client';
import { createI18nInstance } from '../shared/i18n/i18n-instance';
import { messagesEn } from '../shared/i18n/messages-en';
import { messagesJa } from '../shared/i18n/messages-ja';
import { currentLocale } from '../shared/i18n/current-locale';
import type { MockApi } from './mock-api';

export interface LocationRecord {
  pathname: string;
  search: string;
}

function LocationProbe({ into }: { into: LocationRecord }) {
  const location = useLocation();
  into.pathname = location.pathname;
  into.search = location.search;
  return null;
}

/** Renders the whole app (real routes, real providers) at `path`, talking to a mock API. */
export function renderApp(api: MockApi, path: string, locale: Locale = 'ja') {
  // Like the product: only the starting language's texts; switching loads the other one (load-messages.ts).
  const i18n = createI18nInstance(locale, { [locale]: locale === 'ja' ? messagesJa : messagesEn });
  const apiClient = new ApiClient({ fetchFn: api.fetch, getLocale: () => currentLocale(i18n) });
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  const location: LocationRecord = { pathname: '', search: '' };
  const view = render(
    <App i18n={i18n} apiClient={apiClient} queryClient={queryClient}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
        <LocationProbe into={location} />
      </MemoryRouter>
    </App>,
  );
  return { ...view, i18n, location, queryClient };
}
