import { useQuery } from '@tanstack/react-query';
import type { CurrentUser } from '@ipgn/contracts';
import { isApiRequestError } from '../../../shared/api/api-request-error';
import { queryKeys } from '../../../shared/api/query-keys';
import { useApiClient } from '../../../shared/api/use-api-client';
import { authApi } from '../api/auth-api';

/** The signed-in user, `null` when nobody is signed in. */
export function useCurrentUser() {
  const client = useApiClient();
  return useQuery<CurrentUser | null>({
    queryKey: queryKeys.currentUser,
    queryFn: async () => {
      try {
        return await authApi.me(client);
      } catch (error) {
        if (isApiRequestError(error) && error.statusCode === 401) return null;
        throw error;
      }
    },
    staleTime: 5 * 60_000,
  });
}
