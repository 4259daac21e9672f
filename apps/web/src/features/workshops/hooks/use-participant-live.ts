import { useCallback, useMemo } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { PARTICIPANT_TOKEN_HEADER, participantApi } from '../api/participant-api';
import { workshopQueryKeys } from '../api/workshop-query-keys';
import { fetchStreamOpener } from '../utils/live-stream';
import { useLiveStream, type LiveStatus } from './use-live-stream';

/**
 * Follows the facilitator: every state event (next question, lock, results shown, timer) refetches the
 * participant's view, which carries the current question in full. The stream is read with fetch because it
 * is authenticated by a header, which EventSource cannot send.
 */
export function useParticipantLive(token: string | null): LiveStatus {
  const { i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const queryClient = useQueryClient();
  const open = useMemo(() => {
    if (!token) return null;
    return fetchStreamOpener(participantApi.eventsUrl, {
      [PARTICIPANT_TOKEN_HEADER]: token,
      'Accept-Language': locale,
    });
  }, [token, locale]);
  const refetch = useCallback(
    () => void queryClient.invalidateQueries({ queryKey: workshopQueryKeys.participant() }),
    [queryClient],
  );
  const onMessage = useCallback(
    (type: string) => {
      if (type === 'state') refetch();
    },
    [refetch],
  );
  return useLiveStream({ open, streamKey: token ?? '', onMessage, onReconnect: refetch });
}
