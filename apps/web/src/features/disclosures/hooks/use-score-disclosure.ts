import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../shared/api/query-keys';
import { useApiClient } from '../../../shared/api/use-api-client';
import { disclosureQueryKeys } from '../api/disclosure-query-keys';
import type { ScoreDisclosureInput } from '../api/disclosure-api-types';
import { disclosuresApi } from '../api/disclosures-api';

export function useScoreDisclosure(orgId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ScoreDisclosureInput) => disclosuresApi.score(client, orgId, input),
    onSuccess: (record) => {
      queryClient.setQueryData(disclosureQueryKeys.one(orgId, record.id), record);
      void queryClient.invalidateQueries({ queryKey: disclosureQueryKeys.lists(orgId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.audit(orgId) });
    },
  });
}
