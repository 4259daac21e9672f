import { useState } from 'react';
import type { DisclosureSummary } from '@ipgn/disclosure-scoring';

/**
 * Up to two texts chosen in a history to compare (a third choice replaces the first, and `replaced` says which, so
 * the page can say so: it had been unticked silently). The chosen texts themselves are kept: after a change of order
 * or a deletion they may not be among the loaded ones any more.
 */
export function useCompareChoice() {
  const [chosen, setChosen] = useState<DisclosureSummary[]>([]);
  const [replaced, setReplaced] = useState<DisclosureSummary | null>(null);
  return {
    chosen,
    replaced,
    isChosen: (id: string) => chosen.some((c) => c.id === id),
    toggle: (d: DisclosureSummary, on: boolean) => {
      const others = chosen.filter((c) => c.id !== d.id);
      const next = on ? [...others, d] : others;
      setReplaced(next.length > 2 ? (next[0] ?? null) : null);
      setChosen(next.slice(-2));
    },
    forget: (id: string) => setChosen((current) => current.filter((c) => c.id !== id)),
    /** The two chosen, older first (the comparison reads "from → to"), or null until two are chosen. */
    pair: (): [DisclosureSummary, DisclosureSummary] | null => {
      if (chosen.length !== 2) return null;
      const [a, b] = [...chosen].sort((x, y) => x.createdAt.localeCompare(y.createdAt));
      return a && b ? [a, b] : null;
    },
  };
}
