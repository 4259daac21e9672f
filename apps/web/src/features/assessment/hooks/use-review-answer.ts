import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReviewDecision } from '@ipgn/assessment';
import { useApiClient } from '../../../shared/api/use-api-client';
import { assessmentApi } from '../api/assessment-api';
import { assessmentQueryKeys } from '../api/assessment-query-keys';

export interface ReviewInput {
  questionId: string;
  decision: ReviewDecision;
  comment: string;
  answerVersion: number;
}

/** Accepts or returns one answer; the round and its results are read again (scores count only accepted claims). */
export function useReviewAnswer(orgId: string, id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ questionId, ...body }: ReviewInput) => assessmentApi.review(client, orgId, id, questionId, body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: assessmentQueryKeys.detail(orgId, id) });
    },
  });
}
