import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/use-api-client';
import { dialogueApi } from '../api/dialogue-api';
import { dialogueQueryKeys } from '../api/dialogue-query-keys';

export function useOrganizationQuestions(orgId: string) {
  const client = useApiClient();
  return useQuery({ queryKey: dialogueQueryKeys.inbox(orgId), queryFn: () => dialogueApi.list(client, orgId) });
}
