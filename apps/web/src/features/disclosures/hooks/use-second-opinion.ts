import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/use-api-client';
import { disclosureChecksApi } from '../api/disclosure-checks-api';
import { disclosuresApi } from '../api/disclosures-api';

/** Whose judgement the opinion is on: an organization's saved one, or the signed-in investor's own check. */
export type SecondOpinionTarget = { orgId: string; disclosureId: string } | { checkId: string };

/** Asks for the LLM second opinion on one saved judgement (not cached: each request is a new opinion). */
export function useSecondOpinion(target: SecondOpinionTarget) {
  const client = useApiClient();
  return useMutation({
    mutationFn: () =>
      'checkId' in target
        ? disclosureChecksApi.secondOpinion(client, target.checkId)
        : disclosuresApi.secondOpinion(client, target.orgId, target.disclosureId),
  });
}
