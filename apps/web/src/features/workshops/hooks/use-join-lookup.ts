import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { participantApi } from '../api/participant-api';
import { ThrottledRequestError } from '../api/throttled-request-error';

/** What a complete join code opens: the workshop's departments and anonymity, or 404 / closed. */
export function useJoinLookup(code: string | null) {
  const { i18n } = useTranslation();
  const locale = currentLocale(i18n);
  return useQuery({
    queryKey: ['workshops', 'join-lookup', code, locale] as const,
    queryFn: ({ signal }) => participantApi.lookup({ locale, signal }, code ?? ''),
    enabled: code !== null,
    retry: (count, error) => error instanceof ThrottledRequestError && count < 10,
    retryDelay: (_count, error) => (error instanceof ThrottledRequestError ? error.retryAfterSeconds * 1000 : 1000),
    staleTime: 30_000,
  });
}
