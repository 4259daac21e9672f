import { useApiClient } from '../../../shared/api/use-api-client';
import { usePagedQuery } from '../../../shared/hooks/use-paged-query';
import { draftQueryKeys } from '../api/draft-query-keys';
import { draftsApi } from '../api/drafts-api';

/** The organization's drafts, page by page (newest first). */
export function useDrafts(orgId: string) {
  const client = useApiClient();
  return usePagedQuery(draftQueryKeys.list(orgId), (offset) => draftsApi.list(client, orgId, offset));
}
