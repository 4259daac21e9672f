import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/use-api-client';
import type { CreateDraftInput } from '../api/draft-api-types';
import { draftQueryKeys } from '../api/draft-query-keys';
import { draftsApi } from '../api/drafts-api';

export function useCreateDraft(orgId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateDraftInput) => draftsApi.create(client, orgId, input),
    onSuccess: (detail) => {
      queryClient.setQueryData(draftQueryKeys.one(orgId, detail.id), detail);
      void queryClient.invalidateQueries({ queryKey: draftQueryKeys.list(orgId), exact: true });
    },
  });
}
