/** TanStack Query keys of the disclosure feature (under the organization's keys, so they go with it). */
export const disclosureQueryKeys = {
  rubric: ['disclosure-rubric'] as const,
  list: (orgId: string) => ['orgs', orgId, 'disclosures'] as const,
  one: (orgId: string, id: string) => ['orgs', orgId, 'disclosures', id] as const,
  comparison: (orgId: string, fromId: string, toId: string, order: string) =>
    ['orgs', orgId, 'disclosures', fromId, 'compare', toId, order] as const,
};
