import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/use-api-client';
import { draftQueryKeys } from '../api/draft-query-keys';
import { draftsApi } from '../api/drafts-api';
import type { DraftDetail } from '@ipgn/drafting';

export function useAddDraftComment(orgId: string, id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ sectionId, body }: { sectionId: string; body: string }) =>
      draftsApi.comment(client, orgId, id, sectionId, body),
    onSuccess: (comment) => {
      queryClient.setQueryData<DraftDetail>(draftQueryKeys.one(orgId, id), (old) =>
        old ? { ...old, comments: [...old.comments, comment] } : old,
      );
    },
  });
}
