import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiRequestError } from '../../../shared/api/api-request-error';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { participantApi } from '../api/participant-api';
import { workshopQueryKeys } from '../api/workshop-query-keys';

/** The participant's whole view of the workshop (this workshop only, their own answers only). */
export function useParticipantWorkshop(token: string | null) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: [...workshopQueryKeys.participant(), token] as const,
    queryFn: ({ signal }) =>
      participantApi.workshop({ locale: currentLocale(i18n), token: token ?? undefined, signal }),
    enabled: token !== null,
    // A refused token will not become valid by asking again; a flaky network might.
    retry: (count, error) => !(isApiRequestError(error) && error.statusCode === 401) && count < 3,
  });
}
