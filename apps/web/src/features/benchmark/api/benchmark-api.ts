import type { ApiClient } from '../../../shared/api/api-client';
import { lazySchemas } from '../../../shared/api/response-schema';

/** The answers' schemas: loaded with the first call, beside its request (zod stays out of the first load). */
const schema = lazySchemas(() => import('./benchmark-schemas'));

const org = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}`;

export const benchmarkApi = {
  participation: (client: ApiClient, orgId: string) =>
    client.get(`${org(orgId)}/benchmark-participation`, schema('participationSchema')),
  setParticipation: (client: ApiClient, orgId: string, optedIn: boolean) =>
    client.put(`${org(orgId)}/benchmark-participation`, { optedIn }, {}, schema('participationSchema')),
  standing: (client: ApiClient, orgId: string, assessmentId: string) =>
    client.get(`${org(orgId)}/assessments/${encodeURIComponent(assessmentId)}/benchmark`, schema('standingSchema')),
  /** A sector's anonymous distribution for the public company pages (no sign-in). */
  sectorDistribution: (client: ApiClient, industry: string) =>
    client.get(`/api/public/benchmark/${encodeURIComponent(industry)}`, schema('publicDistributionSchema')),
};

export const benchmarkKeys = {
  participation: (orgId: string) => ['orgs', orgId, 'benchmark', 'participation'] as const,
  standing: (orgId: string, assessmentId: string) => ['orgs', orgId, 'benchmark', 'standing', assessmentId] as const,
  all: (orgId: string) => ['orgs', orgId, 'benchmark'] as const,
  sector: (industry: string) => ['public', 'benchmark', industry] as const,
};
