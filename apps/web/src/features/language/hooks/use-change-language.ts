import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CurrentUser, Locale } from '@ipgn/contracts';
import { queryKeys } from '../../../shared/api/query-keys';
import { useApiClient } from '../../../shared/api/use-api-client';
import { applyLocale } from '../../../shared/i18n/apply-locale';
import { ensureMessages } from '../../../shared/i18n/load-messages';
import { authApi } from '../../auth/api/auth-api';

/**
 * Switches the UI language at once and, for a signed-in user, saves it to their account
 * (PATCH /api/auth/me) so that it follows them to other browsers.
 */
export function useChangeLanguage() {
  const { i18n } = useTranslation();
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (locale: Locale) => {
      // The language's texts first (a chunk of their own): until they are here the screen stays as it is.
      await ensureMessages(i18n, locale);
      const user = queryClient.getQueryData<CurrentUser | null>(queryKeys.currentUser);
      // Optimistic, before switching: the cached user already carries the new locale, so nothing (e.g. a layout
      // mounting with the old one, use-sync-user-locale.ts) switches it back meanwhile.
      if (user) queryClient.setQueryData(queryKeys.currentUser, { ...user, locale } satisfies CurrentUser);
      await applyLocale(i18n, locale);
      return user ? authApi.updateMe(client, { locale }) : null;
    },
    onSuccess: (user) => {
      if (user) queryClient.setQueryData(queryKeys.currentUser, user);
    },
  });
}
