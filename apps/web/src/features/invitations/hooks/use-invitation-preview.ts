import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../shared/api/query-keys';
import { useApiClient } from '../../../shared/api/use-api-client';
import { invitationApi } from '../api/invitation-api';

export function useInvitationPreview(token: string | null) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.invitationPreview(token ?? ''),
    queryFn: () => invitationApi.preview(client, token ?? ''),
    enabled: Boolean(token),
  });
}
