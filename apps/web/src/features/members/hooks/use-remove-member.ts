import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Member } from '@ipgn/contracts';
import { queryKeys } from '../../../shared/api/query-keys';
import { useApiClient } from '../../../shared/api/use-api-client';
import { updatePagedItems } from '../../../shared/hooks/use-paged-query';
import { membersApi } from '../api/members-api';

export function useRemoveMember(orgId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (member: Member) => membersApi.remove(client, orgId, member.userId),
    onSuccess: (_, removed) => {
      updatePagedItems<Member>(queryClient, queryKeys.members(orgId), (items) =>
        items.filter((m) => m.userId !== removed.userId),
      );
      void queryClient.invalidateQueries({ queryKey: queryKeys.audit(orgId) });
    },
  });
}
