import type { ApiClient } from '../../../shared/api/api-client';
import { lazySchemas } from '../../../shared/api/response-schema';

/** The answers' schemas: loaded with the first call, beside its request (zod stays out of the first load). */
const schema = lazySchemas(() => import('./invitation-schemas'));

export const invitationApi = {
  preview: (client: ApiClient, token: string) =>
    client.get(`/api/invitations/${encodeURIComponent(token)}`, schema('invitationPreviewSchema')),
  accept: (client: ApiClient, token: string) =>
    client.post(`/api/invitations/${encodeURIComponent(token)}/accept`, undefined, schema('currentUserSchema')),
};
