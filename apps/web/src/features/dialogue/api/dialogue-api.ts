import type { QuestionView, QuestionsSummary, Page } from '@ipgn/contracts';
import type { ApiClient } from '../../../shared/api/api-client';

const base = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}/questions`;

export const dialogueApi = {
  list: (client: ApiClient, orgId: string, offset = 0) =>
    client.getUnchecked<Page<QuestionView>>(`${base(orgId)}?offset=${offset}`),
  answer: (client: ApiClient, orgId: string, id: string, body: string, makePublic: boolean) =>
    client.sendUnchecked<QuestionView>('POST', `${base(orgId)}/${encodeURIComponent(id)}/answer`, { body, makePublic }),
  withdraw: (client: ApiClient, orgId: string, id: string) =>
    client.sendUnchecked<QuestionView>('DELETE', `${base(orgId)}/${encodeURIComponent(id)}/answer`),
  summary: (client: ApiClient, orgId: string) => client.getUnchecked<QuestionsSummary>(`${base(orgId)}/summary`),
};
