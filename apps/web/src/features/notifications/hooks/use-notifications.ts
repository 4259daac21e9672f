import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../../shared/api/query-keys';
import { useApiClient } from '../../../shared/api/use-api-client';
import { notificationsApi } from '../api/notifications-api';

/** How often the bell looks for new notifications while the page is open. */
const POLL_MS = 60_000;

/** The signed-in member's notifications in the organization (newest first) and the unread count. */
export function useNotifications(orgId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: queryKeys.notifications(orgId),
    queryFn: () => notificationsApi.list(client, orgId),
    refetchInterval: POLL_MS,
  });
}

/** Marks one notification read, or all of them (`id` omitted). */
export function useMarkNotificationsRead(orgId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id?: string) => {
      if (id) await notificationsApi.markRead(client, orgId, id);
      else await notificationsApi.markAllRead(client, orgId);
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.notifications(orgId) }),
  });
}
