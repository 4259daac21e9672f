import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Member } from '@ipgn/contracts';
import { queryKeys } from '../../../shared/api/query-keys';
import { useApiClient } from '../../../shared/api/use-api-client';
import { membersApi } from '../api/members-api';

export function useRemoveMember(orgId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (member: Member) => membersApi.remove(client, orgId, member.userId),
    onSuccess: (_, removed) => {
      queryClient.setQueryData<Member[]>(queryKeys.members(orgId), (list) => list?.filter((m) => m.userId !== removed.userId));
      void queryClient.invalidateQueries({ queryKey: queryKeys.audit(orgId) });
    },
  });
}
