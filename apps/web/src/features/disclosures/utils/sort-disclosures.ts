import type { DisclosureSummary } from '@ipgn/disclosure-scoring';

/** How the history is ordered: newest first (the API's order) or by overall score, high to low. */
export type DisclosureSort = 'newest' | 'score';

export const DISCLOSURE_SORTS: readonly DisclosureSort[] = ['newest', 'score'];

/** The order named in the URL query (`?sort=score`); anything else is newest first. */
export function disclosureSortOf(value: string | null): DisclosureSort {
  return value === 'score' ? 'score' : 'newest';
}

type Sortable = Pick<DisclosureSummary, 'overall' | 'createdAt'>;

/** A sorted copy: by score high → low (newest first among equal scores), or newest first. */
export function sortDisclosures<T extends Sortable>(items: readonly T[], sort: DisclosureSort): T[] {
  const newest = (a: T, b: T): number => b.createdAt.localeCompare(a.createdAt);
  return [...items].sort(sort === 'score' ? (a, b) => b.overall - a.overall || newest(a, b) : newest);
}
