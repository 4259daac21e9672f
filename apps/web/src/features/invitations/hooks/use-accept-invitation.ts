import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '../../../shared/api/use-api-client';
import { useSessionStart } from '../../auth/hooks/use-session-start';
import { invitationApi } from '../api/invitation-api';

export function useAcceptInvitation(token: string) {
  const client = useApiClient();
  const sessionStart = useSessionStart();
  return useMutation({
    mutationFn: () => invitationApi.accept(client, token),
    onSuccess: sessionStart,
  });
}
