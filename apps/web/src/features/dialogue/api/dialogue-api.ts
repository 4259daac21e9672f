import type { ApiClient } from '../../../shared/api/api-client';
import { lazySchemas } from '../../../shared/api/response-schema';

/** The answers' schemas: loaded with the first call, beside its request (zod stays out of the first load). */
const schema = lazySchemas(() => import('./dialogue-schemas'));

const base = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}/questions`;

export const dialogueApi = {
  list: (client: ApiClient, orgId: string, offset = 0) =>
    client.get(`${base(orgId)}?offset=${offset}`, schema('questionPageSchema')),
  answer: (client: ApiClient, orgId: string, id: string, body: string, makePublic: boolean) =>
    client.post(`${base(orgId)}/${encodeURIComponent(id)}/answer`, { body, makePublic }, schema('questionSchema')),
  withdraw: (client: ApiClient, orgId: string, id: string) =>
    client.delete(`${base(orgId)}/${encodeURIComponent(id)}/answer`, schema('questionSchema')),
  summary: (client: ApiClient, orgId: string) => client.get(`${base(orgId)}/summary`, schema('questionsSummarySchema')),
};
