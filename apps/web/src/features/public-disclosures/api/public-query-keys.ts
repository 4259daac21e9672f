import type { CompanyFilters } from './public-api-types';

/** TanStack Query keys of the public investor view. */
export const publicQueryKeys = {
  companies: (filters: CompanyFilters) => ['public', 'companies', filters] as const,
  company: (slug: string) => ['public', 'company', slug] as const,
  publication: (slug: string, id: string) => ['public', 'company', slug, 'publications', id] as const,
  compare: (slugs: readonly string[]) => ['public', 'compare', ...slugs] as const,
  myQuestions: ['me', 'questions'] as const,
  updates: ['me', 'follows'] as const,
};
