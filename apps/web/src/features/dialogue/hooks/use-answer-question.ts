import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { QuestionView } from '@ipgn/contracts';
import { useApiClient } from '../../../shared/api/use-api-client';
import { updatePagedItems } from '../../../shared/hooks/use-paged-query';
import { dialogueApi } from '../api/dialogue-api';
import { dialogueQueryKeys } from '../api/dialogue-query-keys';

export function useAnswerQuestion(orgId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body, makePublic }: { id: string; body: string; makePublic: boolean }) =>
      dialogueApi.answer(client, orgId, id, body, makePublic),
    onSuccess: (answered) => {
      updatePagedItems<QuestionView>(queryClient, dialogueQueryKeys.inbox(orgId), (items) =>
        items.map((q) => (q.id === answered.id ? answered : q)),
      );
      void queryClient.invalidateQueries({ queryKey: ['public'] });
      void queryClient.invalidateQueries({ queryKey: dialogueQueryKeys.summary(orgId) });
    },
  });
}
