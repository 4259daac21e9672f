import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { participantApi } from '../api/participant-api';
import { workshopQueryKeys } from '../api/workshop-query-keys';

/** The current question's published results, fetched while the facilitator shows results. */
export function useParticipantResults(
  token: string | null,
  visible: boolean,
  questionId: string | null,
  locked: boolean,
) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: [...workshopQueryKeys.participant(), 'results', token, questionId, locked] as const,
    queryFn: ({ signal }) => participantApi.results({ locale: currentLocale(i18n), token: token ?? undefined, signal }),
    enabled: token !== null && visible,
  });
}
