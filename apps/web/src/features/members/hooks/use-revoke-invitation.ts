import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Invitation } from '@ipgn/contracts';
import { queryKeys } from '../../../shared/api/query-keys';
import { useApiClient } from '../../../shared/api/use-api-client';
import { updatePagedItems } from '../../../shared/hooks/use-paged-query';
import { membersApi } from '../api/members-api';

export function useRevokeInvitation(orgId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitation: Invitation) => membersApi.revokeInvitation(client, orgId, invitation.id),
    onSuccess: (_, revoked) => {
      updatePagedItems<Invitation>(queryClient, queryKeys.invitations(orgId), (items) =>
        items.filter((i) => i.id !== revoked.id),
      );
      void queryClient.invalidateQueries({ queryKey: queryKeys.audit(orgId) });
    },
  });
}
