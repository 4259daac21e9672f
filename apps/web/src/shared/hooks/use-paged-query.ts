import { useInfiniteQuery, type InfiniteData, type QueryClient, type QueryKey } from '@tanstack/react-query';
import type { Page } from '@ipgn/contracts';

/**
 * A list the API serves in pages (`Page<T>`): `data` is every item loaded so far (undefined until the first page),
 * `total` the count of all items, and `fetchNextPage` / `hasNextPage` drive the "Load more" button (LoadMore).
 * `keepPreviousWhen`: when the key changes to another order or filter of the same list (the test says which previous
 * keys count), the old items stay until the new ones arrive (`isPlaceholderData` meanwhile) instead of a loading state
 * that would unmount the control that changed it. Never across lists (another organization's items must not show).
 */
export function usePagedQuery<T>(
  queryKey: QueryKey,
  fetchPage: (offset: number) => Promise<Page<T>>,
  enabled = true,
  options: { keepPreviousWhen?: (previousKey: QueryKey) => boolean } = {},
) {
  const query = useInfiniteQuery({
    queryKey,
    enabled,
    placeholderData: (previous, previousQuery) =>
      previousQuery && options.keepPreviousWhen?.(previousQuery.queryKey) ? previous : undefined,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: 0,
    // The next page starts after the rows held now, not at the offset the server computed when the last page was
    // read: a row removed here since (updatePagedItems) would otherwise shift one unseen row behind the offset.
    getNextPageParam: (last: Page<T>, all: Page<T>[]) =>
      last.nextOffset === null || last.nextOffset === undefined
        ? undefined
        : all.reduce((n, p) => n + p.items.length, 0),
  });
  const pages = query.data?.pages;
  const data: T[] | undefined = pages ? withoutRepeats(pages.flatMap((p) => p.items)) : undefined;
  const total = pages?.[pages.length - 1]?.total ?? 0;
  return {
    data,
    items: data ?? [],
    total,
    isPending: query.isPending,
    isError: query.isError,
    isSuccess: query.isSuccess,
    isPlaceholderData: query.isPlaceholderData,
    error: query.error,
    refetch: query.refetch,
    hasNextPage: query.hasNextPage,
    isFetchingNextPage: query.isFetchingNextPage,
    fetchNextPage: query.fetchNextPage,
  };
}

/**
 * Offset pages repeat a row when rows were added before it between two requests (someone saved a new text while the
 * list was open): an item with an id already shown is shown once.
 */
function withoutRepeats<T>(items: T[]): T[] {
  const seen = new Set<unknown>();
  return items.filter((item) => {
    const id = typeof item === 'object' && item !== null && 'id' in item ? (item as { id: unknown }).id : undefined;
    if (id === undefined) return true;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** Changes the cached items of a paged list in place (after a mutation), keeping the pages and the total in step. */
export function updatePagedItems<T>(queryClient: QueryClient, queryKey: QueryKey, change: (items: T[]) => T[]): void {
  queryClient.setQueryData<InfiniteData<Page<T>, number>>(queryKey, (old) => {
    if (!old) return old;
    let removed = 0;
    const pages = old.pages.map((p) => {
      const items = change(p.items);
      removed += p.items.length - items.length;
      return { ...p, items };
    });
    return { ...old, pages: pages.map((p) => ({ ...p, total: p.total - removed })) };
  });
}
