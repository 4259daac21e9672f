import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { participantApi } from '../api/participant-api';
import { ThrottledRequestError } from '../api/throttled-request-error';
import { participantSession } from '../utils/participant-session';
import type { WorkshopDepartment } from '@ipgn/contracts';

/** At most this many automatic retries of a throttled join (each after the server's Retry-After). */
const MAX_THROTTLED_RETRIES = 10;

/**
 * Joins with this device's key (so a re-scan rejoins as the same participant). A crowded room may be told to
 * wait (429 with Retry-After): the phone waits as told and tries again by itself.
 */
export function useJoinWorkshop() {
  const { i18n } = useTranslation();
  return useMutation({
    mutationFn: (input: { code: string; department: WorkshopDepartment; displayName?: string }) =>
      participantApi.join({ locale: currentLocale(i18n) }, { ...input, deviceKey: participantSession.deviceKey() }),
    retry: (count, error) => error instanceof ThrottledRequestError && count < MAX_THROTTLED_RETRIES,
    retryDelay: (_count, error) => (error instanceof ThrottledRequestError ? error.retryAfterSeconds * 1000 : 1000),
    onSuccess: (joined) => participantSession.save(joined),
  });
}
