import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CurrentUser, Locale } from '@ipgn/contracts';
import { queryKeys } from '../../../shared/api/query-keys';
import { useApiClient } from '../../../shared/api/use-api-client';
import { applyLocale } from '../../../shared/i18n/apply-locale';
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
      await applyLocale(i18n, locale);
      const user = queryClient.getQueryData<CurrentUser | null>(queryKeys.currentUser);
      if (!user) return null;
      // Optimistic: the cached user already carries the new locale, so nothing switches it back meanwhile.
      const optimistic: CurrentUser = { ...user, locale };
      queryClient.setQueryData(queryKeys.currentUser, optimistic);
      return authApi.updateMe(client, { locale });
    },
    onSuccess: (user) => {
      if (user) queryClient.setQueryData(queryKeys.currentUser, user);
    },
  });
}
