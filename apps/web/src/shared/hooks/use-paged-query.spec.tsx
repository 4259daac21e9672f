import type { ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { pageOf, type Page } from '@ipgn/contracts';
import { updatePagedItems, usePagedQuery } from './use-paged-query';

type Key = readonly [string, string];

/** A list whose answer for each key waits until the test releases it. */
function pendingPages() {
  const waiting = new Map<string, (page: Page<string>) => void>();
  return {
    fetch: (key: Key) => () =>
      new Promise<Page<string>>((resolve) => {
        waiting.set(key.join('/'), resolve);
      }),
    answer: (key: Key, items: string[]) =>
      waiting.get(key.join('/'))?.(pageOf(items, items.length, { offset: 0, limit: 50 })),
  };
}

describe('usePagedQuery keepPreviousWhen', () => {
  function setUp() {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    );
    const pages = pendingPages();
    const hook = renderHook(
      ({ queryKey }: { queryKey: Key }) =>
        usePagedQuery(queryKey, pages.fetch(queryKey), true, {
          // Another order of organization A's list keeps the old items; another organization's list does not.
          keepPreviousWhen: (previous) => previous[0] === queryKey[0],
        }),
      { wrapper, initialProps: { queryKey: ['org-a', 'newest'] as Key } },
    );
    return { hook, pages };
  }

  it('keeps the items of another order of the same list while the new order loads, then shows the new ones', async () => {
    const { hook, pages } = setUp();
    act(() => pages.answer(['org-a', 'newest'], ['new', 'old']));
    await waitFor(() => expect(hook.result.current.data).toEqual(['new', 'old']));

    hook.rerender({ queryKey: ['org-a', 'score'] });
    expect(hook.result.current.data).toEqual(['new', 'old']);
    expect(hook.result.current.isPlaceholderData).toBe(true);
    expect(hook.result.current.isPending).toBe(false);

    act(() => pages.answer(['org-a', 'score'], ['old', 'new']));
    await waitFor(() => expect(hook.result.current.data).toEqual(['old', 'new']));
    expect(hook.result.current.isPlaceholderData).toBe(false);
  });

  it("never shows one list's items while another list (another organization) loads", async () => {
    const { hook, pages } = setUp();
    act(() => pages.answer(['org-a', 'newest'], ['a-secret']));
    await waitFor(() => expect(hook.result.current.data).toEqual(['a-secret']));

    hook.rerender({ queryKey: ['org-b', 'newest'] });
    expect(hook.result.current.data).toBeUndefined();
    expect(hook.result.current.isPending).toBe(true);
    act(() => pages.answer(['org-b', 'newest'], ['b-item']));
    await waitFor(() => expect(hook.result.current.data).toEqual(['b-item']));
  });
});

describe('usePagedQuery across changes between pages', () => {
  type Row = { id: string };
  /** A server list of rows, paged by offset, that the test can change between requests. */
  function serverList(ids: string[]) {
    const rows = ids.map((id) => ({ id }));
    const offsets: number[] = [];
    return {
      rows,
      offsets,
      fetch: async (offset: number): Promise<Page<Row>> => {
        offsets.push(offset);
        return pageOf(rows.slice(offset, offset + 2), rows.length, { offset, limit: 2 });
      },
    };
  }
  function render(fetch: (offset: number) => Promise<Page<Row>>) {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    );
    const hook = renderHook(() => usePagedQuery<Row>(['rows'], fetch), { wrapper });
    return { client, hook };
  }

  it('shows a row once when a new row was added at the top between two pages', async () => {
    const server = serverList(['c', 'b', 'a']);
    const { hook } = render(server.fetch);
    await waitFor(() => expect(hook.result.current.data?.map((r) => r.id)).toEqual(['c', 'b']));
    server.rows.unshift({ id: 'd' });
    await act(() => hook.result.current.fetchNextPage());
    await waitFor(() => expect(hook.result.current.data?.map((r) => r.id)).toEqual(['c', 'b', 'a']));
  });

  it('reads the next page after the rows still held when one was removed here, so no row is skipped', async () => {
    const server = serverList(['d', 'c', 'b', 'a']);
    const { client, hook } = render(server.fetch);
    await waitFor(() => expect(hook.result.current.data?.map((r) => r.id)).toEqual(['d', 'c']));
    // The user deletes "c": the server and the cached page both lose it.
    server.rows.splice(1, 1);
    act(() => updatePagedItems<Row>(client, ['rows'], (items) => items.filter((r) => r.id !== 'c')));
    await act(() => hook.result.current.fetchNextPage());
    await waitFor(() => expect(hook.result.current.data?.map((r) => r.id)).toEqual(['d', 'b', 'a']));
    expect(server.offsets).toEqual([0, 1]);
  });
});
