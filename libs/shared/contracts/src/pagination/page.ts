import { z } from 'zod';

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

export const PAGE_DEFAULT_LIMIT = 50;
export const PAGE_MAX_LIMIT = 200;
/** Beyond this an offset is refused: deep pages would scan too much (use filters instead). */
export const PAGE_MAX_OFFSET = 1_000_000;

const integerText = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,7}$/, { message: 'isInt' })
    .transform(Number)
    .pipe(z.number().int().min(min, { message: 'min' }).max(max, { message: 'max' }));

/** The query string of a list request (`offset`, `limit`), strings in, numbers out, with the defaults applied. */
export const pageRequestSchema = z.object({
  offset: integerText(0, PAGE_MAX_OFFSET).optional().default(0),
  limit: integerText(1, PAGE_MAX_LIMIT).optional().default(PAGE_DEFAULT_LIMIT),
});

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

/** The schema of a page whose items follow `item`, for clients that check what they receive. */
export function pageSchema<T extends z.ZodTypeAny>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int().min(0),
    offset: z.number().int().min(0),
    limit: z.number().int().min(1),
    hasMore: z.boolean(),
    nextOffset: z.number().int().min(0).nullable(),
  });
}
