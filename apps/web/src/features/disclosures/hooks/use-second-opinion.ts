import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/use-api-client';
import { disclosuresApi } from '../api/disclosures-api';

/** Asks for the LLM second opinion on one saved judgement (not cached: each request is a new opinion). */
export function useSecondOpinion(orgId: string, disclosureId: string) {
  const client = useApiClient();
  return useMutation({ mutationFn: () => disclosuresApi.secondOpinion(client, orgId, disclosureId) });
}
