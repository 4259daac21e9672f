import { lazySchemas } from '../../../shared/api/response-schema';
import type { ApiClient } from '../../../shared/api/api-client';
import type { DisclosureCompareOrder, DisclosureListSort } from '@ipgn/contracts';
import type { ScoreDisclosureInput } from './disclosure-api-types';

/** The same answers as an organization's disclosures: the same schemas check them. */
const schema = lazySchemas(() => import('./disclosure-schemas'));

const base = '/api/me/disclosure-checks';

/** An investor's own disclosure checks (investor accounts only; another user's id is 404). */
export const disclosureChecksApi = {
  /** One page of the personal history, newest first. */
  /** One page of the checks in the server's order (`sort`: newest first or score high → low, before paging). */
  list: (client: ApiClient, sort: DisclosureListSort = 'newest', offset = 0) =>
    client.get(`${base}?sort=${sort}&offset=${offset}`, schema('disclosureListSchema')),
  get: (client: ApiClient, id: string) =>
    client.get(`${base}/${encodeURIComponent(id)}`, schema('disclosureRecordSchema')),
  check: (client: ApiClient, input: ScoreDisclosureInput) => {
    const meta = {
      ...(input.title ? { title: input.title } : {}),
      documentType: input.documentType,
      ...(input.language ? { language: input.language } : {}),
      ...(input.companyName ? { companyName: input.companyName } : {}),
      ...(input.submissionId ? { submissionId: input.submissionId } : {}),
    };
    if (input.kind === 'paste')
      return client.post(base, { ...meta, text: input.text }, schema('disclosureRecordSchema'));
    const form = new FormData();
    for (const [name, value] of Object.entries(meta)) form.append(name, value);
    form.append('file', input.file, input.file.name);
    return client.postForm(`${base}/upload`, form, schema('disclosureRecordSchema'));
  },
  /** Two of the investor's own checks side by side (the same answer as an organization's comparison). */
  compare: (client: ApiClient, fromId: string, toId: string, order: DisclosureCompareOrder = 'document') =>
    client.get(
      `${base}/${encodeURIComponent(fromId)}/compare/${encodeURIComponent(toId)}?order=${order}`,
      schema('disclosureComparisonSchema'),
    ),
  /** The LLM's reading beside the judgement (404 unless the operator configured one). */
  secondOpinion: (client: ApiClient, id: string) =>
    client.post(`${base}/${encodeURIComponent(id)}/second-opinion`, {}, schema('secondOpinionSchema')),
  remove: (client: ApiClient, id: string) => client.delete(`${base}/${encodeURIComponent(id)}`),
};
