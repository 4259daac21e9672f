import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DisclosureSummary } from '@ipgn/disclosure-scoring';
import { useApiClient } from '../../../shared/api/use-api-client';
import { disclosureChecksApi } from '../api/disclosure-checks-api';
import { disclosureQueryKeys } from '../api/disclosure-query-keys';

export function useDeleteDisclosureCheck() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (check: DisclosureSummary) => disclosureChecksApi.remove(client, check.id),
    onSuccess: (_, check) => {
      queryClient.removeQueries({ queryKey: disclosureQueryKeys.check(check.id) });
      void queryClient.invalidateQueries({ queryKey: disclosureQueryKeys.checkList });
    },
  });
}
