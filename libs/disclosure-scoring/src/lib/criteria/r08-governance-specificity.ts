import { FREQUENCY, GOV_GENERIC, GOV_SPECIFIC, REPORTING } from '../lexicon';
import type { CriterionRule } from './criterion-rule';
import { bestSentenceLevel, inIntangibleContext } from './criterion-rule';

/**
 * R8 — who owns IP governance (named body or role), how it reaches the board, and how often. "The board
 * supervises appropriately" alone is boilerplate and earns nothing (it is classed generic upstream).
 */
export const r08GovernanceSpecificity: CriterionRule = {
  id: 'R8',
  evaluate(ctx) {
    return bestSentenceLevel(ctx, (s) => {
      if (!inIntangibleContext(ctx, s)) return 0;
      const specific = GOV_SPECIFIC.test(s.norm);
      const generic = GOV_GENERIC.test(s.norm);
      if (!specific && !generic) return 0;
      if (specific && (FREQUENCY.test(s.norm) || (REPORTING.test(s.norm) && generic && s.quantity))) return 3;
      if (specific || (generic && FREQUENCY.test(s.norm))) return 2;
      return 1;
    });
  },
};
