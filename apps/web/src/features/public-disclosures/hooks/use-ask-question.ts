import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/use-api-client';
import { publicDisclosuresApi } from '../api/public-disclosures-api';
import { publicQueryKeys } from '../api/public-query-keys';

export function useAskQuestion(publicationId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => publicDisclosuresApi.ask(client, publicationId, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: publicQueryKeys.myQuestions }),
  });
}
