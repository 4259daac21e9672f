import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiRequestError } from '../../../shared/api/api-request-error';
import { queryKeys } from '../../../shared/api/query-keys';
import { useApiClient } from '../../../shared/api/use-api-client';
import { authApi } from '../api/auth-api';

export function useSignOut() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const forget = () => {
    client.resetCsrfToken();
    queryClient.clear();
    queryClient.setQueryData(queryKeys.currentUser, null);
  };
  return useMutation({
    mutationFn: async () => {
      try {
        await authApi.logout(client);
      } catch (error) {
        // A session that has already ended is what we wanted.
        if (!(isApiRequestError(error) && error.statusCode === 401)) throw error;
      }
    },
    onSuccess: forget,
  });
}
