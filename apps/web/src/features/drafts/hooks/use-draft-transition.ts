import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../shared/api/query-keys';
import { useApiClient } from '../../../shared/api/use-api-client';
import type { DraftTransition } from '../api/draft-api-types';
import { draftQueryKeys } from '../api/draft-query-keys';
import { draftsApi, type ReviewRequestBody } from '../api/drafts-api';

/** Request review (reviewer, accepted gaps), approve, request changes (with a comment), publish or unpublish. */
export function useDraftTransition(orgId: string, id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      transition,
      comment,
      review,
    }: {
      transition: DraftTransition;
      comment?: string;
      review?: ReviewRequestBody;
    }) => draftsApi.transition(client, orgId, id, transition, { comment, review }),
    onSuccess: (detail) => {
      queryClient.setQueryData(draftQueryKeys.one(orgId, id), detail);
      void queryClient.invalidateQueries({ queryKey: draftQueryKeys.list(orgId), exact: true });
      void queryClient.invalidateQueries({ queryKey: queryKeys.audit(orgId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.notifications(orgId) });
    },
  });
}
