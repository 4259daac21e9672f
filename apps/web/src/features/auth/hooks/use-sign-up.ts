import { useMutation } from '@tanstack/react-query';
import type { SignupRequest } from '@ipgn/contracts';
import { useApiClient } from '../../../shared/api/use-api-client';
import { authApi } from '../api/auth-api';
import { useSessionStart } from './use-session-start';

export function useSignUp() {
  const client = useApiClient();
  const sessionStart = useSessionStart();
  return useMutation({
    mutationFn: (body: SignupRequest) => authApi.signup(client, body),
    onSuccess: sessionStart,
  });
}
