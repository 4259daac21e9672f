import { useMutation } from '@tanstack/react-query';
import type { PasswordResetConfirmRequest } from '@ipgn/contracts';
import { useApiClient } from '../../../shared/api/use-api-client';
import { authApi } from '../api/auth-api';

export function useConfirmPasswordReset() {
  const client = useApiClient();
  return useMutation({ mutationFn: (body: PasswordResetConfirmRequest) => authApi.confirmPasswordReset(client, body) });
}
