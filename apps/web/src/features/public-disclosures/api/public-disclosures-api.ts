import type { Page } from '@ipgn/contracts';
import type { ApiClient } from '../../../shared/api/api-client';
import type { CompanyComparison, CompanyFilters, InvestorUpdates, MyQuestionView, PublicCompany, PublicCompanyPage, PublicPublication } from './public-api-types';

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
    return client.get<Page<PublicCompany>>(`/api/public/companies?${params.toString()}`);
  },
  company: (client: ApiClient, slug: string) => client.get<PublicCompanyPage>(`/api/public/companies/${encodeURIComponent(slug)}`),
  publication: (client: ApiClient, slug: string, id: string) =>
    client.get<PublicPublication>(`/api/public/companies/${encodeURIComponent(slug)}/publications/${encodeURIComponent(id)}`),
  compare: (client: ApiClient, slugs: readonly string[]) => client.get<CompanyComparison>(`/api/public/compare?slugs=${slugs.map(encodeURIComponent).join(',')}`),
  ask: (client: ApiClient, publicationId: string, body: string) =>
    client.post<MyQuestionView>(`/api/public/publications/${encodeURIComponent(publicationId)}/questions`, { body }),
  /** Where the browser downloads the PDF of a published version (a plain link: the API sends it as an attachment). */
  publicationPdfUrl: (slug: string, id: string) => `/api/public/companies/${encodeURIComponent(slug)}/publications/${encodeURIComponent(id)}/export.pdf`,
  updates: (client: ApiClient) => client.get<InvestorUpdates>('/api/me/follows'),
  markSeen: (client: ApiClient) => client.post<void>('/api/me/follows/seen', {}),
  follow: (client: ApiClient, slug: string) => client.put<void>(`/api/me/follows/${encodeURIComponent(slug)}`, {}),
  unfollow: (client: ApiClient, slug: string) => client.delete<void>(`/api/me/follows/${encodeURIComponent(slug)}`),
  myQuestions: (client: ApiClient, offset = 0) => client.get<Page<MyQuestionView>>(`/api/me/questions?offset=${offset}`),
};
