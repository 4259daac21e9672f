import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { CurrentUser } from '@ipgn/contracts';
import { queryKeys } from '../../../shared/api/query-keys';
import { useApiClient } from '../../../shared/api/use-api-client';

/**
 * What every "a session began or changed" answer needs: the CSRF token is bound to the session cookie, so
 * it is fetched anew, and nothing cached for another user may survive.
 */
export function useSessionStart() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useCallback(
    (user: CurrentUser) => {
      client.resetCsrfToken();
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== queryKeys.currentUser[0] });
      queryClient.setQueryData(queryKeys.currentUser, user);
    },
    [client, queryClient],
  );
}
