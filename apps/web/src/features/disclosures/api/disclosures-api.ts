import type { DisclosureCompareOrder, DisclosureListSort } from '@ipgn/contracts';
import { lazySchemas } from '../../../shared/api/response-schema';
import type { ApiClient } from '../../../shared/api/api-client';
import type { ScoreDisclosureInput } from './disclosure-api-types';

/** The answers' schemas: loaded with the first call, beside its request (zod stays out of the first load). */
const schema = lazySchemas(() => import('./disclosure-schemas'));

const base = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}/disclosures`;

export const disclosuresApi = {
  rubric: (client: ApiClient) => client.get('/api/disclosure-rubric', schema('disclosureRubricSchema')),
  /** One page of the history in the server's order (`sort`: newest first or score high → low, before paging). */
  list: (client: ApiClient, orgId: string, sort: DisclosureListSort = 'newest', offset = 0) =>
    client.get(`${base(orgId)}?sort=${sort}&offset=${offset}`, schema('disclosureListSchema')),
  get: (client: ApiClient, orgId: string, id: string) =>
    client.get(`${base(orgId)}/${encodeURIComponent(id)}`, schema('disclosureRecordSchema')),
  compare: (
    client: ApiClient,
    orgId: string,
    fromId: string,
    toId: string,
    order: DisclosureCompareOrder = 'document',
  ) =>
    client.get(
      `${base(orgId)}/${encodeURIComponent(fromId)}/compare/${encodeURIComponent(toId)}?order=${order}`,
      schema('disclosureComparisonSchema'),
    ),
  score: (client: ApiClient, orgId: string, input: ScoreDisclosureInput) => {
    const meta = {
      title: input.title,
      documentType: input.documentType,
      ...(input.language ? { language: input.language } : {}),
      ...(input.companyName ? { companyName: input.companyName } : {}),
    };
    if (input.kind === 'paste')
      return client.post(base(orgId), { ...meta, text: input.text }, schema('disclosureRecordSchema'));
    const form = new FormData();
    for (const [name, value] of Object.entries(meta)) form.append(name, value);
    form.append('file', input.file, input.file.name);
    return client.postForm(`${base(orgId)}/upload`, form, schema('disclosureRecordSchema'));
  },
  remove: (client: ApiClient, orgId: string, id: string) => client.delete(`${base(orgId)}/${encodeURIComponent(id)}`),
  /** An LLM's opinion beside the stored judgement; asked on demand, never saved (404 SECOND_OPINION_DISABLED unless configured). */
  secondOpinion: (client: ApiClient, orgId: string, id: string) =>
    client.post(`${base(orgId)}/${encodeURIComponent(id)}/second-opinion`, {}, schema('secondOpinionSchema')),
};
