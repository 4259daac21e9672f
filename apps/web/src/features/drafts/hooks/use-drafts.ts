import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/use-api-client';
import { draftQueryKeys } from '../api/draft-query-keys';
import { draftsApi } from '../api/drafts-api';

export function useDrafts(orgId: string) {
  const client = useApiClient();
  return useQuery({ queryKey: draftQueryKeys.list(orgId), queryFn: () => draftsApi.list(client, orgId) });
}
