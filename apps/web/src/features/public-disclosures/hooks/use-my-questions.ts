import { useApiClient } from '../../../shared/api/use-api-client';
import { usePagedQuery } from '../../../shared/hooks/use-paged-query';
import { publicDisclosuresApi } from '../api/public-disclosures-api';
import { publicQueryKeys } from '../api/public-query-keys';

/** The questions the signed-in investor asked, page by page. */
export function useMyQuestions() {
  const client = useApiClient();
  return usePagedQuery(publicQueryKeys.myQuestions, (offset) => publicDisclosuresApi.myQuestions(client, offset));
}
