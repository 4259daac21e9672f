export const dialogueQueryKeys = {
  inbox: (orgId: string) => ['orgs', orgId, 'questions'] as const,
  summary: (orgId: string) => ['orgs', orgId, 'questions-summary'] as const,
};
