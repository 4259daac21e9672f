/** TanStack Query keys of the workshop feature (same prefixes as shared/api/query-keys.ts). */
export const workshopQueryKeys = {
  list: (orgId: string) => ['orgs', orgId, 'workshops'] as const,
  detail: (orgId: string, id: string) => ['orgs', orgId, 'workshops', id] as const,
  results: (orgId: string, id: string) => ['orgs', orgId, 'workshops', id, 'results'] as const,
  participant: () => ['workshop-participant'] as const,
  advisorClients: () => ['me', 'advisor-clients'] as const,
  /** Not server data: the bundled question bank, loaded on demand (use-workshop-questions.ts). */
  questionLookup: () => ['workshop-question-lookup'] as const,
};
