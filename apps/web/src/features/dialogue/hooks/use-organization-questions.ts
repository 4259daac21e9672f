import { useApiClient } from '../../../shared/api/use-api-client';
import { usePagedQuery } from '../../../shared/hooks/use-paged-query';
import { dialogueApi } from '../api/dialogue-api';
import { dialogueQueryKeys } from '../api/dialogue-query-keys';

/** The questions investors asked the organization, page by page. */
export function useOrganizationQuestions(orgId: string) {
  const client = useApiClient();
  return usePagedQuery(dialogueQueryKeys.inbox(orgId), (offset) => dialogueApi.list(client, orgId, offset));
}
