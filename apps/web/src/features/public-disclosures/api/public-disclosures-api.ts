import type { Page } from '@ipgn/contracts';
import type { ApiClient } from '../../../shared/api/api-client';
import type { CompanyComparison, CompanyFilters, MyQuestionView, PublicCompany, PublicCompanyPage, PublicPublication } from './public-api-types';

export const publicDisclosuresApi = {
  companies: (client: ApiClient, filters: CompanyFilters) => {
    const params = new URLSearchParams();
    if (filters.industry) params.set('industry', filters.industry);
    if (filters.listingStatus) params.set('listingStatus', filters.listingStatus);
    const query = params.toString();
    return client.get<PublicCompany[]>(`/api/public/companies${query ? `?${query}` : ''}`);
  },
  company: (client: ApiClient, slug: string) => client.get<PublicCompanyPage>(`/api/public/companies/${encodeURIComponent(slug)}`),
  publication: (client: ApiClient, slug: string, id: string) =>
    client.get<PublicPublication>(`/api/public/companies/${encodeURIComponent(slug)}/publications/${encodeURIComponent(id)}`),
  compare: (client: ApiClient, slugs: readonly string[]) => client.get<CompanyComparison>(`/api/public/compare?slugs=${slugs.map(encodeURIComponent).join(',')}`),
  ask: (client: ApiClient, publicationId: string, body: string) =>
    client.post<MyQuestionView>(`/api/public/publications/${encodeURIComponent(publicationId)}/questions`, { body }),
  myQuestions: (client: ApiClient, offset = 0) => client.get<Page<MyQuestionView>>(`/api/me/questions?offset=${offset}`),
};
