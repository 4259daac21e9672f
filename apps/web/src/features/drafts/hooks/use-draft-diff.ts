import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/use-api-client';
import { draftQueryKeys } from '../api/draft-query-keys';
import { draftsApi } from '../api/drafts-api';

export function useDraftDiff(orgId: string, id: string, pair: { from: number; to: number } | null) {
  const client = useApiClient();
  return useQuery({
    queryKey: draftQueryKeys.diff(orgId, id, pair?.from ?? 0, pair?.to ?? 0),
    queryFn: () => draftsApi.diff(client, orgId, id, pair?.from ?? 0, pair?.to ?? 0),
    enabled: pair !== null,
  });
}
