import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/use-api-client';
import { disclosureChecksApi } from '../api/disclosure-checks-api';
import { disclosureQueryKeys } from '../api/disclosure-query-keys';
import type { ScoreDisclosureInput } from '../api/disclosure-api-types';

/** Judges a text for the signed-in investor and keeps it in their own history. */
export function useCheckDisclosure() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ScoreDisclosureInput) => disclosureChecksApi.check(client, input),
    onSuccess: (record) => {
      queryClient.setQueryData(disclosureQueryKeys.check(record.id), record);
      void queryClient.invalidateQueries({ queryKey: disclosureQueryKeys.checkList });
    },
  });
}
