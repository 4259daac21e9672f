import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateOrganizationRequest } from '@ipgn/contracts';
import { queryKeys } from '../../../shared/api/query-keys';
import { useApiClient } from '../../../shared/api/use-api-client';
import { assessmentApi } from '../../assessment/api/assessment-api';
import { organizationApi } from '../../organizations/api/organization-api';

/** Creates the owner's organization and opens its first SME round in one step. */
export function useStartSmeCheck() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: CreateOrganizationRequest) => {
      const organization = await organizationApi.create(client, body);
      const round = await assessmentApi.start(client, organization.id, 'sme');
      return { organization, round };
    },
    onSuccess: async ({ organization }) => {
      queryClient.setQueryData(queryKeys.organization(organization.id), organization);
      await queryClient.refetchQueries({ queryKey: queryKeys.currentUser });
    },
  });
}
