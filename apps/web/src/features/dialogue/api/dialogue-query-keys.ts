export const dialogueQueryKeys = {
  inbox: (orgId: string) => ['orgs', orgId, 'questions'] as const,
};
