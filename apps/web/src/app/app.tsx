import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { ApiClient } from '../shared/api/api-client';
import { ApiClientContext } from '../shared/api/api-client-context';

export interface AppProps {
  i18n: I18n;
  apiClient: ApiClient;
  queryClient: QueryClient;
  /** The router with the routes: a BrowserRouter in the product, a MemoryRouter in tests. */
  children: ReactNode;
}

/** The providers every screen relies on; everything is passed in so tests can build the app with fakes. */
export function App({ i18n, apiClient, queryClient, children }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <ApiClientContext.Provider value={apiClient}>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </ApiClientContext.Provider>
    </I18nextProvider>
  );
}
