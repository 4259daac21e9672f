import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { applyLocale } from '../../../shared/i18n/apply-locale';
import { useCurrentUser } from '../../auth/hooks/use-current-user';

/** After sign-in (or reload) the user's saved language wins over the browser's pre-sign-in choice. */
export function useSyncUserLocale(): void {
  const { i18n } = useTranslation();
  const me = useCurrentUser();
  const userLocale = me.data?.locale;
  useEffect(() => {
    if (userLocale) void applyLocale(i18n, userLocale);
  }, [userLocale, i18n]);
}
