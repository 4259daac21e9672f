import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/use-api-client';
import { draftQueryKeys } from '../api/draft-query-keys';
import { draftsApi } from '../api/drafts-api';

export function useDraft(orgId: string, id: string) {
  const client = useApiClient();
  return useQuery({ queryKey: draftQueryKeys.one(orgId, id), queryFn: () => draftsApi.get(client, orgId, id) });
}
