import type { BenchmarkParticipationView, BenchmarkStandingView } from '@ipgn/contracts';
import type { ApiClient } from '../../../shared/api/api-client';

const org = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}`;

export const benchmarkApi = {
  participation: (client: ApiClient, orgId: string) => client.get<BenchmarkParticipationView>(`${org(orgId)}/benchmark-participation`),
  setParticipation: (client: ApiClient, orgId: string, optedIn: boolean) =>
    client.put<BenchmarkParticipationView>(`${org(orgId)}/benchmark-participation`, { optedIn }),
  standing: (client: ApiClient, orgId: string, assessmentId: string) =>
    client.get<BenchmarkStandingView>(`${org(orgId)}/assessments/${encodeURIComponent(assessmentId)}/benchmark`),
};

export const benchmarkKeys = {
  participation: (orgId: string) => ['orgs', orgId, 'benchmark', 'participation'] as const,
  standing: (orgId: string, assessmentId: string) => ['orgs', orgId, 'benchmark', 'standing', assessmentId] as const,
  all: (orgId: string) => ['orgs', orgId, 'benchmark'] as const,
};
