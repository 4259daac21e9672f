import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Member, OrganizationRole } from '@ipgn/contracts';
import { queryKeys } from '../../../shared/api/query-keys';
import { useApiClient } from '../../../shared/api/use-api-client';
import { updatePagedItems } from '../../../shared/hooks/use-paged-query';
import { membersApi } from '../api/members-api';

export function useChangeMemberRole(orgId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: OrganizationRole }) =>
      membersApi.updateRole(client, orgId, userId, { role }),
    onSuccess: (updated) => {
      updatePagedItems<Member>(queryClient, queryKeys.members(orgId), (items) =>
        items.map((m) => (m.userId === updated.userId ? updated : m)),
      );
      void queryClient.invalidateQueries({ queryKey: queryKeys.audit(orgId) });
    },
  });
}
