import type { DisclosureListSort } from '@ipgn/contracts';

/** TanStack Query keys of the disclosure feature (under the organization's keys, so they go with it). */
export const disclosureQueryKeys = {
  rubric: ['disclosure-rubric'] as const,
  /** Every order of the history (invalidate this after a change; not `exact`). */
  lists: (orgId: string) => ['orgs', orgId, 'disclosures', 'list'] as const,
  list: (orgId: string, sort: DisclosureListSort) => ['orgs', orgId, 'disclosures', 'list', sort] as const,
  one: (orgId: string, id: string) => ['orgs', orgId, 'disclosures', id] as const,
  comparison: (orgId: string, fromId: string, toId: string, order: string) =>
    ['orgs', orgId, 'disclosures', fromId, 'compare', toId, order] as const,
  /** The signed-in investor's own checks (under `me`, so they go with the session). */
  checks: ['me', 'disclosure-checks'] as const,
  /** Every order of the checks (invalidate this after a change; not `exact`). */
  checkList: ['me', 'disclosure-checks', 'list'] as const,
  checkListIn: (sort: DisclosureListSort) => ['me', 'disclosure-checks', 'list', sort] as const,
  check: (id: string) => ['me', 'disclosure-checks', id] as const,
  checkComparison: (fromId: string, toId: string, order: string) =>
    ['me', 'disclosure-checks', fromId, 'compare', toId, order] as const,
};
