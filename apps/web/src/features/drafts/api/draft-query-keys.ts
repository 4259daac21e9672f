/** TanStack Query keys of the drafts feature (under the organization's keys, so they go with it). */
export const draftQueryKeys = {
  list: (orgId: string) => ['orgs', orgId, 'drafts'] as const,
  one: (orgId: string, id: string) => ['orgs', orgId, 'drafts', id] as const,
  versions: (orgId: string, id: string) => ['orgs', orgId, 'drafts', id, 'versions'] as const,
  diff: (orgId: string, id: string, a: number, b: number) => ['orgs', orgId, 'drafts', id, 'diff', a, b] as const,
  facts: (orgId: string) => ['orgs', orgId, 'company-facts'] as const,
};
