import { useMutation } from '@tanstack/react-query';
import type { LoginRequest } from '@ipgn/contracts';
import { useApiClient } from '../../../shared/api/use-api-client';
import { authApi } from '../api/auth-api';
import { useSessionStart } from './use-session-start';

export function useSignIn() {
  const client = useApiClient();
  const sessionStart = useSessionStart();
  return useMutation({
    mutationFn: (body: LoginRequest) => authApi.login(client, body),
    onSuccess: sessionStart,
  });
}
