import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AnswerValue } from '@ipgn/assessment';
import { CLIENT_ERROR_CODES, isApiRequestError } from '../../../shared/api/api-request-error';
import { currentLocale } from '../../../shared/i18n/current-locale';
import { participantApi } from '../api/participant-api';
import { workshopQueryKeys } from '../api/workshop-query-keys';
import type { ParticipantWorkshopView } from '@ipgn/workshops';

export interface ParticipantAnswerInput {
  questionId: string;
  value: AnswerValue | null;
  /** Chosen once per answer: every retry of it sends the same id, so the API stores it once. */
  clientRequestId: string;
}

const isRetryable = (error: unknown) =>
  isApiRequestError(error) && (error.code === CLIENT_ERROR_CODES.network || error.statusCode >= 500);

/** Sends an answer, retrying a flaky connection (same clientRequestId) up to four times with backoff. */
export function useSubmitParticipantAnswer(token: string) {
  const { i18n } = useTranslation();
  const queryClient = useQueryClient();
  const key = [...workshopQueryKeys.participant(), token] as const;
  return useMutation({
    mutationFn: (input: ParticipantAnswerInput) =>
      participantApi.answer(
        { locale: currentLocale(i18n), token },
        input.questionId,
        input.value,
        input.clientRequestId,
      ),
    retry: (count, error) => isRetryable(error) && count < 4,
    retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4000),
    onSuccess: (saved) => {
      queryClient.setQueryData<ParticipantWorkshopView>(key, (old) => {
        if (!old) return old;
        const others = old.answers.filter((a) => a.questionId !== saved.questionId);
        return {
          ...old,
          answers: saved.value === null ? others : [...others, { questionId: saved.questionId, value: saved.value }],
        };
      });
    },
    onError: (error) => {
      // Locked or closed meanwhile: show the current state.
      if (isApiRequestError(error) && error.statusCode === 409) void queryClient.invalidateQueries({ queryKey: key });
    },
  });
}
