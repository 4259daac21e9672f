import type { DisclosureCompareOrder } from '@ipgn/contracts';
import type { Page } from '@ipgn/contracts';
import type { ApiClient } from '../../../shared/api/api-client';
import type { SecondOpinion } from '@ipgn/disclosure-scoring';
import type { DisclosureComparison, DisclosureRecord, DisclosureRubric, DisclosureSummary, ScoreDisclosureInput } from './disclosure-api-types';

const base = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}/disclosures`;

export const disclosuresApi = {
  rubric: (client: ApiClient) => client.get<DisclosureRubric>('/api/disclosure-rubric'),
  list: (client: ApiClient, orgId: string, offset = 0) => client.get<Page<DisclosureSummary>>(`${base(orgId)}?offset=${offset}`),
  get: (client: ApiClient, orgId: string, id: string) => client.get<DisclosureRecord>(`${base(orgId)}/${encodeURIComponent(id)}`),
  compare: (client: ApiClient, orgId: string, fromId: string, toId: string, order: DisclosureCompareOrder = 'document') =>
    client.get<DisclosureComparison>(`${base(orgId)}/${encodeURIComponent(fromId)}/compare/${encodeURIComponent(toId)}?order=${order}`),
  score: (client: ApiClient, orgId: string, input: ScoreDisclosureInput) => {
    const meta = { title: input.title, documentType: input.documentType, ...(input.language ? { language: input.language } : {}) };
    if (input.kind === 'paste') return client.post<DisclosureRecord>(base(orgId), { ...meta, text: input.text });
    const form = new FormData();
    for (const [name, value] of Object.entries(meta)) form.append(name, value);
    form.append('file', input.file, input.file.name);
    return client.postForm<DisclosureRecord>(`${base(orgId)}/upload`, form);
  },
  remove: (client: ApiClient, orgId: string, id: string) => client.delete(`${base(orgId)}/${encodeURIComponent(id)}`),
  /** An LLM's opinion beside the stored judgement; asked on demand, never saved (404 SECOND_OPINION_DISABLED unless configured). */
  secondOpinion: (client: ApiClient, orgId: string, id: string) => client.post<SecondOpinion>(`${base(orgId)}/${encodeURIComponent(id)}/second-opinion`, {}),
};
