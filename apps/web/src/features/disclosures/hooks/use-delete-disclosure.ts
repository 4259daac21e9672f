import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../shared/api/query-keys';
import { useApiClient } from '../../../shared/api/use-api-client';
import { disclosureQueryKeys } from '../api/disclosure-query-keys';
import { disclosuresApi } from '../api/disclosures-api';
import type { DisclosureSummary } from '@ipgn/disclosure-scoring';

export function useDeleteDisclosure(orgId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (disclosure: DisclosureSummary) => disclosuresApi.remove(client, orgId, disclosure.id),
    onSuccess: (_, disclosure) => {
      queryClient.removeQueries({ queryKey: disclosureQueryKeys.one(orgId, disclosure.id) });
      void queryClient.invalidateQueries({ queryKey: disclosureQueryKeys.lists(orgId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.audit(orgId) });
    },
  });
}
