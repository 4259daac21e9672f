import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CompanyFacts } from '@ipgn/drafting';
import { useApiClient } from '../../../shared/api/use-api-client';
import { draftQueryKeys } from '../api/draft-query-keys';
import { draftsApi } from '../api/drafts-api';

export function useSaveCompanyFacts(orgId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ facts, expectedVersion }: { facts: CompanyFacts; expectedVersion: number }) =>
      draftsApi.saveFacts(client, orgId, facts, expectedVersion),
    onSuccess: (view) => queryClient.setQueryData(draftQueryKeys.facts(orgId), view),
  });
}
