import { useInfiniteQuery, type QueryKey } from '@tanstack/react-query';
import type { Page } from '@ipgn/contracts';

/**
 * A list the API serves in pages (`Page<T>`): the items loaded so far, the total, and `fetchNextPage` for the
 * "Load more" button. The query cache keeps the pages under `queryKey`.
 */
export function usePagedQuery<T>(queryKey: QueryKey, fetchPage: (offset: number) => Promise<Page<T>>) {
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: 0,
    getNextPageParam: (last: Page<T>) => last.nextOffset ?? undefined,
  });
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  const total = query.data?.pages[query.data.pages.length - 1]?.total ?? 0;
  return { ...query, items, total };
}
