import { lazySchemas } from '../../../shared/api/response-schema';
import type { ApiClient } from '../../../shared/api/api-client';
import type { CompanyFilters } from './public-api-types';

/** The answers' schemas: loaded with the first call, beside its request (zod stays out of the first load). */
const schema = lazySchemas(() => import('./public-schemas'));

/** Companies per page of the company list. */
export const COMPANIES_PAGE = 24;

export const publicDisclosuresApi = {
  companies: (client: ApiClient, filters: CompanyFilters, offset = 0) => {
    const params = new URLSearchParams();
    if (filters.q.trim()) params.set('q', filters.q.trim());
    if (filters.industry) params.set('industry', filters.industry);
    if (filters.listingStatus) params.set('listingStatus', filters.listingStatus);
    params.set('offset', String(offset));
    params.set('limit', String(COMPANIES_PAGE));
    return client.get(`/api/public/companies?${params.toString()}`, schema('publicCompanyListSchema'));
  },
  company: (client: ApiClient, slug: string) =>
    client.get(`/api/public/companies/${encodeURIComponent(slug)}`, schema('publicCompanyPageSchema')),
  publication: (client: ApiClient, slug: string, id: string) =>
    client.get(
      `/api/public/companies/${encodeURIComponent(slug)}/publications/${encodeURIComponent(id)}`,
      schema('publicPublicationSchema'),
    ),
  compare: (client: ApiClient, slugs: readonly string[]) =>
    client.get(
      `/api/public/compare?slugs=${slugs.map(encodeURIComponent).join(',')}`,
      schema('companyComparisonSchema'),
    ),
  ask: (client: ApiClient, publicationId: string, body: string) =>
    client.post(
      `/api/public/publications/${encodeURIComponent(publicationId)}/questions`,
      { body },
      schema('myQuestionSchema'),
    ),
  /** Where the browser downloads the PDF of a published version (a plain link: the API sends it as an attachment). */
  publicationPdfUrl: (slug: string, id: string) =>
    `/api/public/companies/${encodeURIComponent(slug)}/publications/${encodeURIComponent(id)}/export.pdf`,
  updates: (client: ApiClient) => client.get('/api/me/follows', schema('investorUpdatesSchema')),
  markSeen: (client: ApiClient) => client.post('/api/me/follows/seen', {}),
  follow: (client: ApiClient, slug: string) => client.put(`/api/me/follows/${encodeURIComponent(slug)}`, {}),
  unfollow: (client: ApiClient, slug: string) => client.delete(`/api/me/follows/${encodeURIComponent(slug)}`),
  myQuestions: (client: ApiClient, offset = 0) =>
    client.get(`/api/me/questions?offset=${offset}`, schema('myQuestionListSchema')),
};
