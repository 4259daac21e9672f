import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/use-api-client';
import { draftQueryKeys } from '../api/draft-query-keys';
import { draftsApi } from '../api/drafts-api';

export function useCompanyFacts(orgId: string) {
  const client = useApiClient();
  return useQuery({ queryKey: draftQueryKeys.facts(orgId), queryFn: () => draftsApi.facts(client, orgId) });
}
