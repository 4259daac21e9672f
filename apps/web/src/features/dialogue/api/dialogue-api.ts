import type { QuestionView } from '@ipgn/contracts';
import type { ApiClient } from '../../../shared/api/api-client';

const base = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}/questions`;

export const dialogueApi = {
  list: (client: ApiClient, orgId: string) => client.get<QuestionView[]>(base(orgId)),
  answer: (client: ApiClient, orgId: string, id: string, body: string, makePublic: boolean) =>
    client.post<QuestionView>(`${base(orgId)}/${encodeURIComponent(id)}/answer`, { body, makePublic }),
};
