import { act, renderHook } from '@testing-library/react';
import type { DisclosureSummary } from '@ipgn/disclosure-scoring';
import { useCompareChoice } from './use-compare-choice';

const summary = (id: string, createdAt: string) => ({ id, title: id, createdAt }) as unknown as DisclosureSummary;

describe('useCompareChoice', () => {
  it('keeps two; a third choice replaces the first and says which', () => {
    const { result } = renderHook(() => useCompareChoice());
    const [a, b, c] = [summary('a', '2026-01-01'), summary('b', '2026-01-02'), summary('c', '2026-01-03')];
    act(() => result.current.toggle(a, true));
    act(() => result.current.toggle(b, true));
    expect(result.current.replaced).toBeNull();
    act(() => result.current.toggle(c, true));
    expect(result.current.chosen.map((d) => d.id)).toEqual(['b', 'c']);
    expect(result.current.replaced?.id).toBe('a');
    // Unticking says nothing was replaced.
    act(() => result.current.toggle(b, false));
    expect(result.current.replaced).toBeNull();
    expect(result.current.chosen.map((d) => d.id)).toEqual(['c']);
  });
});
