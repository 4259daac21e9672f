import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/use-api-client';
import { draftQueryKeys } from '../api/draft-query-keys';
import { draftsApi } from '../api/drafts-api';

/** Version history, newest first; refetched whenever the current version changes. */
export function useDraftVersions(orgId: string, id: string, currentVersion: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: [...draftQueryKeys.versions(orgId, id), currentVersion],
    queryFn: () => draftsApi.versions(client, orgId, id),
  });
}
