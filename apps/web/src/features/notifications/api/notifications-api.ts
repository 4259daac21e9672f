import type { NotificationList, NotificationView } from '@ipgn/contracts';
import type { ApiClient } from '../../../shared/api/api-client';

const base = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}/notifications`;

export const notificationsApi = {
  list: (client: ApiClient, orgId: string) => client.getUnchecked<NotificationList>(base(orgId)),
  markRead: (client: ApiClient, orgId: string, id: string) =>
    client.sendUnchecked<NotificationView>('POST', `${base(orgId)}/${encodeURIComponent(id)}/read`, {}),
  markAllRead: (client: ApiClient, orgId: string) =>
    client.sendUnchecked<NotificationList>('POST', `${base(orgId)}/read-all`, {}),
};
