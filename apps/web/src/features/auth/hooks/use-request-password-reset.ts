import { useMutation } from '@tanstack/react-query';
import type { PasswordResetRequest } from '@ipgn/contracts';
import { useApiClient } from '../../../shared/api/use-api-client';
import { authApi } from '../api/auth-api';

export function useRequestPasswordReset() {
  const client = useApiClient();
  return useMutation({ mutationFn: (body: PasswordResetRequest) => authApi.requestPasswordReset(client, body) });
}
