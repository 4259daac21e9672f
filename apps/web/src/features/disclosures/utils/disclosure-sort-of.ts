import { DISCLOSURE_LIST_SORTS, type DisclosureListSort } from '@ipgn/contracts';

/** The history's order named in the URL query (`?sort=score`); anything else is newest first. The API sorts. */
export function disclosureSortOf(value: string | null): DisclosureListSort {
  return DISCLOSURE_LIST_SORTS.find((sort) => sort === value) ?? 'newest';
}
