import type { NotificationList, NotificationView } from '@ipgn/contracts';
import type { ApiClient } from '../../../shared/api/api-client';

const base = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}/notifications`;

export const notificationsApi = {
  list: (client: ApiClient, orgId: string) => client.get<NotificationList>(base(orgId)),
  markRead: (client: ApiClient, orgId: string, id: string) => client.post<NotificationView>(`${base(orgId)}/${encodeURIComponent(id)}/read`, {}),
  markAllRead: (client: ApiClient, orgId: string) => client.post<NotificationList>(`${base(orgId)}/read-all`, {}),
};
