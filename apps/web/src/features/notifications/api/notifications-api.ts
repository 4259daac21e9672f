import type { ApiClient } from '../../../shared/api/api-client';
import { lazySchemas } from '../../../shared/api/response-schema';

/** The answers' schemas: loaded with the first call, beside its request (zod stays out of the first load). */
const schema = lazySchemas(() => import('./notification-schemas'));

const base = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}/notifications`;

export const notificationsApi = {
  list: (client: ApiClient, orgId: string) => client.get(base(orgId), schema('notificationListSchema')),
  markRead: (client: ApiClient, orgId: string, id: string) =>
    client.post(`${base(orgId)}/${encodeURIComponent(id)}/read`, {}, schema('notificationSchema')),
  markAllRead: (client: ApiClient, orgId: string) =>
    client.post(`${base(orgId)}/read-all`, {}, schema('notificationListSchema')),
};
