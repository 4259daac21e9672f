import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../shared/api/query-keys';
import { useApiClient } from '../../../shared/api/use-api-client';
import { draftQueryKeys } from '../api/draft-query-keys';

/** Renames a published version of the draft (the title investors read); the draft and the public pages are read again. */
export function useRenamePublication(orgId: string, draftId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ publicationId, title }: { publicationId: string; title: string }) =>
      client.patch(`/api/orgs/${encodeURIComponent(orgId)}/publications/${encodeURIComponent(publicationId)}`, {
        title,
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: draftQueryKeys.one(orgId, draftId) });
      void queryClient.invalidateQueries({ queryKey: ['public'] });
      void queryClient.invalidateQueries({ queryKey: queryKeys.audit(orgId) });
    },
  });
}
