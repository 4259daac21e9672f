import { useState } from 'react';
import type { DisclosureSummary } from '@ipgn/disclosure-scoring';

/**
 * Up to two texts chosen in a history to compare (a third choice replaces the first). The chosen texts themselves are
 * kept: after a change of order or a deletion they may not be among the loaded ones any more.
 */
export function useCompareChoice() {
  const [chosen, setChosen] = useState<DisclosureSummary[]>([]);
  return {
    chosen,
    isChosen: (id: string) => chosen.some((c) => c.id === id),
    toggle: (d: DisclosureSummary, on: boolean) =>
      setChosen((current) => {
        const others = current.filter((c) => c.id !== d.id);
        return on ? [...others, d].slice(-2) : others;
      }),
    forget: (id: string) => setChosen((current) => current.filter((c) => c.id !== id)),
    /** The two chosen, older first (the comparison reads "from → to"), or null until two are chosen. */
    pair: (): [DisclosureSummary, DisclosureSummary] | null => {
      if (chosen.length !== 2) return null;
      const [a, b] = [...chosen].sort((x, y) => x.createdAt.localeCompare(y.createdAt));
      return a && b ? [a, b] : null;
    },
  };
}
