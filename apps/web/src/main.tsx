import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app/app';
import { AppRoutes } from './app/app-routes';
import { ApiClient } from './shared/api/api-client';
import { createQueryClient } from './shared/api/create-query-client';
import { currentLocale } from './shared/i18n/current-locale';
import { initialLocale } from './shared/i18n/initial-locale';
import { loadI18n } from './shared/i18n/load-messages';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
const locale = initialLocale();
document.documentElement.lang = locale;

// Only the active language's texts are fetched before the first render; the other follows on a switch.
void loadI18n(locale).then((i18n) => {
  const apiClient = new ApiClient({ getLocale: () => currentLocale(i18n) });
  createRoot(root).render(
    <StrictMode>
      <App i18n={i18n} apiClient={apiClient} queryClient={createQueryClient()}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </App>
    </StrictMode>,
  );
});
