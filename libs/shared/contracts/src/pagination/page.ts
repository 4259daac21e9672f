/**
 * One page of a list. Every list endpoint answers with this shape: never a silent cap. `total` counts every
 * row the caller may see; `nextOffset` is where the next page starts (null on the last page).
 */
export interface Page<T> {
  items: T[];
  total: number;
  offset: number;
  limit: number;
  hasMore: boolean;
  nextOffset: number | null;
}

/** Where a page starts and how long it is, as the API reads it from `?offset=&limit=`. */
export interface PageRequest {
  offset: number;
  limit: number;
}

// No runtime schema here: the contracts are in the web app's first load, and zod would add ~26 kB (gzip) to it.
// The API reads `?offset=&limit=` with its own schema (apps/api/src/common/http/page-request.decorator.ts).
export const PAGE_DEFAULT_LIMIT = 50;
export const PAGE_MAX_LIMIT = 200;
/** Beyond this an offset is refused: deep pages would scan too much (use filters instead). */
export const PAGE_MAX_OFFSET = 1_000_000;

/** Builds the page from the rows of one page and the total count. */
export function pageOf<T>(items: T[], total: number, request: PageRequest): Page<T> {
  const end = request.offset + items.length;
  const hasMore = end < total;
  return { items, total, offset: request.offset, limit: request.limit, hasMore, nextOffset: hasMore ? end : null };
}

/** A page of every item (for lists that are small by nature and paged in memory). */
export function pageFromAll<T>(all: readonly T[], request: PageRequest): Page<T> {
  return pageOf(all.slice(request.offset, request.offset + request.limit), all.length, request);
}
