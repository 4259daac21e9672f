import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/use-api-client';
import { draftsApi } from '../api/drafts-api';

/** Asks the operator-configured AI for a rewrite of one section. The answer is only a suggestion: nothing is saved. */
export function useAiRewrite(orgId: string, draftId: string, sectionId: string) {
  const client = useApiClient();
  return useMutation({ mutationFn: () => draftsApi.aiRewrite(client, orgId, draftId, sectionId) });
}
