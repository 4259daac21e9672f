import { useApiClient } from '../../../shared/api/use-api-client';
import { usePagedQuery } from '../../../shared/hooks/use-paged-query';
import { assessmentApi } from '../api/assessment-api';
import { assessmentQueryKeys } from '../api/assessment-query-keys';

/** The organization's assessment rounds, page by page (newest first). */
export function useAssessments(orgId: string) {
  const client = useApiClient();
  return usePagedQuery(assessmentQueryKeys.list(orgId), (offset) => assessmentApi.list(client, orgId, offset));
}
