import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateOrganizationRequest } from '@ipgn/contracts';
import { queryKeys } from '../../../shared/api/query-keys';
import { useApiClient } from '../../../shared/api/use-api-client';
import { organizationApi } from '../api/organization-api';

export function useUpdateOrganization(orgId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateOrganizationRequest) => organizationApi.update(client, orgId, body),
    onSuccess: async (profile) => {
      queryClient.setQueryData(queryKeys.organization(orgId), profile);
      // The organization's name also appears in the user's membership list (switcher, home).
      await queryClient.invalidateQueries({ queryKey: queryKeys.currentUser });
      await queryClient.invalidateQueries({ queryKey: queryKeys.audit(orgId) });
    },
  });
}
