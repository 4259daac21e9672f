import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateOrganizationRequest } from '@ipgn/contracts';
import { queryKeys } from '../../../shared/api/query-keys';
import { useApiClient } from '../../../shared/api/use-api-client';
import { organizationApi } from '../api/organization-api';

export function useCreateOrganization() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateOrganizationRequest) => organizationApi.create(client, body),
    onSuccess: async (profile) => {
      queryClient.setQueryData(queryKeys.organization(profile.id), profile);
      // The new membership must be known before the app routes into the organization.
      await queryClient.refetchQueries({ queryKey: queryKeys.currentUser });
    },
  });
}
