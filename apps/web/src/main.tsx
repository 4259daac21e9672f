import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app/app';
import { AppRoutes } from './app/app-routes';
import { ApiClient } from './shared/api/api-client';
import { createQueryClient } from './shared/api/create-query-client';
import { createI18n } from './shared/i18n/create-i18n';
import { currentLocale } from './shared/i18n/current-locale';
import { initialLocale } from './shared/i18n/initial-locale';
import './styles.css';

const locale = initialLocale();
document.documentElement.lang = locale;
const i18n = createI18n(locale);
const apiClient = new ApiClient({ getLocale: () => currentLocale(i18n) });

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App i18n={i18n} apiClient={apiClient} queryClient={createQueryClient()}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </App>
  </StrictMode>,
);
