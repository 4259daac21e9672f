import type { CriterionRule } from './criterion-rule';

/**
 * R11 — genericity. Scored from the share of distinct claim sentences that any company could have written
 * (no company-specific anchor, or a future intention only). It acts on the overall score as a multiplier.
 */
export const r11Boilerplate: CriterionRule = {
  id: 'R11',
  evaluate(ctx) {
    const generic = ctx.distinct.filter((s) => s.kind === 'generic').length;
    const substantive = ctx.substantive.length;
    if (substantive === 0) return { score: 0, evidence: [] };
    const share = generic / (generic + substantive);
    const score = share <= 0.2 && substantive >= 2 ? 3 : share <= 0.45 ? 2 : share <= 0.75 ? 1 : 0;
    // Evidence: the most anchored sentences (names, numbers) that show company-specific content.
    const evidence = [...ctx.substantive]
      .sort(
        (a, b) => b.names.length + (b.quantity ? 2 : 0) - (a.names.length + (a.quantity ? 2 : 0)) || a.start - b.start,
      )
      .slice(0, 3)
      .sort((a, b) => a.start - b.start);
    return { score, evidence };
  },
};

export function genericShareOf(genericCount: number, substantiveCount: number): number {
  const total = genericCount + substantiveCount;
  return total === 0 ? 1 : genericCount / total;
}
