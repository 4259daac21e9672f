import type { Track } from '@ipgn/assessment';

/** TanStack Query keys of the assessment feature (kept beside shared/api/query-keys.ts, same prefixes). */
export const assessmentQueryKeys = {
  bank: (track: Track) => ['assessment-bank', track] as const,
  list: (orgId: string) => ['orgs', orgId, 'assessments'] as const,
  detail: (orgId: string, id: string) => ['orgs', orgId, 'assessments', id] as const,
  results: (orgId: string, id: string) => ['orgs', orgId, 'assessments', id, 'results'] as const,
  planning: (orgId: string, id: string) => ['orgs', orgId, 'assessments', id, 'planning'] as const,
  compare: (orgId: string, id: string, otherId: string) =>
    ['orgs', orgId, 'assessments', id, 'compare', otherId] as const,
};
