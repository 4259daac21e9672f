import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QuestionView } from '@ipgn/contracts';
import { useApiClient } from '../../../shared/api/use-api-client';
import { updatePagedItems } from '../../../shared/hooks/use-paged-query';
import { dialogueApi } from '../api/dialogue-api';
import { dialogueQueryKeys } from '../api/dialogue-query-keys';

/** Withdraws an answer: the question waits for an answer again and leaves the public company page. */
export function useWithdrawAnswer(orgId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => dialogueApi.withdraw(client, orgId, id),
    onSuccess: (question) => {
      updatePagedItems<QuestionView>(queryClient, dialogueQueryKeys.inbox(orgId), (items) =>
        items.map((q) => (q.id === question.id ? question : q)),
      );
      void queryClient.invalidateQueries({ queryKey: ['public'] });
      void queryClient.invalidateQueries({ queryKey: dialogueQueryKeys.summary(orgId) });
    },
  });
}
